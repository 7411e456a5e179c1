import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** One organisation with the version its ETag names, which an update sends back in If-Match. */
export function getOrganisation(code: string) {
  return call(api.GET('/api/v1/organisations/{organisationCode}', { params: { path: { organisationCode: code } } }));
}

// Always asked again when a page shows it: the version must be the latest for the next save to go through.
export const organisationQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['organisation', code], queryFn: () => getOrganisation(code), staleTime: 0 });

export function useOrganisation(code: string | undefined) {
  return useQuery({ ...organisationQueryOptions(code ?? ''), enabled: !!code });
}
