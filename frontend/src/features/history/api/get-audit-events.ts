import { keepPreviousData, queryOptions, useQueries } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { AuditEvent } from '@/types/api';

/** Something whose changes the audit trail records, named as the backend names it. */
export type HistorySource = { entityType: 'objective' | 'indicator' | 'phase' | 'result'; entityId: number };

export type AuditPage = { items: AuditEvent[]; total: number };

export async function getAuditEvents({ entityType, entityId }: HistorySource, limit: number): Promise<AuditPage> {
  const { data } = await call(api.GET('/api/v1/audit', { params: { query: { entityType, entityId, limit } } }));
  return { items: data.items ?? [], total: data.total ?? 0 };
}

// Never cached for long: the history is opened to see the change just made.
export const auditEventsQueryOptions = (source: HistorySource, limit: number) =>
  queryOptions({
    queryKey: ['audit', source.entityType, source.entityId, limit],
    queryFn: () => getAuditEvents(source, limit),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export type History = {
  events: AuditEvent[];
  /** Whether older events exist beyond those read. */
  more: boolean;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
};

/** The changes of one or more things, merged newest first; `limit` events at most from each. */
export function useHistory(sources: HistorySource[], limit: number): History {
  return useQueries({
    queries: sources.map((source) => auditEventsQueryOptions(source, limit)),
    combine: (results) => ({
      events: results
        .flatMap((result) => result.data?.items ?? [])
        .sort((a, b) => (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '') || (b.id ?? 0) - (a.id ?? 0)),
      more: results.some((result) => (result.data?.total ?? 0) > (result.data?.items.length ?? 0)),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  });
}
