import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Member, MemberInput } from '@/types/api';

/** The people of other organisations who are members of this one, with their role and structures here. */
export async function getMembers(organisationCode: string): Promise<Member[]> {
  const { data } = await call(
    api.GET('/api/v1/organisations/{organisationCode}/members', {
      params: { path: { organisationCode }, query: { limit: 500 } },
    }),
  );
  return data.items ?? [];
}

export const membersQueryOptions = (organisationCode: string) =>
  queryOptions({ queryKey: ['members', organisationCode], queryFn: () => getMembers(organisationCode) });

export function useMembers(organisationCode: string) {
  return useQuery(membersQueryOptions(organisationCode));
}

type MemberKey = { organisationCode: string; username: string };

/** Makes the person a member, or replaces their role and structures here: the same request twice changes nothing. */
export async function saveMember({ organisationCode, username, input }: MemberKey & { input: MemberInput }): Promise<Member> {
  const { data } = await call(
    api.PUT('/api/v1/organisations/{organisationCode}/members/{username}', {
      params: { path: { organisationCode, username } },
      body: input,
    }),
  );
  return data;
}

export async function removeMember({ organisationCode, username }: MemberKey): Promise<void> {
  await call(
    api.DELETE('/api/v1/organisations/{organisationCode}/members/{username}', {
      params: { path: { organisationCode, username } },
    }),
  );
}

function useMembersMutation<V extends { organisationCode: string }, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: (_data, _error, { organisationCode }) =>
      queryClient.invalidateQueries({ queryKey: ['members', organisationCode] }),
  });
}

export const useSaveMember = () => useMembersMutation(saveMember);
export const useRemoveMember = () => useMembersMutation(removeMember);
