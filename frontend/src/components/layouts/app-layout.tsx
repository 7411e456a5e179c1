import { useQueryClient } from '@tanstack/react-query';
import { Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router';
import { OrganisationSwitcher } from '@/components/layouts/organisation-switcher';
import { UserMenu } from '@/components/layouts/user-menu';
import { Alert } from '@/components/ui/alert';
import { SkipLink } from '@/components/ui/skip-link';
import { paths } from '@/config/paths';
import { onSignInRequired } from '@/lib/api-client';
import { forgetCurrentUser, useCurrentUser } from '@/lib/auth';
import { Can } from '@/lib/authorization';
import { LANGUAGES } from '@/lib/i18n';
import { useOrganisationScope } from '@/lib/organisation';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="btn btn-sm btn-link text-white"
          aria-pressed={i18n.language === language}
          aria-label={t(`language.${language}`)}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/**
 * The organisation whose data is shown: the one chosen in the switcher, else the signed-in person's own; for a visitor
 * of a deployment with one public organisation, that one. The deployment's name until it is known.
 */
function OrganisationName() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const scope = useOrganisationScope();
  return <span data-testid="organisation-name">{scope.current?.name ?? me.data?.organisation?.name ?? t('app.organisation')}</span>;
}

/**
 * When the backend answers 401 (the session ended, or reading needs signing in) the user goes to the login page,
 * which brings them back here afterwards.
 */
function useSignInWhenRequired() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const here = useRef(location);
  useEffect(() => {
    here.current = location;
  }, [location]);

  useEffect(
    () =>
      onSignInRequired(() => {
        forgetCurrentUser(queryClient);
        const { pathname, search } = here.current;
        if (pathname === paths.login()) return;
        // Several reads may be refused at once: the first one leads to the login page, the others find it there.
        here.current = { ...here.current, pathname: paths.login(), search: '' };
        void navigate(paths.login(pathname + search), { state: { required: true } });
      }),
    [navigate, queryClient],
  );
}

/** The page frame: skip link, header with the language switch and the user menu, navigation, main region, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  useSignInWhenRequired();

  // After a navigation, start the keyboard and the screen reader at the new content, not at the old link, while the
  // page shows from its top, header included. A redirect (the home page choosing the latest period, a replace) is
  // not a navigation the person made. Compared with the previous path, not a first-render flag, which React's
  // double effects in development defeated: the first load itself focused the main region and scrolled it up.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (navigationType === 'REPLACE') return;
    main.current?.focus({ preventScroll: true });
    // Instant: bootstrap-italia makes scrolling smooth, which would leave a new page sliding up from the old one's place.
    if (navigationType === 'PUSH') window.scrollTo({ top: 0, behavior: 'instant' });
  }, [location.pathname, navigationType]);

  return (
    <>
      <SkipLink target="main-content">{t('nav.skipToContent')}</SkipLink>
      <header>
      <Headers>
        <Header type="slim" theme="">
          <HeaderContent>
            <HeaderBrand tag="span" responsive>
              <OrganisationName />
            </HeaderBrand>
            <HeaderRightZone>
              <OrganisationSwitcher />
              <LanguageSwitch />
              <UserMenu />
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" theme="" small>
            <HeaderContent>
              <div className="it-brand-wrapper">
                <NavLink to={paths.home()} className="app-brand">
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                  </div>
                </NavLink>
              </div>
            </HeaderContent>
          </Header>
        </div>
      </Headers>
      </header>
      <nav className="app-nav" aria-label={t('nav.main')}>
        <div className="container">
          <ul className="nav">
            <li className="nav-item">
              <NavLink to={paths.home()} end className="nav-link">
                {t('nav.dashboard')}
              </NavLink>
            </li>
            <Can action="tasks:read">
              <li className="nav-item">
                <NavLink to={paths.myTasks()} className="nav-link">
                  {t('nav.tasks')}
                </NavLink>
              </li>
            </Can>
            <Can action="collection:manage">
              <li className="nav-item">
                <NavLink to={paths.collections()} className="nav-link">
                  {t('nav.collections')}
                </NavLink>
              </li>
            </Can>
            <Can action="oiv:read">
              <li className="nav-item">
                <NavLink to={paths.oivReview()} className="nav-link">
                  {t('nav.oiv')}
                </NavLink>
              </li>
            </Can>
            <Can action="plan:edit">
              <li className="nav-item">
                <NavLink to={paths.admin()} end className="nav-link">
                  {t('nav.admin')}
                </NavLink>
              </li>
              <li className="nav-item">
                <NavLink to={paths.importAllegato()} className="nav-link">
                  {t('nav.import')}
                </NavLink>
              </li>
            </Can>
            <Can action="users:manage">
              <li className="nav-item">
                <NavLink to={paths.users()} className="nav-link">
                  {t('nav.users')}
                </NavLink>
              </li>
            </Can>
            <Can action="tokens:manage">
              <li className="nav-item">
                <NavLink to={paths.tokens()} className="nav-link">
                  {t('nav.tokens')}
                </NavLink>
              </li>
            </Can>
            <Can action="organisation:settings">
              <li className="nav-item">
                <NavLink to={paths.organisationSettings()} className="nav-link">
                  {t('nav.organisationSettings')}
                </NavLink>
              </li>
            </Can>
            <Can action="organisations:manage">
              <li className="nav-item">
                <NavLink to={paths.organisations()} className="nav-link">
                  {t('nav.organisations')}
                </NavLink>
              </li>
            </Can>
          </ul>
        </div>
      </nav>
      <main id="main-content" ref={main} tabIndex={-1} className="container py-4">
        {signedOut ? (
          <Alert tone="success" role="status">
            {t('account.signedOut')}
          </Alert>
        ) : null}
        <Outlet />
      </main>
      <footer className="it-footer app-footer">
        <div className="container py-4">
          <p className="mb-2 small">{t('app.footer')}</p>
          <p className="mb-0 small">
            <NavLink to={paths.transparency()} className="text-white">
              {t('transparency.footerLink')}
            </NavLink>
          </p>
        </div>
      </footer>
    </>
  );
}
