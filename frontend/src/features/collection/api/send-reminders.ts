import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** Queues now what the scheduled job would send today for the period's collection; what was queued is not again. */
export async function sendReminders(periodId: number) {
  const { data } = await call(
    api.POST('/api/v1/periods/{periodId}/collection/reminders', { params: { path: { periodId } } }),
  );
  return data;
}

export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mail'] }),
  });
}
