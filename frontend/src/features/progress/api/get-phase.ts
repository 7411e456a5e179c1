import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, type Versioned } from '@/lib/api-client';
import type { Phase } from '@/types/api';

export function getPhase(phaseId: number): Promise<Versioned<Phase>> {
  return call(api.GET('/api/v1/phases/{phaseId}', { params: { path: { phaseId } } }));
}

/** Always read afresh when a form opens: its ETag is the version the edit will be checked against. */
export const phaseQueryOptions = (phaseId: number) =>
  queryOptions({ queryKey: ['phase', phaseId], queryFn: () => getPhase(phaseId), staleTime: 0, gcTime: 0 });

export function usePhase(phaseId: number) {
  return useQuery(phaseQueryOptions(phaseId));
}
