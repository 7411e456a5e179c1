import { fetchFile } from '@/lib/api-client';

export type AllegatoFormat = 'xlsx' | 'pdf' | 'csv';

export function allegatoPath(planId: number, periodId: number | undefined, format: AllegatoFormat): string {
  const query = new URLSearchParams({ format });
  if (periodId != null) query.set('periodId', String(periodId));
  return `/api/v1/plans/${planId}/allegato-a?${query.toString()}`;
}

/** Fetches the export and hands it to the browser as a download under the name the backend gave it. */
export async function downloadAllegato(planId: number, periodId: number | undefined, format: AllegatoFormat) {
  const { blob, filename } = await fetchFile(allegatoPath(planId, periodId, format));
  const name = filename ?? `allegato-a.${format}`;
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
