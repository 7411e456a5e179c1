import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OrganisationUpdate } from '@/types/api';

/** Checked against the version read (If-Match): someone else's save in between is refused with 412. */
export function updateOrganisation({ code, etag, input }: { code: string; etag: string | null; input: OrganisationUpdate }) {
  return call(
    api.PUT('/api/v1/organisations/{organisationCode}', {
      params: { path: { organisationCode: code }, header: { 'If-Match': etag ?? '"0"' } },
      body: input,
    }),
  );
}

/** After a save, or a refusal, the organisation is read again; so is the signed-in person, whose header shows its name. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organisation'] }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
