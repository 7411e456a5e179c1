import { fetchFile } from '@/lib/api-client';

export type AllegatoFormat = 'xlsx' | 'ods' | 'pdf' | 'csv';

export function allegatoPath(planId: number, periodId: number | undefined, format: AllegatoFormat): string {
  const query = new URLSearchParams({ format });
  if (periodId != null) query.set('periodId', String(periodId));
  return `/api/v1/plans/${planId}/allegato-a?${query.toString()}`;
}

/**
 * The flat open-data rows of the pull API (one per indicator and period, dot decimals, unrounded) for the plan at
 * the period shown: the same address other regional systems read, as CSV. `organisation` is the switcher's choice,
 * for those who read several organisations; others read their own without it.
 */
export function indicatorValuesPath(planId: number, periodId: number | undefined, organisation?: string): string {
  const query = new URLSearchParams({ planId: String(planId), limit: '500' });
  if (periodId != null) query.set('periodId', String(periodId));
  if (organisation) query.set('organisation', organisation);
  return `/api/v1/indicator-values?${query.toString()}`;
}

/** Fetches the export and hands it to the browser as a download under the name the backend gave it. */
export async function downloadAllegato(planId: number, periodId: number | undefined, format: AllegatoFormat) {
  const { blob, filename } = await fetchFile(allegatoPath(planId, periodId, format));
  return save(blob, filename ?? `allegato-a.${format}`);
}

/** Downloads the open-data CSV of the pull API for the plan at the period shown. */
export async function downloadIndicatorValues(planId: number, periodId: number | undefined, organisation?: string) {
  const { blob, filename } = await fetchFile(indicatorValuesPath(planId, periodId, organisation), 'text/csv');
  return save(blob, filename ?? `valori-indicatori-piano-${planId}${periodId != null ? `-periodo-${periodId}` : ''}.csv`);
}

function save(blob: Blob, name: string) {
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
