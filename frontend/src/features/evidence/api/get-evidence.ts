import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Evidence } from '@/types/api';

/** What evidence is attached to: an indicator's result in a period, or a phase. */
export type EvidenceTarget =
  | { kind: 'result'; indicatorId: number; periodId: number }
  | { kind: 'phase'; phaseId: number };

/** The query key of a target's list; 'evidence' is among the keys forgotten at signing out (src/lib/auth.ts). */
export function evidenceKey(target: EvidenceTarget) {
  return target.kind === 'result'
    ? (['evidence', 'result', target.indicatorId, target.periodId] as const)
    : (['evidence', 'phase', target.phaseId] as const);
}

// A result or phase holds a handful of files; the API's largest page takes them all.
const LIMIT = 500;

export async function listEvidence(target: EvidenceTarget): Promise<Evidence[]> {
  const query = { limit: LIMIT };
  const { data } =
    target.kind === 'result'
      ? await call(
          api.GET('/api/v1/indicators/{indicatorId}/results/{periodId}/evidence', {
            params: { path: { indicatorId: target.indicatorId, periodId: target.periodId }, query },
          }),
        )
      : await call(api.GET('/api/v1/phases/{phaseId}/evidence', { params: { path: { phaseId: target.phaseId }, query } }));
  return data.items ?? [];
}

export const evidenceQueryOptions = (target: EvidenceTarget) =>
  queryOptions({ queryKey: evidenceKey(target), queryFn: () => listEvidence(target), staleTime: 0 });

export function useEvidence(target: EvidenceTarget) {
  return useQuery(evidenceQueryOptions(target));
}
