import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { periodsQueryOptions } from '@/lib/get-periods';
import { plansQueryOptions } from '@/lib/get-plans';
import type { Collection, MonitoringPeriod, Plan } from '@/types/api';
import { collectionQueryOptions } from '@/features/collection/api/get-collection';

/** A monitoring period with its plan and its collection, null when none was opened. */
export type PeriodCollection = { plan: Plan; period: MonitoringPeriod; collection: Collection | null };

export type CollectionsScope =
  /** The open periods' collections: what editors are asked for now. */
  | { kind: 'open' }
  /** One period, open or closed: the address the reminder e-mails give. */
  | { kind: 'period'; periodId: number }
  /** Every period of every plan, with or without a collection: the administrators' list. */
  | { kind: 'all' };

function wanted(scope: CollectionsScope, period: MonitoringPeriod): boolean {
  if (scope.kind === 'period') return period.id === scope.periodId;
  return scope.kind === 'all' || period.status === 'OPEN';
}

/**
 * The API has no list of collections: they are read period by period, for the periods of the plans the user sees.
 * The plans and periods come from the same cache as the dashboard's.
 */
export async function getCollections(queryClient: QueryClient, scope: CollectionsScope): Promise<PeriodCollection[]> {
  const plans = await queryClient.fetchQuery(plansQueryOptions());
  const perPlan = await Promise.all(
    plans.map(async (plan) => {
      const periods = (await queryClient.fetchQuery(periodsQueryOptions(plan.id ?? 0))).filter((p) => wanted(scope, p));
      return Promise.all(
        periods.map(async (period) => ({
          plan,
          period,
          collection: await queryClient.fetchQuery(collectionQueryOptions(period.id ?? 0)),
        })),
      );
    }),
  );
  const found = perPlan.flat();
  return scope.kind === 'all' ? found : found.filter((entry) => entry.collection != null);
}

export const collectionsQueryOptions = (queryClient: QueryClient, scope: CollectionsScope) =>
  queryOptions({
    queryKey: ['collection', 'list', scope.kind, scope.kind === 'period' ? scope.periodId : null],
    queryFn: () => getCollections(queryClient, scope),
    staleTime: 0,
  });

export function useCollections(scope: CollectionsScope) {
  const queryClient = useQueryClient();
  return useQuery(collectionsQueryOptions(queryClient, scope));
}
