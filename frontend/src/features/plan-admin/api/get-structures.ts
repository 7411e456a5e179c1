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

export function useStructures(organisationCode: string | undefined) {
  return useQuery({ ...structuresQueryOptions(organisationCode ?? ''), enabled: !!organisationCode });
}
