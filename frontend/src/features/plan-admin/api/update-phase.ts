import { api, call } from '@/lib/api-client';
import type { PhaseInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function updatePhase({ phaseId, version, input }: { phaseId: number; version?: number; input: PhaseInput }) {
  return call(
    api.PUT('/api/v1/phases/{phaseId}', {
      params: { path: { phaseId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: input,
    }),
  );
}

export function useUpdatePhase() {
  return usePlanMutation(updatePhase);
}
