import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** Without a reason the backend refuses while this year's final period is open, as its figures are not final yet. */
export async function createNextYearPlan({ planId, provisionalReason }: { planId: number; provisionalReason?: string }) {
  const { data } = await call(
    api.POST('/api/v1/plans/{planId}/next-year', {
      params: { path: { planId } },
      body: provisionalReason ? { provisionalReason } : {},
    }),
  );
  return data;
}

export function useCreateNextYearPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNextYearPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
