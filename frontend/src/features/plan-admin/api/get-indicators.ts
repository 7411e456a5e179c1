import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Indicator } from '@/types/api';

export async function getIndicators(objectiveId: number): Promise<Indicator[]> {
  const { data } = await call(
    api.GET('/api/v1/objectives/{objectiveId}/indicators', { params: { path: { objectiveId }, query: { limit: 500 } } }),
  );
  return data.items ?? [];
}

export const indicatorsQueryOptions = (objectiveId: number) =>
  queryOptions({ queryKey: ['admin', 'indicators', objectiveId], queryFn: () => getIndicators(objectiveId) });

export function useIndicators(objectiveId: number) {
  return useQuery(indicatorsQueryOptions(objectiveId));
}
