import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ApiToken } from '@/types/api';

export async function getTokens(): Promise<ApiToken[]> {
  const { data } = await call(api.GET('/api/v1/tokens', { params: { query: { limit: 500 } } }));
  return data.items ?? [];
}

export const tokensQueryOptions = () => queryOptions({ queryKey: ['tokens'], queryFn: getTokens, staleTime: 0 });

/** Every API token, newest first; never the tokens themselves. */
export function useTokens() {
  return useQuery(tokensQueryOptions());
}
