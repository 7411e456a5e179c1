import { describe, expect, it } from 'vitest';
import type { Indicator, Objective, Phase } from '@/types/api';
import {
  areaDraftOf,
  indicatorDraftOf,
  indicatorInputOf,
  objectiveDraftOf,
  objectiveInputOf,
  phaseDraftOf,
  phaseInputOf,
  validateArea,
  validateIndicator,
  validateObjective,
  validatePhase,
} from '@/features/plan-admin/utils/drafts';

// 1.5's second indicator as the 2021 plan defines it.
const remoteInterviews: Indicator = {
  id: 12,
  position: 2,
  description: 'Colloqui erogati attraverso i servizi a distanza',
  kind: 'RATIO_PLANNED',
  numeratorLabel: 'Numero colloqui erogati attraverso i servizi a distanza',
  plannedQuantity: 20000,
  baselineValue: 0,
  baselineReference: '2020',
  targetValue: 100,
  nextYearsTargetRule: 'Mantenimento',
  planningNote: 'Quantità prevista dal piano regionale',
  version: 3,
};

const objective: Objective = {
  id: 5,
  areaId: 1,
  code: '1.5',
  title: 'Servizi a distanza',
  weight: 8,
  notes: 'Nota',
  responsibleStructureId: 2,
  programmingLink: 'PRS 2021',
  deadline: '2021-12-31',
  timelineNumber: 4,
  timelineTitle: 'Servizi online',
};

const phase: Phase = {
  id: 19,
  number: 2,
  description: 'Messa in esercizio',
  output: 'Servizio attivo',
  plannedStart: '2021-07-01',
  plannedEnd: '2021-12-31',
  responsible: 'Ufficio sistemi',
  weight: 40,
};

describe('edit drafts', () => {
  it('shouldStartTheIndicatorFormFromEverySavedFieldAndSendThemBack', () => {
    const draft = indicatorDraftOf(remoteInterviews);
    expect(draft).toMatchObject({ plannedQuantity: '20000', targetValue: '100', nextYearsTargetRule: 'Mantenimento' });
    expect(validateIndicator(draft)).toEqual({});
    expect(indicatorInputOf(draft)).toEqual({
      description: remoteInterviews.description,
      kind: 'RATIO_PLANNED',
      numeratorLabel: remoteInterviews.numeratorLabel,
      denominatorLabel: undefined,
      plannedQuantity: 20000,
      baselineValue: 0,
      baselineReference: '2020',
      targetValue: 100,
      nextYearsTargetValue: undefined,
      nextYearsTargetRule: 'Mantenimento',
      planningNote: 'Quantità prevista dal piano regionale',
    });
  });

  it('shouldReadATargetTypedTheItalianWay', () => {
    expect(indicatorInputOf({ ...indicatorDraftOf(remoteInterviews), targetValue: '87,5' }).targetValue).toBe(87.5);
  });

  it('shouldRoundTripEveryFieldOfAnObjective', () => {
    const draft = objectiveDraftOf(objective);
    expect(validateObjective(draft)).toEqual({});
    expect(objectiveInputOf(draft)).toEqual({
      areaId: 1,
      code: '1.5',
      title: 'Servizi a distanza',
      weight: 8,
      notes: 'Nota',
      responsibleStructureId: 2,
      programmingLink: 'PRS 2021',
      deadline: '2021-12-31',
      timelineNumber: 4,
      timelineTitle: 'Servizi online',
    });
  });

  it('shouldClearTheTimelineNumberWhenEmptied', () => {
    expect(objectiveInputOf({ ...objectiveDraftOf(objective), timelineNumber: '' }).timelineNumber).toBeNull();
  });

  it('shouldRoundTripEveryPlanningFieldOfAPhase', () => {
    const draft = phaseDraftOf(phase);
    expect(validatePhase(draft)).toEqual({});
    expect(phaseInputOf(draft)).toEqual({
      number: 2,
      description: 'Messa in esercizio',
      output: 'Servizio attivo',
      plannedStart: '2021-07-01',
      plannedEnd: '2021-12-31',
      responsible: 'Ufficio sistemi',
      weight: 40,
    });
  });

  it('shouldStartTheAreaFormFromItsNumberAndTitle', () => {
    expect(areaDraftOf({ id: 1, number: 1, title: 'Servizi per il lavoro' })).toEqual({ number: '1', title: 'Servizi per il lavoro' });
  });
});

describe('edit validation', () => {
  const indicator = indicatorDraftOf(remoteInterviews);

  it('shouldRefuseANextYearsValueAndRuleTogether', () => {
    expect(validateIndicator({ ...indicator, nextYearsTargetValue: '100' }).nextYearsTargetRule?.key).toBe('admin.valueOrRule');
  });

  it('shouldRefuseANegativeNextYearsTarget', () => {
    expect(validateIndicator({ ...indicator, nextYearsTargetRule: '', nextYearsTargetValue: '-1' }).nextYearsTargetValue?.key).toBe(
      'validation.range',
    );
  });

  it('shouldRefuseARuleLongerThan255Characters', () => {
    expect(validateIndicator({ ...indicator, nextYearsTargetRule: 'x'.repeat(256) }).nextYearsTargetRule?.key).toBe('validation.tooLong');
  });

  it('shouldRefuseAPlanningNoteLongerThan10000Characters', () => {
    expect(validateIndicator({ ...indicator, planningNote: 'x'.repeat(10_001) }).planningNote?.key).toBe('validation.tooLong');
  });

  it('shouldRefuseATargetThatIsNotANumber', () => {
    expect(validateIndicator({ ...indicator, targetValue: 'cento' }).targetValue?.key).toBe('validation.notANumber');
  });

  it('shouldRefuseAPlannedQuantityOnAnIndicatorThatIsNotAgainstAPlan', () => {
    expect(validateIndicator({ ...indicator, kind: 'RATIO' }).plannedQuantity?.key).toBe('admin.plannedQuantityOnlyForPlanned');
  });

  it('shouldRefuseATimelineNumberOutside1To999', () => {
    expect(validateObjective({ ...objectiveDraftOf(objective), timelineNumber: '1000' }).timelineNumber?.key).toBe('validation.range');
    expect(validateObjective({ ...objectiveDraftOf(objective), timelineNumber: '2,5' }).timelineNumber?.key).toBe('validation.decimals');
  });

  it('shouldRefuseNotesLongerThan10000Characters', () => {
    expect(validateObjective({ ...objectiveDraftOf(objective), notes: 'x'.repeat(10_001) }).notes?.key).toBe('validation.tooLong');
  });

  it('shouldRefuseAPhaseOutputLongerThan1000AndAnOwnerLongerThan500Characters', () => {
    const issues = validatePhase({ ...phaseDraftOf(phase), output: 'x'.repeat(1001), responsible: 'x'.repeat(501) });
    expect(issues.output?.key).toBe('validation.tooLong');
    expect(issues.responsible?.key).toBe('validation.tooLong');
  });

  it('shouldRefuseAnAreaWithoutTitle', () => {
    expect(validateArea({ number: '1', title: ' ' }).title?.key).toBe('validation.required');
  });
});
