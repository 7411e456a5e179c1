import { describe, expect, it } from 'vitest';
import { objectiveByCode } from '@/testing/fixtures/report-2021';
import { hasNotes, shownValue, timelineNotStarted } from '@/features/report/utils/indicator-value';

const first = (code: string) => objectiveByCode(code).objective.indicators![0];
const second = (code: string) => objectiveByCode(code).objective.indicators![1];

describe('the value shown for an indicator', () => {
  it('shouldShowNoValueForATimelineNoPhaseOfWhichHasProgressed', () => {
    expect(timelineNotStarted(first('1.1'))).toBe(true);
    expect(shownValue(first('1.1'))).toBeNull();
    expect(shownValue(first('1.3'))).toBeNull();
  });

  it('shouldShowTheComputedValueOfATimelineThatHasProgressed', () => {
    expect(timelineNotStarted(first('2.3'))).toBe(false);
    expect(shownValue(first('2.3'))).toBe(5);
  });

  it('shouldShowAnEnteredZeroAndARatioAsTheyAre', () => {
    expect(shownValue({ ...first('1.1'), valueSource: 'ENTERED', enteredValue: 0 })).toBe(0);
    expect(shownValue(second('1.5'))).toBeCloseTo(188.935);
  });
});

describe('hasNotes', () => {
  it('shouldFindThePlanningAndMonitoringNotesOf1_5', () => {
    expect(hasNotes(second('1.5'))).toBe(true);
    expect(hasNotes({ planningNote: null, monitoringNote: '', dataSource: null })).toBe(false);
  });
});
