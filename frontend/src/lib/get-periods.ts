import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { MonitoringPeriod } from '@/types/api';

// Shared by the dashboard, the objective page and the periods' administration, under one key: closing or reopening
// a period (which invalidates ['periods']) refreshes every picker.
export async function getPeriods(planId: number): Promise<MonitoringPeriod[]> {
  const { data } = await call(
    api.GET('/api/v1/plans/{planId}/periods', { params: { path: { planId }, query: { limit: 500 } } }),
  );
  return data.items ?? [];
}

export const periodsQueryOptions = (planId: number) =>
  queryOptions({ queryKey: ['periods', planId], queryFn: () => getPeriods(planId) });

/** Waits while the plan is not known yet (the dashboard picks it first). */
export function usePeriods(planId: number | undefined) {
  return useQuery({ ...periodsQueryOptions(planId ?? 0), enabled: planId != null });
}
