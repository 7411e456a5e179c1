import { api, call } from '@/lib/api-client';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function deletePhase({ phaseId, version }: { phaseId: number; version?: number }) {
  return call(
    api.DELETE('/api/v1/phases/{phaseId}', {
      params: { path: { phaseId }, header: version != null ? { 'If-Match': `"${version}"` } : {} },
    }),
  );
}

export function useDeletePhase() {
  return usePlanMutation(deletePhase);
}
