import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Collection, MailMessage } from '@/types/api';

/** The e-mail the service wrote about a collection (its reminders and late-phase notices), newest first. */
export async function getReminders(collection: Collection): Promise<MailMessage[]> {
  const { data } = await call(
    api.GET('/api/v1/mail/messages', {
      params: { query: { aboutKind: 'collection', aboutId: collection.id, limit: 500 } },
    }),
  );
  return data.items ?? [];
}

// While some are waiting for the relay, which sends within seconds, the list follows them.
export const remindersQueryOptions = (collection: Collection) =>
  queryOptions({
    queryKey: ['mail', 'collection', collection.id],
    queryFn: () => getReminders(collection),
    refetchInterval: (query) => (query.state.data?.some((message) => message.state === 'PENDING') ? 5_000 : false),
  });

export function useReminders(collection: Collection) {
  return useQuery(remindersQueryOptions(collection));
}
