import { describe, expect, it } from 'vitest';
import { formatSize, reviewIssue, reviewProgress, validationIssues } from '@/features/oiv/utils/review';

describe('reviewIssue', () => {
  it('shouldAcceptAPlainCheckWithoutObservations', () => {
    expect(reviewIssue('VERIFIED', '')).toBeUndefined();
  });

  it('shouldAskForObservationsUnlessVerified', () => {
    expect(reviewIssue('VERIFIED_WITH_OBSERVATIONS', '  ')).toBe('oiv.observationsRequired');
    expect(reviewIssue('NOT_VERIFIED', '')).toBe('oiv.observationsRequired');
    expect(reviewIssue('NOT_VERIFIED', 'Manca l’estrazione dei colloqui')).toBeUndefined();
  });

  it('shouldAskForAnOutcome', () => {
    expect(reviewIssue(null, 'Osservazioni')).toBe('oiv.outcomeRequired');
  });
});

describe('validationIssues', () => {
  it('shouldRequireOutcomeAndReasoning', () => {
    expect(validationIssues(null, ' ')).toEqual({ outcome: 'oiv.validationOutcomeRequired', reasoning: 'oiv.reasoningRequired' });
    expect(validationIssues('VALIDATED', 'Risultati coerenti con gli elementi probativi')).toEqual({
      outcome: undefined,
      reasoning: undefined,
    });
  });
});

describe('reviewProgress', () => {
  it('shouldCountReviewedObjectivesInPercent', () => {
    expect(reviewProgress({ objectives: 25, reviewed: 12 })).toBe(48);
    expect(reviewProgress({ objectives: 0, reviewed: 0 })).toBe(0);
  });
});

describe('formatSize', () => {
  it('shouldShowBytesKilobytesAndMegabytesInItalian', () => {
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(12_595)).toBe('12,3 kB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
  });
});
