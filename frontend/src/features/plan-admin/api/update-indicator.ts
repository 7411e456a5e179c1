import { api, call } from '@/lib/api-client';
import type { IndicatorInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function updateIndicator({ indicatorId, version, input }: { indicatorId: number; version?: number; input: IndicatorInput }) {
  return call(
    api.PUT('/api/v1/indicators/{indicatorId}', {
      params: { path: { indicatorId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: input,
    }),
  );
}

export function useUpdateIndicator() {
  return usePlanMutation(updateIndicator);
}
