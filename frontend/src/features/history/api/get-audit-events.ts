import { keepPreviousData, queryOptions, useQueries } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { AuditEvent } from '@/types/api';

/**
 * Something whose changes the audit trail records, named as the backend names it; or a whole objective: its own
 * changes and those of its indicators, phases, results and counts, deleted ones included.
 */
export type HistorySource =
  | { entityType: 'objective' | 'indicator' | 'phase' | 'result' | 'period'; entityId: number }
  | { objectiveId: number };

function queryOf(source: HistorySource) {
  return 'objectiveId' in source ? { objectiveId: source.objectiveId } : { entityType: source.entityType, entityId: source.entityId };
}

function keyOf(source: HistorySource) {
  return 'objectiveId' in source ? ['objective-wide', source.objectiveId] : [source.entityType, source.entityId];
}

export type AuditPage = { items: AuditEvent[]; total: number };

export async function getAuditEvents(source: HistorySource, limit: number): Promise<AuditPage> {
  const { data } = await call(api.GET('/api/v1/audit', { params: { query: { ...queryOf(source), limit } } }));
  return { items: data.items ?? [], total: data.total ?? 0 };
}

// Never cached for long: the history is opened to see the change just made.
export const auditEventsQueryOptions = (source: HistorySource, limit: number) =>
  queryOptions({
    queryKey: ['audit', ...keyOf(source), limit],
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
