import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call, fetchFile } from '@/lib/api-client';
import type { Evidence } from '@/types/api';

/** The evidence attached to an indicator's result in a period, oldest first. */
export async function getResultEvidence(indicatorId: number, periodId: number): Promise<Evidence[]> {
  const { data } = await call(
    api.GET('/api/v1/indicators/{indicatorId}/results/{periodId}/evidence', {
      params: { path: { indicatorId, periodId }, query: { limit: 500 } },
    }),
  );
  return data.items ?? [];
}

export const resultEvidenceQueryOptions = (indicatorId: number, periodId: number) =>
  queryOptions({
    queryKey: ['evidence', 'result', indicatorId, periodId],
    queryFn: () => getResultEvidence(indicatorId, periodId),
  });

/** Asked only once the person opens the list: most objectives are read without it. */
export function useResultEvidence(indicatorId: number, periodId: number, enabled: boolean) {
  return useQuery({ ...resultEvidenceQueryOptions(indicatorId, periodId), enabled });
}

/** Fetches the file with the session's credentials and hands it to the browser under the name it was uploaded with. */
export async function downloadEvidence(evidence: Evidence): Promise<string> {
  const { blob, filename } = await fetchFile(`/api/v1/evidence/${evidence.id}/content`, '*/*');
  const name = filename ?? evidence.fileName ?? `elemento-probatorio-${evidence.id}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; keeping the URL would keep the blob in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
