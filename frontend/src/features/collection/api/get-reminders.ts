import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Collection, MailMessage } from '@/types/api';

/** Whether a message was written about this collection: its period, the collection itself or one of its parts. */
export function isAbout(message: MailMessage, collection: Collection): boolean {
  const { aboutKind, aboutId } = message;
  if (aboutId == null) return false;
  if (aboutKind === 'period') return aboutId === collection.periodId;
  if (aboutKind === 'collection') return aboutId === collection.id;
  if (aboutKind === 'collectionPart') return (collection.parts ?? []).some((part) => part.id === aboutId);
  return false;
}

/**
 * The messages queued since the collection opened that are about it, newest first. The list is filtered here: the
 * API filters by state and time only.
 */
export async function getReminders(collection: Collection): Promise<MailMessage[]> {
  const { data } = await call(
    api.GET('/api/v1/mail/messages', {
      params: { query: { since: collection.openedAt, limit: 500 } },
    }),
  );
  return (data.items ?? []).filter((message) => isAbout(message, collection));
}

export const remindersQueryOptions = (collection: Collection) =>
  queryOptions({ queryKey: ['mail', 'collection', collection.id], queryFn: () => getReminders(collection) });

export function useReminders(collection: Collection) {
  return useQuery(remindersQueryOptions(collection));
}
