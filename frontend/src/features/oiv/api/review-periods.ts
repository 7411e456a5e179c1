import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { periodsQueryOptions } from '@/lib/get-periods';
import { plansQueryOptions } from '@/lib/get-plans';
import type { MonitoringPeriod, Plan } from '@/types/api';

/** A period the OIV may review, with its plan. */
export type ReviewPeriod = { plan: Plan; period: MonitoringPeriod };

/** Every period of every plan the user sees, latest reference date first; from the dashboard's cache. */
export async function getReviewPeriods(queryClient: QueryClient): Promise<ReviewPeriod[]> {
  const plans = await queryClient.fetchQuery(plansQueryOptions());
  const perPlan = await Promise.all(
    plans.map(async (plan) =>
      (await queryClient.fetchQuery(periodsQueryOptions(plan.id ?? 0))).map((period) => ({ plan, period })),
    ),
  );
  return perPlan.flat().sort((a, b) => (b.period.referenceDate ?? '').localeCompare(a.period.referenceDate ?? ''));
}

export const reviewPeriodsQueryOptions = (queryClient: QueryClient) =>
  queryOptions({ queryKey: ['periods', 'oiv'], queryFn: () => getReviewPeriods(queryClient) });

export function useReviewPeriods() {
  const queryClient = useQueryClient();
  return useQuery(reviewPeriodsQueryOptions(queryClient));
}

/** The period the page opens on: the latest closed one, since the OIV reviews after closing; else the latest. */
export function defaultReviewPeriod(periods: readonly ReviewPeriod[]): ReviewPeriod | undefined {
  return periods.find((entry) => entry.period.status === 'CLOSED') ?? periods[0];
}
