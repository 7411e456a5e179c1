import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OivReviewList } from '@/types/api';

/** Every objective of the period's plan with the OIV's review of it, and how many are reviewed. */
export async function getOivReviews(periodId: number): Promise<OivReviewList> {
  const { data } = await call(api.GET('/api/v1/periods/{periodId}/oiv-reviews', { params: { path: { periodId } } }));
  return data;
}

// Under ['oiv'], which every save of a review or of the validation refreshes.
export const oivReviewsQueryOptions = (periodId: number) =>
  queryOptions({ queryKey: ['oiv', 'reviews', periodId], queryFn: () => getOivReviews(periodId) });

export function useOivReviews(periodId: number | undefined) {
  return useQuery({ ...oivReviewsQueryOptions(periodId ?? 0), enabled: periodId != null });
}
