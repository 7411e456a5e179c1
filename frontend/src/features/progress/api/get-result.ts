import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, isApiError, type Versioned } from '@/lib/api-client';
import type { IndicatorResult } from '@/types/api';

/** An indicator's result in a period, or null data when nothing was reported yet (404). */
export async function getResult(indicatorId: number, periodId: number): Promise<Versioned<IndicatorResult | null>> {
  try {
    return await call(
      api.GET('/api/v1/indicators/{indicatorId}/results/{periodId}', { params: { path: { indicatorId, periodId } } }),
    );
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { data: null, etag: null };
    throw error;
  }
}

export const resultQueryOptions = (indicatorId: number, periodId: number) =>
  queryOptions({
    queryKey: ['result', indicatorId, periodId],
    queryFn: () => getResult(indicatorId, periodId),
    staleTime: 0,
    gcTime: 0,
  });

export function useResult(indicatorId: number, periodId: number) {
  return useQuery(resultQueryOptions(indicatorId, periodId));
}
