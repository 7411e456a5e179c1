import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, holdRequestsUntil } from '@/lib/api-client';
import { restoreOidcSession } from '@/lib/oidc';
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
 * Run once when the app starts: reads the configuration and, in OIDC mode, the stored access token, holding the
 * other requests until then so that none leaves without the token. A backend that cannot say means the login form.
 */
export function startAuthSession(): Promise<AuthConfig> {
  const session = getAuthConfig()
    .then(async (config) => {
      if (config.oidc) await restoreOidcSession(config);
      return config;
    })
    .catch(() => PASSWORD);
  holdRequestsUntil(session);
  return session;
}
