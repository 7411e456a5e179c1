import { User, UserManager } from 'oidc-client-ts';
import { oidcSettings } from '@/lib/oidc';
import type { AuthConfig } from '@/types/api';

export const OIDC_CONFIG: AuthConfig = { oidc: true, issuer: 'http://localhost:8180/realms/perfmon', clientId: 'perfmon-web' };

/** What a sign-in at the provider leaves in the tab, written by oidc-client-ts itself; returns its manager. */
export async function storeOidcUser(accessToken: string): Promise<UserManager> {
  const manager = new UserManager({ ...oidcSettings(OIDC_CONFIG), automaticSilentRenew: false });
  const now = Math.floor(Date.now() / 1000);
  await manager.storeUser(
    new User({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_at: now + 300,
      profile: { iss: OIDC_CONFIG.issuer!, sub: 'f6c1a0e2', aud: OIDC_CONFIG.clientId!, iat: now, exp: now + 300 },
    }),
  );
  return manager;
}
