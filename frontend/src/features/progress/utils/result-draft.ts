import type { IndicatorKind, IndicatorResult, IndicatorResultInput } from '@/types/api';
import { parseDecimal, toInputNumber } from '@/utils/format';
import { checkLength, checkNumber, type Issues } from '@/features/progress/utils/validation';

/** What the indicator result form holds: text as typed; the assessment step as '' or '1'…'5'. */
export type ResultDraft = {
  enteredValue: string;
  enteredJustification: string;
  monitoringNote: string;
  dataSource: string;
  assessmentStep: string;
};

export type ResultField = keyof ResultDraft;
export const RESULT_FIELDS: readonly ResultField[] = [
  'enteredValue',
  'enteredJustification',
  'monitoringNote',
  'dataSource',
  'assessmentStep',
];

export function resultDraftOf(result: IndicatorResult | null | undefined): ResultDraft {
  return {
    enteredValue: toInputNumber(result?.enteredValue),
    enteredJustification: result?.enteredJustification ?? '',
    monitoringNote: result?.monitoringNote ?? '',
    dataSource: result?.dataSource ?? '',
    assessmentStep: result?.assessmentStep != null ? String(result.assessmentStep) : '',
  };
}

export function resultInputOf(draft: ResultDraft): IndicatorResultInput {
  return {
    enteredValue: parseDecimal(draft.enteredValue) ?? undefined,
    enteredJustification: draft.enteredJustification.trim() || undefined,
    monitoringNote: draft.monitoringNote.trim() || undefined,
    dataSource: draft.dataSource.trim() || undefined,
    assessmentStep: draft.assessmentStep ? Number(draft.assessmentStep) : null,
  };
}

/**
 * The backend's rules for a result: a value between 0 and 1,000,000 with at most six decimals; a value that
 * overrides a computed one (any kind but DIRECT) needs its justification.
 */
export function validateResultDraft(draft: ResultDraft, kind: IndicatorKind | undefined): Issues<ResultField> {
  const issues: Issues<ResultField> = {};
  const value = parseDecimal(draft.enteredValue);
  const valueIssue = checkNumber(value, { min: 0, max: 1_000_000, decimals: 6 });
  if (valueIssue) issues.enteredValue = valueIssue;
  if (value != null && !Number.isNaN(value) && kind !== 'DIRECT' && !draft.enteredJustification.trim()) {
    issues.enteredJustification = { key: 'validation.justificationRequired' };
  }
  const justification = checkLength(draft.enteredJustification, 10_000);
  if (justification) issues.enteredJustification = justification;
  const note = checkLength(draft.monitoringNote, 10_000);
  if (note) issues.monitoringNote = note;
  const source = checkLength(draft.dataSource, 500);
  if (source) issues.dataSource = source;
  return issues;
}
