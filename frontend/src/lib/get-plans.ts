import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Plan } from '@/types/api';

// Shared by the dashboard, the plan's administration and the monitoring cycle's pages, under one key.
export async function getPlans(): Promise<Plan[]> {
  const { data } = await call(api.GET('/api/v1/plans', { params: { query: { limit: 500 } } }));
  return data.items ?? [];
}

export const plansQueryOptions = () => queryOptions({ queryKey: ['plans'], queryFn: getPlans });

/** The organisation's plans, newest year first. */
export function usePlans() {
  return useQuery(plansQueryOptions());
}
