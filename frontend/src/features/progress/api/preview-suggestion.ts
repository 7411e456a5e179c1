import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { SuggestionPreview } from '@/types/api';

/** The value and suggested assessment the result would have with this entered value (null: none); stores nothing. */
export async function previewSuggestion(
  indicatorId: number,
  periodId: number,
  enteredValue: number | null,
): Promise<SuggestionPreview> {
  const { data } = await call(
    api.GET('/api/v1/indicators/{indicatorId}/results/{periodId}/suggestion', {
      params: { path: { indicatorId, periodId }, query: enteredValue == null ? {} : { enteredValue } },
    }),
  );
  return data;
}

export const suggestionPreviewQueryOptions = (indicatorId: number, periodId: number, enteredValue: number | null) =>
  queryOptions({
    queryKey: ['suggestion-preview', indicatorId, periodId, enteredValue],
    queryFn: () => previewSuggestion(indicatorId, periodId, enteredValue),
    staleTime: 30_000,
  });

/** Keeps the last answer on screen while the next one comes, so the panel does not flicker as a person types. */
export function useSuggestionPreview(indicatorId: number, periodId: number, enteredValue: number | null, enabled: boolean) {
  return useQuery({ ...suggestionPreviewQueryOptions(indicatorId, periodId, enteredValue), enabled, placeholderData: keepPreviousData });
}
