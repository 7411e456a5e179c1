import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { CollectionPart } from '@/types/api';

/** A part to move, with the version read: a part someone else moved meanwhile is refused (412), never overwritten. */
export type PartRef = { periodId: number; part: CollectionPart };

function params({ periodId, part }: PartRef) {
  return {
    path: { periodId, structureId: part.structureId ?? 0 },
    header: { 'If-Match': `"${part.version ?? 0}"` },
  };
}

export function submitPart(ref: PartRef) {
  return call(api.POST('/api/v1/periods/{periodId}/collection/structures/{structureId}/submit', { params: params(ref) }));
}

export function returnPart({ reason, ...ref }: PartRef & { reason: string }) {
  return call(
    api.POST('/api/v1/periods/{periodId}/collection/structures/{structureId}/return', {
      params: params(ref),
      body: { reason },
    }),
  );
}

export function acceptPart(ref: PartRef) {
  return call(api.POST('/api/v1/periods/{periodId}/collection/structures/{structureId}/accept', { params: params(ref) }));
}

/** Whatever the outcome, the parts are read again: a refusal often means someone else moved the part first. */
function usePartMove<V>(move: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: move,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['collection'] }),
  });
}

export const useSubmitPart = () => usePartMove(submitPart);
export const useReturnPart = () => usePartMove(returnPart);
export const useAcceptPart = () => usePartMove(acceptPart);
