import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, isApiError } from '@/lib/api-client';
import type { Collection } from '@/types/api';

/** A period's collection with every structure's part and what is asked of it; null when none was opened (404). */
export async function getCollection(periodId: number): Promise<Collection | null> {
  try {
    const { data } = await call(api.GET('/api/v1/periods/{periodId}/collection', { params: { path: { periodId } } }));
    return data;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

// Every read of the cycle sits under ['collection']: a submit, return, accept or opening refreshes them all. What is
// asked follows every result and phase saved, by anyone: a page showing it always asks again.
export const collectionQueryOptions = (periodId: number) =>
  queryOptions({ queryKey: ['collection', 'period', periodId], queryFn: () => getCollection(periodId), staleTime: 0 });

export function useCollection(periodId: number | undefined) {
  return useQuery({ ...collectionQueryOptions(periodId ?? 0), enabled: periodId != null });
}
