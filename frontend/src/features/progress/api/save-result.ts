import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Versioned } from '@/lib/api-client';
import type { IndicatorResult, IndicatorResultInput } from '@/types/api';

export type SaveResult = {
  indicatorId: number;
  periodId: number;
  /** Null for the first write, which creates the result. */
  etag: string | null;
  input: IndicatorResultInput;
};

export function saveResult({ indicatorId, periodId, etag, input }: SaveResult): Promise<Versioned<IndicatorResult>> {
  return call(
    api.PUT('/api/v1/indicators/{indicatorId}/results/{periodId}', {
      params: { path: { indicatorId, periodId }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );
}

export function useSaveResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveResult,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['report'] });
    },
  });
}
