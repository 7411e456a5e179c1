import type { TFunction } from 'i18next';
import type { Collection, CollectionItem, CollectionOutstanding, CollectionPart, CollectionPartState, Me } from '@/types/api';
import { formatDate } from '@/utils/format';

export const PART_STATES: readonly CollectionPartState[] = ['OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

/**
 * The parts a person answers for: an editor's structures'; every part for an administrator, who may submit on a
 * structure's behalf.
 */
export function partsFor(me: Me | null | undefined, collection: Collection): CollectionPart[] {
  const parts = collection.parts ?? [];
  if (me?.role === 'ADMINISTRATOR') return parts;
  if (me?.role !== 'EDITOR') return [];
  const mine = new Set(me.structures ?? []);
  return parts.filter((part) => part.structureCode != null && mine.has(part.structureCode));
}

/** Each structure's part state, by structure id: what the dashboard says beside each objective. */
export function stateByStructure(collection: Collection): Map<number, CollectionPartState> {
  const states = new Map<number, CollectionPartState>();
  for (const part of collection.parts ?? []) {
    if (part.structureId != null && part.state) states.set(part.structureId, part.state);
  }
  return states;
}

/** How many parts are in each state, every state present. */
export function tally(parts: readonly CollectionPart[]): Record<CollectionPartState, number> {
  const counts = { OPEN: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
  for (const part of parts) if (part.state) counts[part.state] += 1;
  return counts;
}

/** "2 strutture: 1 da compilare, 1 inviata, 0 restituite, 0 accettate." */
export function tallyText(t: TFunction, parts: readonly CollectionPart[]): string {
  const counts = tally(parts);
  const states = PART_STATES.map((state) => t(`board.tallyState.${state}`, { count: counts[state] }));
  return `${t('board.tallyStructures', { count: parts.length })}: ${states.join(', ')}.`;
}

/** "3 giorni prima della scadenza, il giorno della scadenza, poi ogni 2 giorni finché la parte non è inviata". */
export function scheduleText(t: TFunction, collection: Collection): string {
  const lead = collection.leadDays ?? 0;
  const before = lead > 0 ? t('board.scheduleLead', { count: lead }) : t('board.scheduleNoLead');
  return `${before}, ${t('board.scheduleAfter', { count: collection.everyDays ?? 1 })}`;
}

/** Editors may submit a part still with them: never handed in, or handed back. */
export function isWithStructure(state: CollectionPartState | undefined): boolean {
  return state === 'OPEN' || state === 'RETURNED';
}

/** "2 indicatori, 1 fase dovuta al periodo, 1 fase in ritardo", or that nothing is missing. */
export function outstandingText(t: TFunction, outstanding: CollectionOutstanding | undefined): string {
  const pieces = [
    outstanding?.indicators ? t('collection.outstanding.indicators', { count: outstanding.indicators }) : null,
    outstanding?.phasesDue ? t('collection.outstanding.phasesDue', { count: outstanding.phasesDue }) : null,
    outstanding?.phasesLate ? t('collection.outstanding.phasesLate', { count: outstanding.phasesLate }) : null,
  ].filter((piece): piece is string => piece != null);
  return pieces.length ? pieces.join(', ') : t('collection.outstanding.none');
}

/** "Obiettivo 1.2, indicatore 1" or "Obiettivo 1.7, fase 2": the name a link to the item carries. */
export function itemName(t: TFunction, item: CollectionItem): string {
  return t(item.kind === 'PHASE' ? 'collection.item.phase' : 'collection.item.indicator', {
    code: item.objectiveCode,
    number: item.number,
  });
}

/** What is asked of the item, in words: "manca il valore", "in ritardo: fine prevista 31/03/2021 superata". */
export function itemReasons(t: TFunction, item: CollectionItem, periodDate: string | undefined): string[] {
  return (item.reasons ?? []).map((reason) =>
    t(`collection.reason.${reason}`, { date: formatDate(periodDate), plannedEnd: formatDate(item.plannedEnd) }),
  );
}

const FIELD_KEYS = new Set(['state', 'deadline', 'message', 'reason', 'deviationExplanation', 'correctiveActions']);

/**
 * The words for a field a problem of the cycle names: "correctiveActions" → "Interventi correttivi". A field with a
 * path ("results[3].correctiveActions") keeps the path beside the words; an unknown field stays as named.
 */
export function problemFieldLabel(t: TFunction, field: string): string {
  const cut = field.lastIndexOf('.');
  const name = field.slice(cut + 1);
  if (!FIELD_KEYS.has(name)) return field;
  const label = t(`collection.fields.${name}`);
  return cut > 0 ? `${label} (${field.slice(0, cut)})` : label;
}
