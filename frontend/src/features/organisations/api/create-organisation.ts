import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OrganisationInput } from '@/types/api';

export function createOrganisation(input: OrganisationInput) {
  return call(api.POST('/api/v1/organisations', { body: input }));
}

/** A new organisation with its first administrator; the lists of organisations (the switcher's too) are read again. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
