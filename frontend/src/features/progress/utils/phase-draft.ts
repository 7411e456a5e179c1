import type { Phase, PhaseProgressInput } from '@/types/api';
import { parseDecimal, toInputNumber } from '@/utils/format';
import { checkLength, checkNumber, type Issues } from '@/features/progress/utils/validation';

/** What the phase progress form holds: text, exactly as typed. */
export type PhaseDraft = {
  actualEnd: string;
  partialProgress: string;
  monitoringNote: string;
  dataSource: string;
};

export type PhaseField = keyof PhaseDraft;
export const PHASE_FIELDS: readonly PhaseField[] = ['actualEnd', 'partialProgress', 'monitoringNote', 'dataSource'];

export function phaseDraftOf(phase: Phase | null | undefined): PhaseDraft {
  return {
    actualEnd: phase?.actualEnd ?? '',
    partialProgress: toInputNumber(phase?.partialProgress),
    monitoringNote: phase?.monitoringNote ?? '',
    dataSource: phase?.dataSource ?? '',
  };
}

/** The request body; an empty field clears the stored value, as the backend replaces all four. */
export function phaseInputOf(draft: PhaseDraft): PhaseProgressInput {
  const partial = parseDecimal(draft.partialProgress);
  return {
    actualEnd: draft.actualEnd || undefined,
    partialProgress: partial ?? undefined,
    monitoringNote: draft.monitoringNote.trim() || undefined,
    dataSource: draft.dataSource.trim() || undefined,
  };
}

/** The backend's rules for a phase's progress, checked before sending. */
export function validatePhaseDraft(draft: PhaseDraft, today: string): Issues<PhaseField> {
  const issues: Issues<PhaseField> = {};
  if (draft.actualEnd) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.actualEnd)) issues.actualEnd = { key: 'validation.date' };
    else if (draft.actualEnd > today) issues.actualEnd = { key: 'validation.notInFuture' };
  }
  const partial = checkNumber(parseDecimal(draft.partialProgress), { min: 0, max: 100, decimals: 2 });
  if (partial) issues.partialProgress = partial;
  const note = checkLength(draft.monitoringNote, 10_000);
  if (note) issues.monitoringNote = note;
  const source = checkLength(draft.dataSource, 500);
  if (source) issues.dataSource = source;
  return issues;
}
