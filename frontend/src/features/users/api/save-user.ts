import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { UserInput } from '@/types/api';

export function createUser(input: UserInput) {
  return call(api.POST('/api/v1/users', { body: input }));
}

/** The version read in the list is the one the update is checked against (ETag "3" is version 3). */
export function updateUser({ userId, version, input }: { userId: number; version?: number; input: UserInput }) {
  return call(
    api.PUT('/api/v1/users/{userId}', {
      params: { path: { userId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: input,
    }),
  );
}

export function deleteUser({ userId, version }: { userId: number; version?: number }) {
  return call(
    api.DELETE('/api/v1/users/{userId}', {
      params: { path: { userId }, header: { 'If-Match': `"${version ?? 0}"` } },
    }),
  );
}

/** A change to the accounts: the list is read again afterwards, whether it worked or someone got there first. */
function useUsersMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export const useCreateUser = () => useUsersMutation(createUser);
export const useUpdateUser = () => useUsersMutation(updateUser);
export const useDeleteUser = () => useUsersMutation(deleteUser);
