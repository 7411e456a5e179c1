import { describe, expect, it } from 'vitest';
import { resultDraftOf, resultInputOf, validateResultDraft, type ResultDraft } from '@/features/progress/utils/result-draft';

const empty: ResultDraft = { enteredValue: '', enteredJustification: '', monitoringNote: '', dataSource: '', assessmentStep: '' };

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

describe('result drafts and requests', () => {
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
