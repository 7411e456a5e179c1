import type { ReportIndicator } from '@/types/api';

/**
 * A timeline none of whose phases has progressed has achieved nothing yet: the Allegato A prints "-" there, not
 * 0,00% (1.1, 1.3 at 30/06/2021), and so does our own export (MainTableBuilder.achieved): the screen follows both.
 */
export function timelineNotStarted(indicator: ReportIndicator): boolean {
  return indicator.kind === 'TIMELINE' && indicator.valueSource === 'COMPUTED' && indicator.valueUsed === 0;
}

/** The value the report shows for an indicator: the value used, or none while its timeline has not started. */
export function shownValue(indicator: ReportIndicator): number | null {
  return timelineNotStarted(indicator) ? null : (indicator.valueUsed ?? null);
}

/** Whether an indicator carries any of the notes of the Allegato A (planning note, monitoring note, data source, deviation). */
export function hasNotes(indicator: ReportIndicator): boolean {
  return Boolean(
    indicator.planningNote ||
      indicator.monitoringNote ||
      indicator.dataSource ||
      indicator.deviationExplanation ||
      indicator.correctiveActions,
  );
}
