import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { useOrganisationScope } from '@/lib/organisation';
import type { Publication } from '@/types/api';

export async function getPublication(organisation?: string): Promise<Publication> {
  const { data } = await call(api.GET('/api/v1/publication', { params: { query: organisation ? { organisation } : {} } }));
  return data;
}

// Under ['periods'], which closing and reopening invalidate: a period closed in this tab shows up here at once.
export const publicationQueryOptions = (organisation?: string) =>
  queryOptions({ queryKey: ['periods', 'publication', organisation ?? null], queryFn: () => getPublication(organisation) });

/** The publication page of the organisation read now (the switcher's, for those who have one). */
export function usePublication() {
  const scope = useOrganisationScope();
  return useQuery({ ...publicationQueryOptions(scope.param), enabled: scope.ready });
}
