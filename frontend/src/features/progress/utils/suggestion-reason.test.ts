import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import type { Suggestion } from '@/types/api';
import { suggestionReason } from '@/features/progress/utils/suggestion-reason';

// 4.4's second indicator at 30% on 30/06/2021, as the backend answers it.
const belowPace: Suggestion = {
  step: 5,
  code: 'LATE',
  label: 'in ritardo',
  reasonCode: 'BELOW_PRO_RATA',
  reason:
    "Valore conseguito 30,00%: sotto la soglia di 45,87%, cioè l'atteso pro rata al 30/06/2021 di 49,59% (target " +
    "100,00% per la quota d'anno trascorsa 49,59%) ridotto della tolleranza del 7,50%.",
  reasonFacts: {
    date: '2021-06-30',
    value: 30,
    target: 100,
    expected: 49.58904109589041,
    yearShare: 49.58904109589041,
    threshold: 45.8698630136986,
    tolerance: 7.5,
    aheadFactor: null,
    aheadMarginDays: null,
    phases: null,
  },
};

// Objective 1.7: phase 1 closed on 02/03/2021, 120 days before its planned end.
const early: Suggestion = {
  step: 1,
  code: 'AHEAD',
  label: 'in anticipo',
  reasonCode: 'PHASE_EARLY',
  reason: 'Concluse con almeno 60 giorni di anticipo: fase 1 il 02/03/2021 (fine prevista 30/06/2021, 120 giorni prima).',
  reasonFacts: {
    date: '2021-06-30',
    aheadMarginDays: 60,
    phases: [{ number: 1, plannedEnd: '2021-06-30', actualEnd: '2021-03-02', daysEarly: 120 }],
  },
};

describe('suggestionReason', () => {
  it('shouldSayInItalianWhatTheBackendSays', () => {
    const { t } = initI18n('it');
    expect(suggestionReason(t, belowPace)).toBe(belowPace.reason);
    expect(suggestionReason(t, early)).toBe(early.reason);
  });

  it('shouldSayItInEnglishInTheEnglishView', () => {
    const { t } = initI18n('en');
    expect(suggestionReason(t, belowPace)).toBe(
      'Achieved value 30,00%: below the threshold of 45,87%, that is the pro-rata expectation at 30/06/2021 of 49,59% ' +
        '(target 100,00% for the share of the year gone, 49,59%) less the tolerance of 7,50%.',
    );
    expect(suggestionReason(t, early)).toBe(
      'Completed at least 60 days early: phase 1 on 02/03/2021 (planned end 30/06/2021, 120 days before).',
    );
  });

  it('shouldFallBackToTheBackendSentenceWithoutFacts', () => {
    const { t } = initI18n('en');
    expect(suggestionReason(t, { ...belowPace, reasonFacts: null })).toBe(belowPace.reason);
    expect(suggestionReason(t, { ...belowPace, reasonCode: 'SOMETHING_NEW' })).toBe(belowPace.reason);
  });
});
