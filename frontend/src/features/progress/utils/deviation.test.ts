import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { deviationReasons, deviationText } from '@/features/progress/utils/deviation';

const t = initI18n('it').t;
const en = initI18n('en').t;

describe('deviationReasons', () => {
  it('shouldFindAnIndicatorAssessedLateBehind', () => {
    expect(deviationReasons({ assessmentStep: '5', expectedValue: null, suggestionReasonCode: 'PHASE_LATE' })).toEqual(['LATE_STEP']);
    expect(deviationReasons({ assessmentStep: '4', expectedValue: null, suggestionReasonCode: null })).toEqual(['LATE_STEP']);
  });

  it('shouldFindAValueBelowItsProRataShareBehind', () => {
    expect(deviationReasons({ assessmentStep: '3', expectedValue: 49.59, suggestionReasonCode: 'BELOW_PRO_RATA' })).toEqual([
      'BELOW_PRO_RATA',
    ]);
  });

  it('shouldFindAValueHeldToItsPaceBelowTheTargetAtTheFinalPeriodBehind', () => {
    expect(deviationReasons({ assessmentStep: '', expectedValue: 100, suggestionReasonCode: 'BELOW_TARGET' })).toEqual([
      'BELOW_PRO_RATA',
    ]);
  });

  it('shouldNotFindALevelBelowItsTargetBehindUnlessAssessedLate', () => {
    // Customer satisfaction (4.1) is judged against its target, not a pace: no expected share.
    expect(deviationReasons({ assessmentStep: '3', expectedValue: null, suggestionReasonCode: 'BELOW_TARGET' })).toEqual([]);
  });

  it('shouldGiveBothReasonsInTheBackendsOrder', () => {
    expect(deviationReasons({ assessmentStep: '5', expectedValue: 49.59, suggestionReasonCode: 'BELOW_PRO_RATA' })).toEqual([
      'LATE_STEP',
      'BELOW_PRO_RATA',
    ]);
  });

  it('shouldFindNothingOnTrack', () => {
    expect(deviationReasons({ assessmentStep: '3', expectedValue: 49.59, suggestionReasonCode: 'ON_PRO_RATA' })).toEqual([]);
  });
});

describe('deviationText', () => {
  it('shouldSayWhyTheIndicatorIsBehindWithItsFigures', () => {
    expect(deviationText(t, ['LATE_STEP', 'BELOW_PRO_RATA'], { step: '5', value: 30, expected: 49.589 })).toBe(
      "valutazione 5 · in ritardo; valore 30,00% sotto l'atteso pro rata di 49,59%",
    );
    expect(deviationText(en, ['BELOW_PRO_RATA'], { step: '', value: 30, expected: 49.589 })).toBe(
      'value 30,00% below the pro-rata share of 49,59%',
    );
  });
});
