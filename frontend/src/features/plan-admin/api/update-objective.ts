import { api, call } from '@/lib/api-client';
import type { ObjectiveInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

/** The version read in the list is the one the update is checked against (ETag "3" is version 3). */
export function updateObjective({ objectiveId, version, input }: { objectiveId: number; version?: number; input: ObjectiveInput }) {
  return call(
    api.PUT('/api/v1/objectives/{objectiveId}', {
      params: { path: { objectiveId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: input,
    }),
  );
}

export function useUpdateObjective() {
  return usePlanMutation(updateObjective);
}
