import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Count } from '@/types/api';

// The largest page the API serves; an indicator has a few hundred figures at most (months × units × components).
const PAGE = 500;

/** Every figure counted for a ratio indicator, reading page after page. */
export async function getCounts(indicatorId: number): Promise<Count[]> {
  const counts: Count[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data } = await call(
      api.GET('/api/v1/indicators/{indicatorId}/counts', { params: { path: { indicatorId }, query: { limit: PAGE, offset } } }),
    );
    const items = data.items ?? [];
    counts.push(...items);
    if (items.length < PAGE || counts.length >= (data.total ?? 0)) return counts;
  }
}

export const countsQueryOptions = (indicatorId: number) =>
  queryOptions({ queryKey: ['counts', indicatorId], queryFn: () => getCounts(indicatorId) });

export function useCounts(indicatorId: number) {
  return useQuery(countsQueryOptions(indicatorId));
}
