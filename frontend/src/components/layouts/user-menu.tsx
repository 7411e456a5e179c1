import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCurrentUser, useLogout } from '@/lib/auth';

/** The header's account corner: a sign-in link, or the signed-in user's name opening their role and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A menu left open after a navigation would cover the new page.
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  if (me.isPending) return null;
  if (!me.data) {
    if (location.pathname === paths.login()) return null;
    return (
      <Link className="btn btn-primary btn-sm user-sign-in" to={paths.login(location.pathname + location.search)}>
        {t('account.signIn')}
      </Link>
    );
  }

  const user = me.data;
  const name = user.displayName || user.username || '';
  return (
    <div
      className="user-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="btn btn-sm user-menu-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('account.menu', { name })}
        onClick={() => setOpen((value) => !value)}
        data-testid="user-menu"
      >
        <span aria-hidden="true" className="user-menu-initial">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span>{name}</span>
      </button>
      <div id={menuId} className="user-menu-panel shadow" hidden={!open}>
        <p className="mb-1 fw-semibold">{name}</p>
        <p className="mb-1 small">
          {t('account.role')}: {user.role ? t(`account.roles.${user.role}`) : t('account.token')}
        </p>
        {user.organisation?.name ? (
          <p className="mb-1 small">
            {t('account.organisation')}: {user.organisation.name}
          </p>
        ) : null}
        {user.role === 'EDITOR' && (user.structures ?? []).length > 0 ? (
          <p className="mb-2 small">
            {t('account.structures')}: {(user.structures ?? []).join(', ')}
          </p>
        ) : null}
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          disabled={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => navigate(paths.home(), { state: { signedOut: true } }),
            })
          }
        >
          {t('account.signOut')}
        </button>
      </div>
    </div>
  );
}
