import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { MonitoringPeriod } from '@/types/api';

export async function getPeriod(periodId: number): Promise<MonitoringPeriod> {
  const { data } = await call(api.GET('/api/v1/periods/{periodId}', { params: { path: { periodId } } }));
  return data;
}

// Under ['periods'], which closing and reopening invalidate, so that the board sees the period closed.
export const periodQueryOptions = (periodId: number) =>
  queryOptions({ queryKey: ['periods', 'one', periodId], queryFn: () => getPeriod(periodId) });

export function usePeriod(periodId: number) {
  return useQuery(periodQueryOptions(periodId));
}
