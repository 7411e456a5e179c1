import { describe, expect, it } from 'vitest';
import { weightTotal } from '@/features/plan-admin/utils/weights';
import { validateObjective, validatePhase } from '@/features/plan-admin/utils/drafts';

describe('weightTotal', () => {
  it('shouldSumThe2021WeightsTo77WithThreeMissing', () => {
    const weights = ['6', '8', '8', '', '', '4', '8', '5', '4', '5', '8', '6', '8', '7', ''];
    expect(weightTotal(weights)).toEqual({ sum: 77, missing: 3, invalid: 0, complete: false });
  });

  it('shouldBeCompleteAtExactly100WithItalianDecimals', () => {
    expect(weightTotal(['33,33', '33,33', '33,34'])).toEqual({ sum: 100, missing: 0, invalid: 0, complete: true });
  });

  it('shouldCountWeightsOutOfRangeAsInvalid', () => {
    expect(weightTotal(['120', '50']).invalid).toBe(1);
  });
});

describe('plan structure drafts', () => {
  const objective = {
    areaId: '1',
    code: '1.8',
    title: 'Nuovo obiettivo',
    weight: '5',
    responsibleStructureId: '1',
    programmingLink: '',
    deadline: '',
    notes: '',
    timelineNumber: '',
    timelineTitle: '',
  };

  it('shouldAcceptAnObjectiveLikeTheBackend', () => {
    expect(validateObjective(objective)).toEqual({});
  });

  it('shouldRefuseACodeThatIsNotDotted', () => {
    expect(validateObjective({ ...objective, code: '1..8' }).code?.key).toBe('validation.code');
  });

  it('shouldRefuseAWeightAbove100', () => {
    expect(validateObjective({ ...objective, weight: '101' }).weight?.key).toBe('validation.range');
  });

  it('shouldRefuseAPhaseEndingBeforeItStarts', () => {
    expect(
      validatePhase({ number: '1', description: 'Fase', plannedStart: '2021-06-01', plannedEnd: '2021-05-31', weight: '', output: '', responsible: '' })
        .plannedEnd?.key,
    ).toBe('admin.endBeforeStart');
  });
});
