import { queryOptions, useQuery } from '@tanstack/react-query';
import { ORGANISATION_CODE } from '@/config/organisation';
import { api, call } from '@/lib/api-client';
import type { ResponsibleStructure } from '@/types/api';

export async function getStructures(): Promise<ResponsibleStructure[]> {
  const { data } = await call(
    api.GET('/api/v1/organisations/{organisationCode}/structures', {
      params: { path: { organisationCode: ORGANISATION_CODE }, query: { limit: 500 } },
    }),
  );
  return data.items ?? [];
}

export const structuresQueryOptions = () =>
  queryOptions({ queryKey: ['structures', ORGANISATION_CODE], queryFn: getStructures });

/** The responsible structures an editor can be bound to. */
export function useStructures() {
  return useQuery(structuresQueryOptions());
}
