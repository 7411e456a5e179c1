import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { isAllowed, type Action } from '@/lib/authorization';

/** A page for some users only: anonymous visitors are sent to sign in, others told the page is not theirs. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.isPending) return <Spinner label={t('common.loading')} />;
  if (!me.data) return <Navigate to={paths.login(location.pathname + location.search)} replace />;
  if (!isAllowed(me.data, action)) return <Alert tone="warning">{t('account.adminOnly')}</Alert>;
  return <>{children}</>;
}

/** Where an anonymous visitor would find the editing actions: the way to sign in, coming back here. */
export function SignInToEdit() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <p className="sign-in-to-edit">
      <Link to={paths.login(location.pathname + location.search)} className="fw-semibold">
        {t('account.signInToEdit')}
      </Link>{' '}
      <span className="small">{t('account.signInToEditHint')}</span>
    </p>
  );
}
