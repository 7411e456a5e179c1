import type { OivReviewList, ReviewOutcome, ValidationOutcome } from '@/types/api';

export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['VERIFIED', 'VERIFIED_WITH_OBSERVATIONS', 'NOT_VERIFIED'];
export const VALIDATION_OUTCOMES: readonly ValidationOutcome[] = [
  'VALIDATED',
  'VALIDATED_WITH_RESERVATIONS',
  'NOT_VALIDATED',
];
export const TEXT_MAX = 10_000;

/** The backend's rule, checked before sending: anything short of a plain check must say what the OIV saw. */
export function reviewIssue(outcome: ReviewOutcome | null, observations: string): string | undefined {
  if (outcome == null) return 'oiv.outcomeRequired';
  if (outcome !== 'VERIFIED' && !observations.trim()) return 'oiv.observationsRequired';
  if (observations.length > TEXT_MAX) return 'oiv.tooLong';
  return undefined;
}

export function validationIssues(
  outcome: ValidationOutcome | null,
  reasoning: string,
): { outcome?: string; reasoning?: string } {
  return {
    outcome: outcome == null ? 'oiv.validationOutcomeRequired' : undefined,
    reasoning: !reasoning.trim() ? 'oiv.reasoningRequired' : reasoning.length > TEXT_MAX ? 'oiv.tooLong' : undefined,
  };
}

/** How far the OIV has got through the period's objectives, in percent of them. */
export function reviewProgress(list: Pick<OivReviewList, 'objectives' | 'reviewed'>): number {
  const total = list.objectives ?? 0;
  return total === 0 ? 0 : ((list.reviewed ?? 0) * 100) / total;
}

const sizeFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** A file's size as people read it: 812 B, 12,3 kB, 4,5 MB (powers of 1024, as the 20 MiB limit). */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} kB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}
