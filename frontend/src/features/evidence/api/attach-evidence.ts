import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadForm } from '@/lib/api-client';
import type { Evidence } from '@/types/api';
import { evidenceKey, type EvidenceTarget } from '@/features/evidence/api/get-evidence';

export type AttachEvidence = {
  target: EvidenceTarget;
  file: File;
  description: string;
  onProgress?: (sent: number, total: number) => void;
};

function uploadPath(target: EvidenceTarget): string {
  return target.kind === 'result'
    ? `/api/v1/indicators/${target.indicatorId}/results/${target.periodId}/evidence`
    : `/api/v1/phases/${target.phaseId}/evidence`;
}

/** Uploads the file under its own name (the backend checks that the name's extension agrees with the content). */
export function attachEvidence({ target, file, description, onProgress }: AttachEvidence): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (description.trim() !== '') form.append('description', description.trim());
  return uploadForm<Evidence>(uploadPath(target), form, { onProgress });
}

export function useAttachEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachEvidence,
    onSuccess: async (_evidence, { target }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: evidenceKey(target) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
