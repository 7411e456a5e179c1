import { api, call } from '@/lib/api-client';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function deleteIndicator({ indicatorId, version }: { indicatorId: number; version?: number }) {
  return call(
    api.DELETE('/api/v1/indicators/{indicatorId}', {
      params: { path: { indicatorId }, header: version != null ? { 'If-Match': `"${version}"` } : {} },
    }),
  );
}

export function useDeleteIndicator() {
  return usePlanMutation(deleteIndicator);
}
