import { api, call } from '@/lib/api-client';
import type { StrategicAreaInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function createArea({ planId, input }: { planId: number; input: StrategicAreaInput }) {
  return call(api.POST('/api/v1/plans/{planId}/areas', { params: { path: { planId } }, body: input }));
}

export function useCreateArea() {
  return usePlanMutation(createArea);
}
