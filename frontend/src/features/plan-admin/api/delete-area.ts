import { api, call } from '@/lib/api-client';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function deleteArea({ areaId, version }: { areaId: number; version?: number }) {
  return call(
    api.DELETE('/api/v1/areas/{areaId}', {
      params: { path: { areaId }, header: version != null ? { 'If-Match': `"${version}"` } : {} },
    }),
  );
}

export function useDeleteArea() {
  return usePlanMutation(deleteArea);
}
