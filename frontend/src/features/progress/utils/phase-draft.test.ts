import { describe, expect, it } from 'vitest';
import { phaseDraftOf, phaseInputOf, validatePhaseDraft, type PhaseDraft } from '@/features/progress/utils/phase-draft';

const empty: PhaseDraft = { actualEnd: '', partialProgress: '', monitoringNote: '', dataSource: '' };
const today = '2026-11-26';

describe('validatePhaseDraft', () => {
  it('shouldAcceptAnEmptyDraft', () => {
    expect(validatePhaseDraft(empty, today)).toEqual({});
  });

  it('shouldAcceptTheActualEndOfPhase1OfTimeline6', () => {
    expect(validatePhaseDraft({ ...empty, actualEnd: '2021-03-02' }, today)).toEqual({});
  });

  it('shouldRefuseAnActualEndInTheFuture', () => {
    expect(validatePhaseDraft({ ...empty, actualEnd: '2026-11-27' }, today).actualEnd?.key).toBe('validation.notInFuture');
  });

  it('shouldRefusePartialProgressAbove100', () => {
    expect(validatePhaseDraft({ ...empty, partialProgress: '140' }, today).partialProgress).toEqual({
      key: 'validation.range',
      values: { min: 0, max: 100 },
    });
  });

  it('shouldRefuseMoreThanTwoDecimals', () => {
    expect(validatePhaseDraft({ ...empty, partialProgress: '12,345' }, today).partialProgress?.key).toBe('validation.decimals');
  });

  it('shouldRefuseText', () => {
    expect(validatePhaseDraft({ ...empty, partialProgress: 'metà' }, today).partialProgress?.key).toBe('validation.notANumber');
  });

  it('shouldRefuseADataSourceLongerThan500', () => {
    expect(validatePhaseDraft({ ...empty, dataSource: 'x'.repeat(501) }, today).dataSource?.key).toBe('validation.tooLong');
  });
});

describe('phase drafts and requests', () => {
  it('shouldSendEmptyFieldsAsAbsentSoThatTheyAreCleared', () => {
    expect(phaseInputOf({ ...empty, partialProgress: '40,5', monitoringNote: '  ' })).toEqual({
      actualEnd: undefined,
      partialProgress: 40.5,
      monitoringNote: undefined,
      dataSource: undefined,
    });
  });

  it('shouldFillTheFormFromThePhase', () => {
    expect(phaseDraftOf({ actualEnd: '2021-03-31', partialProgress: 12.5, dataSource: 'Direzione' })).toEqual({
      actualEnd: '2021-03-31',
      partialProgress: '12,5',
      monitoringNote: '',
      dataSource: 'Direzione',
    });
  });
});
