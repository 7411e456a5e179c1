import type { TFunction } from 'i18next';
import type { PlanReport, WeightSummary } from '@/types/api';
import { formatPercent } from '@/utils/format';

/**
 * What is wrong with a set of weights that is not complete, in the reader's language (the backend's WeightCheck
 * rule): the sum, and how many weights are missing; null when nothing is wrong.
 */
export function weightWarning(t: TFunction, weights: WeightSummary | null | undefined): string | null {
  if (!weights || weights.complete !== false) return null;
  const sum = formatPercent(weights.sum);
  const missing = weights.missing ?? 0;
  // A right sum with missing weights would make "should be 100%" confusing: the gap is the unknown weights.
  if (Number(weights.sum) === 100) return t('weights.sumRightButMissing', { sum, count: missing });
  return missing > 0 ? t('weights.sumWrongAndMissing', { sum, count: missing }) : t('weights.sumWrong', { sum });
}

/** Every weight warning of a report: the plan's objectives, then each timeline whose phases do not sum to 100. */
export function reportWeightWarnings(t: TFunction, report: PlanReport): string[] {
  const warnings: string[] = [];
  const plan = weightWarning(t, report.score?.weights);
  if (plan) warnings.push(t('weights.ofPlan', { warning: plan }));
  for (const area of report.areas ?? []) {
    for (const objective of area.objectives ?? []) {
      const timeline = weightWarning(t, objective.phaseWeights);
      if (timeline) warnings.push(t('weights.ofTimeline', { code: objective.code, warning: timeline }));
    }
  }
  return warnings;
}
