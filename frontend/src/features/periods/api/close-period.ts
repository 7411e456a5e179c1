import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** The reason is needed, and kept in the audit trail, only when the period's collection has parts not accepted. */
export function closePeriod({ periodId, version, reason }: { periodId: number; version?: number; reason?: string }) {
  return call(
    api.POST('/api/v1/periods/{periodId}/close', {
      params: {
        path: { periodId },
        query: reason ? { reason } : {},
        header: { 'If-Match': `"${version ?? 0}"` },
      },
    }),
  );
}

export function reopenPeriod({ periodId, version, reason }: { periodId: number; version?: number; reason: string }) {
  return call(
    api.POST('/api/v1/periods/{periodId}/reopen', {
      params: { path: { periodId }, header: { 'If-Match': `"${version ?? 0}"` } },
      body: { reason },
    }),
  );
}

/** Closing or reopening changes what every report of the period shows, and whether its collection may move. */
function usePeriodAct<V>(act: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['periods'] }),
        queryClient.invalidateQueries({ queryKey: ['report'] }),
        queryClient.invalidateQueries({ queryKey: ['collection'] }),
      ]);
    },
  });
}

export const useClosePeriod = () => usePeriodAct(closePeriod);
export const useReopenPeriod = () => usePeriodAct(reopenPeriod);
