import { describe, expect, it } from 'vitest';
import { resultDraftOf, resultInputOf, validateResultDraft, type ResultDraft } from '@/features/progress/utils/result-draft';

const empty: ResultDraft = {
  enteredValue: '',
  enteredJustification: '',
  monitoringNote: '',
  dataSource: '',
  assessmentStep: '',
  deviationExplanation: '',
  correctiveActions: '',
};

describe('validateResultDraft', () => {
  it('shouldRequireAJustificationToOverrideATimelineValue', () => {
    expect(validateResultDraft({ ...empty, enteredValue: '30' }, 'TIMELINE').enteredJustification?.key).toBe(
      'validation.justificationRequired',
    );
  });

  it('shouldAcceptTheOverrideOf1_2WithItsJustification', () => {
    expect(
      validateResultDraft(
        { ...empty, enteredValue: '30', enteredJustification: "Valore riportato nell'Allegato A" },
        'TIMELINE',
      ),
    ).toEqual({});
  });

  it('shouldNotRequireAJustificationForADirectValue', () => {
    expect(validateResultDraft({ ...empty, enteredValue: '95' }, 'DIRECT')).toEqual({});
  });

  it('shouldRefuseANegativeValue', () => {
    expect(validateResultDraft({ ...empty, enteredValue: '-1' }, 'DIRECT').enteredValue?.key).toBe('validation.range');
  });

  it('shouldRefuseMoreThanSixDecimals', () => {
    expect(validateResultDraft({ ...empty, enteredValue: '1,1234567' }, 'DIRECT').enteredValue?.key).toBe(
      'validation.decimals',
    );
  });
});

describe('validateResultDraft, deviations', () => {
  it('shouldRequireTheExplanationOfADeviationWhenTheIndicatorIsBehind', () => {
    expect(validateResultDraft({ ...empty, assessmentStep: '5' }, 'DIRECT', true).deviationExplanation?.key).toBe(
      'validation.deviationExplanationRequired',
    );
    expect(validateResultDraft({ ...empty, deviationExplanation: '   ' }, 'DIRECT', true).deviationExplanation?.key).toBe(
      'validation.deviationExplanationRequired',
    );
  });

  it('shouldAcceptALateIndicatorWithItsExplanationAndNoCorrectiveActionsYet', () => {
    const late = { ...empty, assessmentStep: '5', deviationExplanation: 'Convenzione con la Regione firmata in ritardo' };
    expect(validateResultDraft(late, 'DIRECT', true)).toEqual({});
  });

  it('shouldNotAskForAnExplanationWhenTheIndicatorIsNotBehind', () => {
    expect(validateResultDraft({ ...empty, assessmentStep: '3' }, 'DIRECT', false)).toEqual({});
  });

  it('shouldRefuseExplanationsAndActionsLongerThanTheBackendKeeps', () => {
    const long = 'x'.repeat(10_001);
    const issues = validateResultDraft({ ...empty, deviationExplanation: long, correctiveActions: long }, 'DIRECT');
    expect(issues.deviationExplanation?.key).toBe('validation.tooLong');
    expect(issues.correctiveActions?.key).toBe('validation.tooLong');
  });
});

describe('result drafts and requests', () => {
  it('shouldSendTheExplanationAndTheActionsTrimmedAndLeaveOutBlankOnes', () => {
    const input = resultInputOf({ ...empty, deviationExplanation: '  Ritardo della convenzione ', correctiveActions: ' ' });
    expect(input.deviationExplanation).toBe('Ritardo della convenzione');
    expect(input.correctiveActions).toBeUndefined();
  });

  it('shouldStartFromTheStoredExplanationAndActions', () => {
    const draft = resultDraftOf({ deviationExplanation: 'Ritardo', correctiveActions: 'Nuovo bando entro settembre' });
    expect(draft).toMatchObject({ deviationExplanation: 'Ritardo', correctiveActions: 'Nuovo bando entro settembre' });
  });

  it('shouldSendNoAssessmentAsNull', () => {
    expect(resultInputOf(empty).assessmentStep).toBeNull();
  });

  it('shouldSendTheChosenStepAsANumber', () => {
    expect(resultInputOf({ ...empty, assessmentStep: '3', enteredValue: '30' })).toMatchObject({
      assessmentStep: 3,
      enteredValue: 30,
    });
  });

  it('shouldStartEmptyWhenNothingWasReported', () => {
    expect(resultDraftOf(null)).toEqual(empty);
  });
});
