import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, isApiError, type Versioned } from '@/lib/api-client';
import type { Preferences, PreferencesInput } from '@/types/api';

/** The signed-in person's reminder settings; null when no local account stands behind them (404: a token, OIDC). */
export async function getPreferences(): Promise<Versioned<Preferences> | null> {
  try {
    return await call(api.GET('/api/v1/auth/me/preferences'));
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const preferencesQueryOptions = () => queryOptions({ queryKey: ['preferences'], queryFn: getPreferences });

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}

export function savePreferences({ input, etag }: { input: PreferencesInput; etag: string | null }) {
  return call(api.PUT('/api/v1/auth/me/preferences', { params: { header: etag ? { 'If-Match': etag } : {} }, body: input }));
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['preferences'] }),
  });
}
