import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OrganisationReferenceInput, ResponsibleStructure, TerritorialUnit } from '@/types/api';

/** What an organisation's administrator adds to it: responsible structures and territorial units. */
export type ReferenceKind = 'structures' | 'territorial-units';
export type Reference = ResponsibleStructure | TerritorialUnit;

export async function getReferences(kind: ReferenceKind, organisationCode: string): Promise<Reference[]> {
  const params = { path: { organisationCode }, query: { limit: 500 } };
  const { data } =
    kind === 'structures'
      ? await call(api.GET('/api/v1/organisations/{organisationCode}/structures', { params }))
      : await call(api.GET('/api/v1/organisations/{organisationCode}/territorial-units', { params }));
  return data.items ?? [];
}

// Under the key the users' page and the plan's administration read structures by: a structure added here shows there.
export const referencesQueryOptions = (kind: ReferenceKind, organisationCode: string) =>
  queryOptions({ queryKey: [kind, organisationCode], queryFn: () => getReferences(kind, organisationCode) });

export function useReferences(kind: ReferenceKind, organisationCode: string) {
  return useQuery(referencesQueryOptions(kind, organisationCode));
}

export function createReference({
  kind,
  organisationCode,
  input,
}: {
  kind: ReferenceKind;
  organisationCode: string;
  input: OrganisationReferenceInput;
}) {
  const params = { path: { organisationCode } };
  return kind === 'structures'
    ? call(api.POST('/api/v1/organisations/{organisationCode}/structures', { params, body: input }))
    : call(api.POST('/api/v1/organisations/{organisationCode}/territorial-units', { params, body: input }));
}

export function useCreateReference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReference,
    onSettled: (_data, _error, { kind, organisationCode }) =>
      queryClient.invalidateQueries({ queryKey: [kind, organisationCode] }),
  });
}
