import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { PlanReport } from '@/types/api';

/** The plan's report at the period: each objective's figures, assessments, deviations and their explanations. */
export async function getPeriodReport(planId: number, periodId: number): Promise<PlanReport> {
  const { data } = await call(
    api.GET('/api/v1/plans/{planId}/report', { params: { path: { planId }, query: { periodId } } }),
  );
  return data;
}

// The dashboard's key for the same report, so that both share one copy.
export const periodReportQueryOptions = (planId: number, periodId: number) =>
  queryOptions({ queryKey: ['report', planId, periodId], queryFn: () => getPeriodReport(planId, periodId) });

export function usePeriodReport(planId: number | undefined, periodId: number | undefined) {
  return useQuery({ ...periodReportQueryOptions(planId ?? 0, periodId ?? 0), enabled: planId != null && periodId != null });
}
