import { fetchFile } from '@/lib/api-client';
import type { Evidence } from '@/types/api';

/** Where the file is served, as an attachment under its own name. */
export function evidenceContentPath(evidenceId: number): string {
  return `/api/v1/evidence/${evidenceId}/content`;
}

/**
 * Fetches the file with the same credentials as every other request (a bare link would carry the session cookie
 * but not the bearer token of OpenID Connect) and hands it to the browser under the name the backend gives.
 */
export async function downloadEvidence(evidence: Evidence): Promise<string> {
  const { blob, filename } = await fetchFile(evidenceContentPath(evidence.id ?? 0));
  const name = filename ?? evidence.fileName ?? 'elemento-probatorio';
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
