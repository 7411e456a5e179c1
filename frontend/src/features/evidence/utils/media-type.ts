import type { EvidenceMediaType } from '@/types/api';

/** The key of each type the backend accepts, which names it in the translations (evidence.types.*). */
const KEYS: Record<EvidenceMediaType, string> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

/** The translation key of a stored type ("evidence.types.pdf"), or undefined for one the app does not know. */
export function mediaTypeKey(mediaType: string | null | undefined): string | undefined {
  const key = mediaType ? KEYS[mediaType as EvidenceMediaType] : undefined;
  return key ? `evidence.types.${key}` : undefined;
}

/** What the file picker offers: the extensions and types the backend accepts (it checks the content anyway). */
export const ACCEPTED_FILES = [
  '.pdf',
  '.odt',
  '.docx',
  '.ods',
  '.xlsx',
  '.csv',
  '.png',
  '.jpg',
  '.jpeg',
  ...Object.keys(KEYS),
].join(',');
