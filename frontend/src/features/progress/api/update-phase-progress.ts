import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Versioned } from '@/lib/api-client';
import type { Phase, PhaseProgressInput } from '@/types/api';

export type UpdatePhaseProgress = { phaseId: number; etag: string | null; input: PhaseProgressInput };

export function updatePhaseProgress({ phaseId, etag, input }: UpdatePhaseProgress): Promise<Versioned<Phase>> {
  return call(
    api.PUT('/api/v1/phases/{phaseId}/progress', {
      params: { path: { phaseId }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );
}

/** Saves a phase's progress; the reports, whose timeline values depend on it, are read again. */
export function useUpdatePhaseProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePhaseProgress,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['report'] });
    },
  });
}
