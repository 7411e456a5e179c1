import type {
  Indicator,
  IndicatorInput,
  IndicatorKind,
  JudgedAgainst,
  Objective,
  ObjectiveInput,
  Phase,
  PhaseInput,
  StrategicArea,
  StrategicAreaInput,
} from '@/types/api';
import { parseDecimal, toInputNumber } from '@/utils/format';

/** A client-side message as an i18n key with its values, by field. */
export type Issues = Record<string, { key: string; values?: Record<string, string | number> }>;

const CODE = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

function decimals(value: number) {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

function checkNumber(issues: Issues, field: string, text: string, min: number, max: number, places: number, required = false) {
  const value = parseDecimal(text);
  if (value == null) {
    if (required) issues[field] = { key: 'validation.required' };
    return;
  }
  if (Number.isNaN(value)) issues[field] = { key: 'validation.notANumber' };
  else if (value < min || value > max) issues[field] = { key: 'validation.range', values: { min, max } };
  else if (decimals(value) > places) issues[field] = { key: 'validation.decimals', values: { decimals: places } };
}

function checkText(issues: Issues, field: string, text: string, max: number, required = false) {
  if (required && !text.trim()) issues[field] = { key: 'validation.required' };
  else if (text.length > max) issues[field] = { key: 'validation.tooLong', values: { max } };
}

export type AreaDraft = { number: string; title: string };

export function validateArea(draft: AreaDraft): Issues {
  const issues: Issues = {};
  checkNumber(issues, 'number', draft.number, 1, 99, 0, true);
  checkText(issues, 'title', draft.title, 500, true);
  return issues;
}

export function areaInputOf(draft: AreaDraft): StrategicAreaInput {
  return { number: Number(parseDecimal(draft.number)), title: draft.title.trim() };
}

/** A saved area as its edit form starts. */
export function areaDraftOf(area: StrategicArea): AreaDraft {
  return { number: toInputNumber(area.number), title: area.title ?? '' };
}

export type ObjectiveDraft = {
  areaId: string;
  code: string;
  title: string;
  weight: string;
  responsibleStructureId: string;
  programmingLink: string;
  deadline: string;
  notes: string;
  timelineNumber: string;
  timelineTitle: string;
};

export function validateObjective(draft: ObjectiveDraft): Issues {
  const issues: Issues = {};
  if (!draft.areaId) issues.areaId = { key: 'validation.required' };
  if (!draft.code.trim()) issues.code = { key: 'validation.required' };
  else if (!CODE.test(draft.code.trim()) || draft.code.trim().length > 16) issues.code = { key: 'validation.code' };
  checkText(issues, 'title', draft.title, 1000, true);
  checkNumber(issues, 'weight', draft.weight, 0, 100, 2);
  if (!draft.responsibleStructureId) issues.responsibleStructureId = { key: 'validation.required' };
  checkText(issues, 'programmingLink', draft.programmingLink, 500);
  checkText(issues, 'notes', draft.notes, 10_000);
  checkNumber(issues, 'timelineNumber', draft.timelineNumber, 1, 999, 0);
  checkText(issues, 'timelineTitle', draft.timelineTitle, 1000);
  return issues;
}

export function objectiveInputOf(draft: ObjectiveDraft): ObjectiveInput {
  return {
    areaId: Number(draft.areaId),
    code: draft.code.trim(),
    title: draft.title.trim(),
    weight: parseDecimal(draft.weight) ?? undefined,
    responsibleStructureId: Number(draft.responsibleStructureId),
    programmingLink: draft.programmingLink.trim() || undefined,
    deadline: draft.deadline || undefined,
    notes: draft.notes.trim() || undefined,
    timelineNumber: parseDecimal(draft.timelineNumber) ?? null,
    timelineTitle: draft.timelineTitle.trim() || undefined,
  };
}

export function objectiveDraftOf(objective: Objective): ObjectiveDraft {
  return {
    areaId: objective.areaId != null ? String(objective.areaId) : '',
    code: objective.code ?? '',
    title: objective.title ?? '',
    weight: toInputNumber(objective.weight),
    responsibleStructureId: objective.responsibleStructureId != null ? String(objective.responsibleStructureId) : '',
    programmingLink: objective.programmingLink ?? '',
    deadline: objective.deadline ?? '',
    notes: objective.notes ?? '',
    timelineNumber: toInputNumber(objective.timelineNumber),
    timelineTitle: objective.timelineTitle ?? '',
  };
}

/** The kinds of indicator, in the order the forms offer them. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['TIMELINE', 'RATIO', 'RATIO_PLANNED', 'DIRECT'];

export type IndicatorDraft = {
  description: string;
  kind: IndicatorKind;
  /** '' until chosen: the backend then applies the default of the kind. */
  judgedAgainst: '' | JudgedAgainst;
  numeratorLabel: string;
  denominatorLabel: string;
  plannedQuantity: string;
  baselineValue: string;
  baselineReference: string;
  targetValue: string;
  nextYearsTargetValue: string;
  nextYearsTargetRule: string;
  planningNote: string;
};

export function validateIndicator(draft: IndicatorDraft): Issues {
  const issues: Issues = {};
  checkText(issues, 'description', draft.description, 1000, true);
  checkText(issues, 'numeratorLabel', draft.numeratorLabel, 500);
  checkText(issues, 'denominatorLabel', draft.denominatorLabel, 500);
  if (draft.kind === 'RATIO_PLANNED') {
    checkNumber(issues, 'plannedQuantity', draft.plannedQuantity, 0.0001, 1_000_000_000_000, 4, true);
  } else if (draft.plannedQuantity.trim()) {
    issues.plannedQuantity = { key: 'admin.plannedQuantityOnlyForPlanned' };
  }
  checkNumber(issues, 'baselineValue', draft.baselineValue, 0, 1_000_000, 6);
  checkText(issues, 'baselineReference', draft.baselineReference, 100);
  checkNumber(issues, 'targetValue', draft.targetValue, 0, 1_000_000, 6);
  checkNumber(issues, 'nextYearsTargetValue', draft.nextYearsTargetValue, 0, 1_000_000, 6);
  checkText(issues, 'nextYearsTargetRule', draft.nextYearsTargetRule, 255);
  if (draft.nextYearsTargetValue.trim() && draft.nextYearsTargetRule.trim()) {
    issues.nextYearsTargetRule = { key: 'admin.valueOrRule' };
  }
  checkText(issues, 'planningNote', draft.planningNote, 10_000);
  return issues;
}

export function indicatorInputOf(draft: IndicatorDraft): IndicatorInput {
  return {
    description: draft.description.trim(),
    kind: draft.kind,
    judgedAgainst: draft.judgedAgainst || undefined,
    numeratorLabel: draft.numeratorLabel.trim() || undefined,
    denominatorLabel: draft.denominatorLabel.trim() || undefined,
    plannedQuantity: parseDecimal(draft.plannedQuantity) ?? undefined,
    baselineValue: parseDecimal(draft.baselineValue) ?? undefined,
    baselineReference: draft.baselineReference.trim() || undefined,
    targetValue: parseDecimal(draft.targetValue) ?? undefined,
    nextYearsTargetValue: parseDecimal(draft.nextYearsTargetValue) ?? undefined,
    nextYearsTargetRule: draft.nextYearsTargetRule.trim() || undefined,
    planningNote: draft.planningNote.trim() || undefined,
  };
}

export function indicatorDraftOf(indicator: Indicator): IndicatorDraft {
  return {
    description: indicator.description ?? '',
    kind: indicator.kind ?? 'TIMELINE',
    judgedAgainst: indicator.judgedAgainst ?? '',
    numeratorLabel: indicator.numeratorLabel ?? '',
    denominatorLabel: indicator.denominatorLabel ?? '',
    plannedQuantity: toInputNumber(indicator.plannedQuantity),
    baselineValue: toInputNumber(indicator.baselineValue),
    baselineReference: indicator.baselineReference ?? '',
    targetValue: toInputNumber(indicator.targetValue),
    nextYearsTargetValue: toInputNumber(indicator.nextYearsTargetValue),
    nextYearsTargetRule: indicator.nextYearsTargetRule ?? '',
    planningNote: indicator.planningNote ?? '',
  };
}

export type PhaseDraft = {
  number: string;
  description: string;
  plannedStart: string;
  plannedEnd: string;
  weight: string;
  output: string;
  responsible: string;
};

export function validatePhase(draft: PhaseDraft): Issues {
  const issues: Issues = {};
  checkNumber(issues, 'number', draft.number, 1, 99, 0, true);
  checkText(issues, 'description', draft.description, 2000, true);
  if (!draft.plannedStart) issues.plannedStart = { key: 'validation.required' };
  if (!draft.plannedEnd) issues.plannedEnd = { key: 'validation.required' };
  else if (draft.plannedStart && draft.plannedEnd < draft.plannedStart) issues.plannedEnd = { key: 'admin.endBeforeStart' };
  checkNumber(issues, 'weight', draft.weight, 0, 100, 2);
  checkText(issues, 'output', draft.output, 1000);
  checkText(issues, 'responsible', draft.responsible, 500);
  return issues;
}

export function phaseInputOf(draft: PhaseDraft): PhaseInput {
  return {
    number: Number(parseDecimal(draft.number)),
    description: draft.description.trim(),
    plannedStart: draft.plannedStart,
    plannedEnd: draft.plannedEnd,
    weight: parseDecimal(draft.weight) ?? undefined,
    output: draft.output.trim() || undefined,
    responsible: draft.responsible.trim() || undefined,
  };
}

export function phaseDraftOf(phase: Phase): PhaseDraft {
  return {
    number: toInputNumber(phase.number),
    description: phase.description ?? '',
    plannedStart: phase.plannedStart ?? '',
    plannedEnd: phase.plannedEnd ?? '',
    weight: toInputNumber(phase.weight),
    output: phase.output ?? '',
    responsible: phase.responsible ?? '',
  };
}
