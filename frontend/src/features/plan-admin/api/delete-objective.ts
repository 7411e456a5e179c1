import { api, call } from '@/lib/api-client';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function deleteObjective({ objectiveId, version }: { objectiveId: number; version?: number }) {
  return call(
    api.DELETE('/api/v1/objectives/{objectiveId}', {
      params: { path: { objectiveId }, header: version != null ? { 'If-Match': `"${version}"` } : {} },
    }),
  );
}

export function useDeleteObjective() {
  return usePlanMutation(deleteObjective);
}
