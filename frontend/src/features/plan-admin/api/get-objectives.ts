import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Objective } from '@/types/api';

export async function getObjectives(planId: number): Promise<Objective[]> {
  const { data } = await call(
    api.GET('/api/v1/plans/{planId}/objectives', { params: { path: { planId }, query: { limit: 500 } } }),
  );
  return data.items ?? [];
}

export const objectivesQueryOptions = (planId: number) =>
  queryOptions({ queryKey: ['admin', 'objectives', planId], queryFn: () => getObjectives(planId) });

export function useObjectives(planId: number) {
  return useQuery(objectivesQueryOptions(planId));
}
