import type { TFunction } from 'i18next';
import type { ReportIndicator, ReportObjective } from '@/types/api';

/** "Objective 1.5, indicator 2": what a screen reader hears before an indicator's figures. */
export function indicatorName(t: TFunction, objective: ReportObjective, indicator: ReportIndicator): string {
  return t('indicator.name', { code: objective.code, position: indicator.position });
}
