import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, holdRequestsUntil } from '@/lib/api-client';
import { hasStoredOidcUser, restoreOidcSession } from '@/lib/oidc';
import type { AuthConfig } from '@/types/api';

const PASSWORD: AuthConfig = { oidc: false };

/** How people sign in: with the backend's own login form, or at an OpenID Connect provider. */
export async function getAuthConfig(): Promise<AuthConfig> {
  const { data } = await call(api.GET('/api/v1/auth/config'));
  return data;
}

export const authConfigQueryOptions = () =>
  queryOptions({ queryKey: ['auth-config'], queryFn: getAuthConfig, staleTime: Infinity });

export function useAuthConfig() {
  return useQuery(authConfigQueryOptions());
}

/**
 * Run once when the app starts: reads the configuration and, in OIDC mode, the stored access token. A backend that
 * cannot say means the login form.
 *
 * Only a tab that holds a stored token makes the other requests wait, so that none leaves without it. Any other tab
 * sends them at once: they would carry nothing more after waiting (a password session travels in its cookie), and
 * the dashboard's report need not queue behind the configuration's round trip.
 */
export function startAuthSession(): Promise<AuthConfig> {
  const session = getAuthConfig()
    .then(async (config) => {
      if (config.oidc) await restoreOidcSession(config);
      return config;
    })
    .catch(() => PASSWORD);
  if (hasStoredOidcUser()) holdRequestsUntil(session);
  return session;
}
