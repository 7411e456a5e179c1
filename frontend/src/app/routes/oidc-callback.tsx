import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths, returnAddress } from '@/config/paths';
import { useAuthConfig } from '@/lib/auth-config';
import { completeOidcSignIn } from '@/lib/oidc';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `/accesso/callback`: the provider sends people back here with the code; then on to where they started. */
export function OidcCallbackRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const config = useAuthConfig();
  const [failure, setFailure] = useState<string | null>(null);
  // The code can be exchanged once only, even when React runs effects twice.
  const started = useRef(false);
  useDocumentTitle(t('login.title'));

  useEffect(() => {
    if (!config.data?.oidc || started.current) return;
    started.current = true;
    completeOidcSignIn(config.data)
      .then(async (returnTo) => {
        await queryClient.invalidateQueries();
        navigate(returnAddress(returnTo), { replace: true });
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [config.data, navigate, queryClient]);

  if (failure || config.isError || (config.data && !config.data.oidc)) {
    return (
      <Alert tone="danger" role="alert">
        <p className="fw-semibold mb-1">{t('login.oidcFailed')}</p>
        {failure ? <p>{failure}</p> : null}
        <Link to={paths.login()}>{t('login.oidcRetry')}</Link>
      </Alert>
    );
  }
  return <Spinner label={t('login.oidcCompleting')} />;
}
