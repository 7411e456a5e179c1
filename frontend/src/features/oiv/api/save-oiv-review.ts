import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OivReview, OivReviewInput } from '@/types/api';

/** The review to save, with the version read: a review changed meanwhile is refused (412), never overwritten. */
export type ReviewSave = { periodId: number; objectiveId: number; version: number | null | undefined; input: OivReviewInput };

export async function saveOivReview({ periodId, objectiveId, version, input }: ReviewSave): Promise<OivReview> {
  const { data } = await call(
    api.PUT('/api/v1/periods/{periodId}/oiv-reviews/{objectiveId}', {
      params: {
        path: { periodId, objectiveId },
        header: version != null ? { 'If-Match': `"${version}"` } : {},
      },
      body: input,
    }),
  );
  return data;
}

export function useSaveOivReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOivReview,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oiv'] }),
  });
}
