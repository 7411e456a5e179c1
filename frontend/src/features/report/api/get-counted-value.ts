import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { CountedValue } from '@/types/api';

/** A ratio indicator's value at a period from its counts, broken down by territorial unit. */
export async function getCountedValue(indicatorId: number, periodId: number): Promise<CountedValue> {
  const { data } = await call(
    api.GET('/api/v1/indicators/{indicatorId}/value', { params: { path: { indicatorId }, query: { periodId, by: 'unit' } } }),
  );
  return data;
}

export const countedValueQueryOptions = (indicatorId: number, periodId: number) =>
  queryOptions({ queryKey: ['counted-value', indicatorId, periodId], queryFn: () => getCountedValue(indicatorId, periodId) });

export function useCountedValue(indicatorId: number, periodId: number | undefined) {
  return useQuery({ ...countedValueQueryOptions(indicatorId, periodId ?? 0), enabled: periodId != null });
}
