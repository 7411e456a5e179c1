import { fetchFile } from '@/lib/api-client';

export type RelazioneFormat = 'docx' | 'pdf';

export function relazionePath(periodId: number, format: RelazioneFormat): string {
  return `/api/v1/periods/${periodId}/relazione?${new URLSearchParams({ format }).toString()}`;
}

/** Fetches the Relazione sulla performance and hands it to the browser under the name the backend gave it. */
export async function downloadRelazione(periodId: number, format: RelazioneFormat) {
  const { blob, filename } = await fetchFile(relazionePath(periodId, format));
  const name = filename ?? `relazione-performance.${format}`;
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
