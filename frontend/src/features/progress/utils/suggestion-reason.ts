import type { TFunction } from 'i18next';
import type { ReasonFacts, Suggestion } from '@/types/api';
import { formatDate, formatPercent } from '@/utils/format';

/** The parameters every reason template may use, formatted as the rest of the app formats figures and dates. */
function parameters(facts: ReasonFacts) {
  return {
    date: formatDate(facts.date),
    value: formatPercent(facts.value),
    target: formatPercent(facts.target),
    expected: formatPercent(facts.expected),
    yearShare: formatPercent(facts.yearShare),
    threshold: formatPercent(facts.threshold),
    tolerance: formatPercent(facts.tolerance),
    aheadFactor: facts.aheadFactor != null ? String(facts.aheadFactor).replace('.', ',') : '',
    aheadMarginDays: facts.aheadMarginDays ?? 0,
  };
}

function phaseList(t: TFunction, facts: ReasonFacts, key: 'latePhase' | 'earlyPhase') {
  return (facts.phases ?? [])
    .map((phase) =>
      t(`suggestion.reasons.${key}`, {
        number: phase.number,
        plannedEnd: formatDate(phase.plannedEnd),
        actualEnd: formatDate(phase.actualEnd),
        count: phase.daysEarly ?? 0,
      }),
    )
    .join(', ');
}

/**
 * A suggestion's reason in the reader's language, from its code and facts; the backend's Italian sentence where the
 * facts are missing (reports frozen before they were recorded) or the code is one this app does not know.
 */
export function suggestionReason(t: TFunction, suggestion: Suggestion): string | undefined {
  const facts = suggestion.reasonFacts;
  const code = suggestion.reasonCode;
  if (!facts || !code) return suggestion.reason ?? undefined;
  const key = `suggestion.reasons.${code}`;
  const values = {
    ...parameters(facts),
    latePhases: phaseList(t, facts, 'latePhase'),
    earlyPhases: phaseList(t, facts, 'earlyPhase'),
  };
  const text = t(key, { ...values, defaultValue: '' });
  return text === '' ? (suggestion.reason ?? undefined) : text;
}
