import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A change to the plan's structure: afterwards every admin list and every report is read again. */
export function usePlanMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['admin'] }),
        queryClient.invalidateQueries({ queryKey: ['report'] }),
      ]);
    },
  });
}
