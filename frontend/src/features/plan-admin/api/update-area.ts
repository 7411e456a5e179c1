import { api, call } from '@/lib/api-client';
import type { StrategicAreaInput } from '@/types/api';
import { usePlanMutation } from '@/features/plan-admin/api/use-plan-mutation';

export function updateArea({ areaId, version, input }: { areaId: number; version?: number; input: StrategicAreaInput }) {
  return call(
    api.PUT('/api/v1/areas/{areaId}', {
      params: { path: { areaId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: input,
    }),
  );
}

export function useUpdateArea() {
  return usePlanMutation(updateArea);
}
