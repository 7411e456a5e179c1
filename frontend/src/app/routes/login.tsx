import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { returnAddress } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { useAuthConfig } from '@/lib/auth-config';
import { useDocumentTitle } from '@/lib/use-document-title';
import { LoginForm } from '@/features/auth/components/login-form';
import { OidcSignIn } from '@/features/auth/components/oidc-sign-in';

/** `/accesso?da=`: signing in, then back to the address the user came from. */
export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const me = useCurrentUser();
  const config = useAuthConfig();
  const from = returnAddress(search.get('da'));
  const required = (location.state as { required?: boolean } | null)?.required === true;
  useDocumentTitle(t('login.title'));

  return (
    <div className="row justify-content-center">
      <div className="col-md-8 col-lg-6">
        <Card tag="section" aria-labelledby="login-title">
          <h1 id="login-title" className="h2">
            {t('login.title')}
          </h1>
          {me.data ? (
            <>
              <p>{t('login.already', { name: me.data.displayName || me.data.username })}</p>
              <Link to={from}>{t('login.continue')}</Link>
            </>
          ) : (
            <>
              {required ? <Alert tone="info">{t('login.expired')}</Alert> : null}
              {config.isPending ? (
                <Spinner label={t('common.loading')} />
              ) : config.data?.oidc ? (
                <OidcSignIn config={config.data} returnTo={from} />
              ) : (
                <>
                  <p>{t('login.intro')}</p>
                  <LoginForm onSignedIn={() => navigate(from, { replace: true })} />
                </>
              )}
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
