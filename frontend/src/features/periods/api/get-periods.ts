import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { MonitoringPeriod } from '@/types/api';

export async function getPeriods(planId: number): Promise<MonitoringPeriod[]> {
  const { data } = await call(
    api.GET('/api/v1/plans/{planId}/periods', { params: { path: { planId }, query: { limit: 500 } } }),
  );
  return data.items ?? [];
}

// The same key as the dashboard's period picker, so that closing a period refreshes it too.
export const periodsQueryOptions = (planId: number) =>
  queryOptions({ queryKey: ['periods', planId], queryFn: () => getPeriods(planId) });

export function usePlanPeriods(planId: number) {
  return useQuery(periodsQueryOptions(planId));
}
