import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

export async function createNextYearPlan(planId: number) {
  const { data } = await call(api.POST('/api/v1/plans/{planId}/next-year', { params: { path: { planId } }, body: {} }));
  return data;
}

export function useCreateNextYearPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNextYearPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
