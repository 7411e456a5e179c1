import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Publication } from '@/types/api';

export async function getPublication(): Promise<Publication> {
  const { data } = await call(api.GET('/api/v1/publication'));
  return data;
}

// Under ['periods'], which closing and reopening invalidate: a period closed in this tab shows up here at once.
export const publicationQueryOptions = () =>
  queryOptions({ queryKey: ['periods', 'publication'], queryFn: getPublication });

export function usePublication() {
  return useQuery(publicationQueryOptions());
}
