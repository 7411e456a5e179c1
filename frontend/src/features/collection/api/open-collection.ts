import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { OpenCollectionInput } from '@/types/api';

export function openCollection({ periodId, input }: { periodId: number; input: OpenCollectionInput }) {
  return call(api.POST('/api/v1/periods/{periodId}/collection', { params: { path: { periodId } }, body: input }));
}

export function useOpenCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openCollection,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['collection'] }),
  });
}
