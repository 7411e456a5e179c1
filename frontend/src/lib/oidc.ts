import type { UserManager, UserManagerSettings } from 'oidc-client-ts';
import { setAccessToken } from '@/lib/api-client';
import type { AuthConfig } from '@/types/api';

/** Where the provider sends people back with the authorization code. */
export const OIDC_CALLBACK_PATH = '/accesso/callback';
/** Where the provider sends people back after signing them out. */
export const OIDC_SIGNED_OUT_PATH = '/accesso/uscita';

/** The authorization-code flow with PKCE (oidc-client-ts always adds the S256 challenge to a code request). */
export function oidcSettings(config: AuthConfig, origin: string = globalThis.location.origin): UserManagerSettings {
  return {
    authority: config.issuer ?? '',
    client_id: config.clientId ?? '',
    redirect_uri: `${origin}${OIDC_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${OIDC_SIGNED_OUT_PATH}`,
    response_type: 'code',
    scope: 'openid profile',
  };
}

let manager: Promise<UserManager> | null = null;

// The library is downloaded only when the backend runs in OIDC mode.
function userManager(config: AuthConfig): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(({ UserManager }) => {
    const created = new UserManager(oidcSettings(config));
    created.events.addUserLoaded((user) => setAccessToken(user.access_token));
    created.events.addUserUnloaded(() => setAccessToken(null));
    return created;
  });
  return manager;
}

/** Sends the browser to the provider; it comes back to OIDC_CALLBACK_PATH, then to `returnTo`. */
export async function startOidcSignIn(config: AuthConfig, returnTo: string): Promise<void> {
  await (await userManager(config)).signinRedirect({ state: { returnTo } });
}

/** Exchanges the code the provider sent back for the tokens; returns the address the sign-in started from. */
export async function completeOidcSignIn(config: AuthConfig): Promise<string | undefined> {
  const user = await (await userManager(config)).signinRedirectCallback();
  setAccessToken(user.access_token);
  return (user.state as { returnTo?: string } | undefined)?.returnTo;
}

// oidc-client-ts keeps the signed-in user in the tab's session storage under `oidc.user:<issuer>:<client>` (its default
// store and prefix); the test stores a user with the library itself so that a change of key shows there.
const STORED_USER_PREFIX = 'oidc.user:';

/**
 * Whether this tab may hold an access token to read back: known without the sign-in configuration or the library,
 * so that when it holds none (an anonymous visitor, or password mode) nothing waits for either.
 */
export function hasStoredOidcUser(): boolean {
  try {
    const store = globalThis.sessionStorage;
    for (let index = 0; index < store.length; index++) {
      if (store.key(index)?.startsWith(STORED_USER_PREFIX)) return true;
    }
    return false;
  } catch {
    // Storage the page may not read (blocked by the browser) is storage the library could not have written either.
    return false;
  }
}

/** After a reload: the token kept in the tab's session storage, while it is still valid. */
export async function restoreOidcSession(config: AuthConfig): Promise<void> {
  const user = await (await userManager(config)).getUser();
  setAccessToken(user && !user.expired ? user.access_token : null);
}

/**
 * Signs out of the provider too, or the next "Accedi" would sign the same person in again without asking: the
 * browser goes to the provider's end-session endpoint, which sends it back to OIDC_SIGNED_OUT_PATH (the returned
 * promise settles only if it does not leave).
 */
export async function endOidcSession(): Promise<void> {
  setAccessToken(null);
  if (!manager) return;
  const current = await manager;
  try {
    if (await current.getUser()) await current.signoutRedirect();
  } catch {
    // The provider is unreachable: signed out here all the same, and its session ends when it expires there.
  }
  await current.removeUser();
}
