import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

export function publishPlan({ planId, version }: { planId: number; version?: number }) {
  return call(
    api.POST('/api/v1/plans/{planId}/publish', {
      params: { path: { planId }, header: { 'If-Match': `"${version ?? 0}"` } },
    }),
  );
}

/** Publishing changes what everyone's home page shows: the plans and every report are read again. */
export function usePublishPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPlan,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['report'] }),
      ]);
    },
  });
}
