import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, call, isApiError, setCsrfToken } from '@/lib/api-client';
import { endOidcSession } from '@/lib/oidc';
import type { Me } from '@/types/api';

const ME_KEY = ['me'] as const;
// Reads only a signed-in user may make: forgotten when the user signs out, so the next one never sees them.
const PRIVATE_KEYS = ['users', 'tokens', 'audit', 'mail', 'preferences', 'evidence'];

/** Who is signed in, or null for an anonymous visitor (401). */
export async function getCurrentUser(): Promise<Me | null> {
  try {
    const { data } = await call(api.GET('/api/v1/auth/me'));
    setCsrfToken(data.csrfToken);
    return data;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const currentUserQueryOptions = () =>
  queryOptions({ queryKey: ME_KEY, queryFn: getCurrentUser, staleTime: 5 * 60_000 });

/** The signed-in user; data is null when nobody is, undefined while asking (or when the backend did not answer). */
export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}

/** Forgets the user (after signing out, or when the backend said the session is over). */
export function forgetCurrentUser(queryClient: QueryClient) {
  setCsrfToken(null);
  queryClient.setQueryData(ME_KEY, null);
  for (const key of PRIVATE_KEYS) queryClient.removeQueries({ queryKey: [key] });
}

export type Credentials = { username: string; password: string };

export async function login(credentials: Credentials): Promise<Me> {
  const { data } = await call(api.POST('/api/v1/auth/login', { body: credentials }));
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
      // Reads refused before signing in (public reading off) are asked again.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    },
  });
}

/** Makes the session act in another organisation the person is a member of; answers who they now are there. */
export async function switchOrganisation(organisation: string): Promise<Me> {
  const { data } = await call(api.PUT('/api/v1/auth/me/organisation', { body: { organisation } }));
  return data;
}

// Read once and for all whoever asks: the rest depends on the organisation acted in.
const ORGANISATION_FREE_KEYS = new Set<unknown>([ME_KEY[0], 'auth-config']);

/**
 * Switches the organisation the session acts in. Everything read for the previous one is dropped and what is on
 * screen is read again, so that no list shows the other organisation's data; the navigation follows the new role.
 */
export function useSwitchOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganisation,
    onSuccess: async (me) => {
      if (me.csrfToken) setCsrfToken(me.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
      await queryClient.resetQueries({ predicate: (query) => !ORGANISATION_FREE_KEYS.has(query.queryKey[0]) });
    },
  });
}

export async function logout(): Promise<void> {
  await call(api.POST('/api/v1/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out here even when the backend could not be told: the session then simply expires there.
    onSettled: async () => {
      await endOidcSession();
      forgetCurrentUser(queryClient);
    },
  });
}
