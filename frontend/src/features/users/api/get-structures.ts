import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ResponsibleStructure } from '@/types/api';

export async function getStructures(organisationCode: string): Promise<ResponsibleStructure[]> {
  const { data } = await call(
    api.GET('/api/v1/organisations/{organisationCode}/structures', {
      params: { path: { organisationCode }, query: { limit: 500 } },
    }),
  );
  return data.items ?? [];
}

export const structuresQueryOptions = (organisationCode: string) =>
  queryOptions({ queryKey: ['structures', organisationCode], queryFn: () => getStructures(organisationCode) });

/**
 * The responsible structures an editor can be bound to: those of the administrator's organisation. None when the
 * organisation is not known (a person signed in at the OpenID Connect provider whose claim names none of ours).
 */
export function useStructures(organisationCode: string | undefined) {
  const query = useQuery({ ...structuresQueryOptions(organisationCode ?? ''), enabled: !!organisationCode });
  return { ...query, data: organisationCode ? query.data : [] };
}
