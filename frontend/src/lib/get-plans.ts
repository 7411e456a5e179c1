import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
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

/** The plans of the organisation read now (the switcher's, for those who have one), newest year first. */
export function usePlans() {
  const scope = useOrganisationScope();
  return useQuery({ ...plansQueryOptions(scope.param), enabled: scope.ready });
}
