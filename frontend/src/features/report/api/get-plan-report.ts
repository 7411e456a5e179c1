import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { PlanReport } from '@/types/api';

export async function getPlanReport(planId: number, periodId?: number): Promise<PlanReport> {
  const { data } = await call(
    api.GET('/api/v1/plans/{planId}/report', {
      params: { path: { planId }, query: periodId != null ? { periodId } : {} },
    }),
  );
  return data;
}

/** Without a period, the backend picks the latest one holding results. */
export const planReportQueryOptions = (planId: number, periodId?: number) =>
  queryOptions({
    queryKey: ['report', planId, periodId ?? 'latest'],
    queryFn: () => getPlanReport(planId, periodId),
  });

export function usePlanReport(planId: number | undefined, periodId?: number) {
  return useQuery({ ...planReportQueryOptions(planId ?? 0, periodId), enabled: planId != null });
}
