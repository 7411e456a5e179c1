import type { TFunction } from 'i18next';
import { formatPercent } from '@/utils/format';

export type DeviationReason = 'LATE_STEP' | 'BELOW_PRO_RATA';

type Facts = {
  /** The step chosen in the form, '' for none. */
  assessmentStep: string;
  /** The pro-rata share of the target at the period: set only for an indicator held to it. */
  expectedValue: number | null | undefined;
  /** The reason code of the suggestion for the value the form would save. */
  suggestionReasonCode: string | null | undefined;
};

/**
 * Whether saving would leave the indicator behind, by the backend's rule (rules/Deviation): assessed 4 or 5, or held to
 * its pace and below it (BELOW_PRO_RATA at an interim date, BELOW_TARGET at the final one, where the pace is the target).
 */
export function deviationReasons({ assessmentStep, expectedValue, suggestionReasonCode }: Facts): DeviationReason[] {
  const reasons: DeviationReason[] = [];
  if (assessmentStep === '4' || assessmentStep === '5') reasons.push('LATE_STEP');
  if (expectedValue != null && (suggestionReasonCode === 'BELOW_PRO_RATA' || suggestionReasonCode === 'BELOW_TARGET')) {
    reasons.push('BELOW_PRO_RATA');
  }
  return reasons;
}

/** "valutazione 5 · in ritardo; valore 30,00% sotto l'atteso pro rata di 49,59%" in the reader's language. */
export function deviationText(
  t: TFunction,
  reasons: readonly DeviationReason[],
  { step, value, expected }: { step: string; value: number | null | undefined; expected: number | null | undefined },
): string {
  return reasons
    .map((reason) =>
      reason === 'LATE_STEP'
        ? t('result.deviationReason.LATE_STEP', { step, label: t(`assessment.step.${step}`) })
        : t('result.deviationReason.BELOW_PRO_RATA', { value: formatPercent(value), expected: formatPercent(expected) }),
    )
    .join('; ');
}
