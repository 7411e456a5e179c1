import { api, call } from '@/lib/api-client';
import type { IndicatorInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function createIndicator({ objectiveId, input }: { objectiveId: number; input: IndicatorInput }) {
  return call(api.POST('/api/v1/objectives/{objectiveId}/indicators', { params: { path: { objectiveId } }, body: input }));
}

export function useCreateIndicator() {
  return usePlanMutation(createIndicator);
}
