import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Phase } from '@/types/api';

export async function getPhases(objectiveId: number): Promise<Phase[]> {
  const { data } = await call(
    api.GET('/api/v1/objectives/{objectiveId}/phases', { params: { path: { objectiveId }, query: { limit: 500 } } }),
  );
  return data.items ?? [];
}

export const phasesQueryOptions = (objectiveId: number) =>
  queryOptions({ queryKey: ['admin', 'phases', objectiveId], queryFn: () => getPhases(objectiveId) });

export function usePhases(objectiveId: number) {
  return useQuery(phasesQueryOptions(objectiveId));
}
