import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { DEFAULT_MAX_SIZE, formatSize } from '@/features/evidence/utils/format-size';

/** What an alert says of a failed upload, download or removal: a heading in the reader's language, the backend's words. */
export type EvidenceFailure = { status?: number; title: string; detail?: string };

// The refusals the evidence endpoints answer with, each with a heading of its own; 0 is no answer at all.
const NAMED = new Set([0, 401, 403, 404, 409, 412, 413, 415]);

/**
 * The backend explains each refusal in Italian (the type the content really is, the limit, the closed period): its
 * detail is shown as it is, under a heading that says which kind of refusal it was.
 */
export function evidenceFailure(t: TFunction, error: unknown): EvidenceFailure {
  if (!isApiError(error)) return { title: t('errors.generic'), detail: String(error) };
  const { status, problem } = error;
  const title = NAMED.has(status) ? t(`evidence.errors.${status}`) : (problem.title ?? t('errors.generic'));
  const detail = problem.detail ?? (status === 413 ? t('evidence.errors.tooLargeDetail', { max: formatSize(DEFAULT_MAX_SIZE) }) : undefined);
  return { status, title, detail: detail && detail !== title ? detail : undefined };
}
