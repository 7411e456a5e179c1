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
  deviationExplanation: string;
  correctiveActions: string;
};

export type ResultField = keyof ResultDraft;
export const RESULT_FIELDS: readonly ResultField[] = [
  'enteredValue',
  'enteredJustification',
  'monitoringNote',
  'dataSource',
  'assessmentStep',
  'deviationExplanation',
  'correctiveActions',
];

export function resultDraftOf(result: IndicatorResult | null | undefined): ResultDraft {
  return {
    enteredValue: toInputNumber(result?.enteredValue),
    enteredJustification: result?.enteredJustification ?? '',
    monitoringNote: result?.monitoringNote ?? '',
    dataSource: result?.dataSource ?? '',
    assessmentStep: result?.assessmentStep != null ? String(result.assessmentStep) : '',
    deviationExplanation: result?.deviationExplanation ?? '',
    correctiveActions: result?.correctiveActions ?? '',
  };
}

export function resultInputOf(draft: ResultDraft): IndicatorResultInput {
  return {
    enteredValue: parseDecimal(draft.enteredValue) ?? undefined,
    enteredJustification: draft.enteredJustification.trim() || undefined,
    monitoringNote: draft.monitoringNote.trim() || undefined,
    dataSource: draft.dataSource.trim() || undefined,
    assessmentStep: draft.assessmentStep ? Number(draft.assessmentStep) : null,
    deviationExplanation: draft.deviationExplanation.trim() || undefined,
    correctiveActions: draft.correctiveActions.trim() || undefined,
  };
}

/**
 * The backend's rules for a result: a value between 0 and 1,000,000 with at most six decimals; a value that
 * overrides a computed one (any kind but DIRECT) needs its justification; an indicator that saving leaves behind
 * (`behind`: assessed late, or below its pro-rata share) needs the explanation of the deviation.
 */
export function validateResultDraft(draft: ResultDraft, kind: IndicatorKind | undefined, behind = false): Issues<ResultField> {
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
  if (behind && !draft.deviationExplanation.trim()) issues.deviationExplanation = { key: 'validation.deviationExplanationRequired' };
  const explanation = checkLength(draft.deviationExplanation, 10_000);
  if (explanation) issues.deviationExplanation = explanation;
  const actions = checkLength(draft.correctiveActions, 10_000);
  if (actions) issues.correctiveActions = actions;
  return issues;
}
