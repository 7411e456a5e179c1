import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, call } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { useOrganisationScope } from '@/lib/organisation';
import type { Plan } from '@/types/api';

// Shared by the dashboard, the plan's administration and the monitoring cycle's pages, under one key per organisation.
export async function getPlans(organisation?: string): Promise<Plan[]> {
  const { data } = await call(
    api.GET('/api/v1/plans', { params: { query: { limit: 500, ...(organisation ? { organisation } : {}) } } }),
  );
  return data.items ?? [];
}

/** Without `organisation`, the backend's default for the caller: their own organisation's plans. */
export const plansQueryOptions = (organisation?: string) =>
  queryOptions({ queryKey: ['plans', organisation ?? null], queryFn: () => getPlans(organisation) });

/**
 * The plans of the organisation read now (the switcher's, for those who have one), newest year first. Shown only
 * once that organisation is known, so that a person of the Region never sees every organisation's plans mixed;
 * asked already without a parameter while it is not, since that is what most callers get: their page waits for one
 * round trip, not two.
 */
export function usePlans() {
  const scope = useOrganisationScope();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const whoUnknown = me.isPending;
  useEffect(() => {
    if (whoUnknown) void queryClient.prefetchQuery(plansQueryOptions());
  }, [whoUnknown, queryClient]);
  // Until then under a key of its own, which holds nothing: the prefetched list is not shown before it is known to fit.
  return useQuery(
    scope.ready
      ? plansQueryOptions(scope.param)
      : { queryKey: ['plans', 'until-known'], queryFn: () => getPlans(), enabled: false },
  );
}
