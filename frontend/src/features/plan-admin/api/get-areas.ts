import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { StrategicArea } from '@/types/api';

export async function getAreas(planId: number): Promise<StrategicArea[]> {
  const { data } = await call(api.GET('/api/v1/plans/{planId}/areas', { params: { path: { planId }, query: { limit: 500 } } }));
  return data.items ?? [];
}

export const areasQueryOptions = (planId: number) =>
  queryOptions({ queryKey: ['admin', 'areas', planId], queryFn: () => getAreas(planId) });

export function useAreas(planId: number) {
  return useQuery(areasQueryOptions(planId));
}
