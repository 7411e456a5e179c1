import { uploadFile } from '@/lib/api-client';
import type { ImportReport } from '@/types/api';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';
export const TEXT_TYPE = 'text/tab-separated-values';

/** The media type the backend reads a file as: a workbook (Excel's or LibreOffice's), or the tab-separated text. */
export function importTypeOf(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return XLSX_TYPE;
  if (/\.ods$/i.test(fileName)) return ODS_TYPE;
  return TEXT_TYPE;
}

export function importAllegato(
  file: File,
  { dryRun, idempotencyKey, onProgress }: { dryRun: boolean; idempotencyKey?: string; onProgress?: (sent: number, total: number) => void },
): Promise<ImportReport> {
  return uploadFile<ImportReport>(`/api/v1/imports/allegato-a?dryRun=${dryRun}`, file, importTypeOf(file.name), {
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    onProgress,
  });
}
