import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { Evidence } from '@/types/api';
import { evidenceKey, type EvidenceTarget } from '@/features/evidence/api/get-evidence';

/** Removes the file as listed: If-Match with its version, so that one changed meanwhile is not removed unseen. */
export async function deleteEvidence({ evidence }: { evidence: Evidence; target: EvidenceTarget }): Promise<void> {
  await call(
    api.DELETE('/api/v1/evidence/{evidenceId}', {
      params: {
        path: { evidenceId: evidence.id ?? 0 },
        header: evidence.version != null ? { 'If-Match': `"${evidence.version}"` } : {},
      },
    }),
  );
}

export function useDeleteEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvidence,
    onSettled: async (_result, _error, { target }) => {
      // Also after a refusal: the list shows again what the backend holds.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceKey(target) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
