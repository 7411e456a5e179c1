import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { User } from '@/types/api';

export async function getUsers(): Promise<User[]> {
  const { data } = await call(api.GET('/api/v1/users', { params: { query: { limit: 500 } } }));
  return data.items ?? [];
}

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: getUsers, staleTime: 0 });

/** Every account, by username. */
export function useUsers() {
  return useQuery(usersQueryOptions());
}
