import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { startOidcSignIn } from '@/lib/oidc';
import type { AuthConfig } from '@/types/api';

/** In OpenID Connect mode: one button that sends the browser to the provider, and back to `returnTo` afterwards. */
export function OidcSignIn({ config, returnTo }: { config: AuthConfig; returnTo: string }) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function signIn() {
    setLeaving(true);
    setFailure(null);
    try {
      await startOidcSignIn(config, returnTo);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setLeaving(false);
    }
  }

  return (
    <>
      <p>{t('login.oidcIntro')}</p>
      {failure ? (
        <Alert tone="danger" role="alert">
          <span className="fw-semibold">{t('login.oidcFailed')}</span>: {failure}
        </Alert>
      ) : null}
      <Button onClick={() => void signIn()} disabled={leaving}>
        {leaving ? t('login.oidcLeaving') : t('login.oidcSubmit')}
      </Button>
    </>
  );
}
