import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Objective } from '@/types/api';

export async function getObjective(objectiveId: number): Promise<Objective> {
  const { data } = await call(api.GET('/api/v1/objectives/{objectiveId}', { params: { path: { objectiveId } } }));
  return data;
}

export const objectiveQueryOptions = (objectiveId: number) =>
  queryOptions({ queryKey: ['objective', objectiveId], queryFn: () => getObjective(objectiveId) });

/** The objective's own record: it names the plan whose report holds the objective's values. */
export function useObjective(objectiveId: number) {
  return useQuery(objectiveQueryOptions(objectiveId));
}
