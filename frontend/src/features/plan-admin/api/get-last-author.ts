import { api, call } from '@/lib/api-client';

export type AuditedType = 'area' | 'objective' | 'indicator' | 'phase';

/**
 * Who saved the latest version of a part of the plan, from the audit trail; undefined when it cannot tell, since
 * the name only adds to the stale-edit explanation and must never stand in its way.
 */
export async function getLastAuthor(entityType: AuditedType, entityId: number): Promise<string | undefined> {
  try {
    const { data } = await call(api.GET('/api/v1/audit', { params: { query: { entityType, entityId, limit: 1 } } }));
    return data.items?.[0]?.actorName;
  } catch {
    return undefined;
  }
}
