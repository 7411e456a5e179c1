import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ApiToken, ApiTokenInput } from '@/types/api';

/** The answer holds the token itself, the only time the backend ever sends it. */
export async function createToken(input: ApiTokenInput): Promise<ApiToken> {
  const { data } = await call(api.POST('/api/v1/tokens', { body: input }));
  return data;
}

export async function revokeToken(tokenId: number): Promise<void> {
  await call(api.DELETE('/api/v1/tokens/{tokenId}', { params: { path: { tokenId } } }));
}

function useTokensMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export const useCreateToken = () => useTokensMutation(createToken);
export const useRevokeToken = () => useTokensMutation(revokeToken);
