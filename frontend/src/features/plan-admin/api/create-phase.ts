import { api, call } from '@/lib/api-client';
import type { PhaseInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function createPhase({ objectiveId, input }: { objectiveId: number; input: PhaseInput }) {
  return call(api.POST('/api/v1/objectives/{objectiveId}/phases', { params: { path: { objectiveId } }, body: input }));
}

export function useCreatePhase() {
  return usePlanMutation(createPhase);
}
