import { api, call } from '@/lib/api-client';
import type { ObjectiveInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function createObjective({ planId, input }: { planId: number; input: ObjectiveInput }) {
  return call(api.POST('/api/v1/plans/{planId}/objectives', { params: { path: { planId } }, body: input }));
}

export function useCreateObjective() {
  return usePlanMutation(createObjective);
}
