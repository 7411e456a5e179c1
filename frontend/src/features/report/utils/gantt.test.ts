import { describe, expect, it } from 'vitest';
import { objectiveByCode } from '@/testing/fixtures/report-2021';
import { formatEpochDay, toEpochDay } from '@/utils/format';
import { ganttModel, monthStarts } from '@/features/report/utils/gantt';

describe('ganttModel', () => {
  const { objective } = objectiveByCode('1.7');
  const model = ganttModel(objective.phases ?? [], '2021-06-30');

  it('shouldLayOneRowPerPhaseWithItsPlannedSpan', () => {
    expect(model.rows).toHaveLength(2);
    expect(formatEpochDay(model.rows[0].planned[0])).toBe('04/01/2021');
    expect(formatEpochDay(model.rows[0].planned[1] - 1)).toBe('30/06/2021');
  });

  it('shouldPlaceTheActualEndOfTheCompletedPhase', () => {
    expect(model.rows[0].actualEnd).toBe(toEpochDay('2021-03-02'));
    expect(model.rows[0].status).toBe('COMPLETED');
    expect(model.rows[1].actualEnd).toBeNull();
  });

  it('shouldMarkThePeriodDate', () => {
    expect(model.marker).toBe(toEpochDay('2021-06-30'));
  });

  it('shouldSpanWholeMonthsOfTheYear', () => {
    expect(formatEpochDay(model.min)).toBe('01/01/2021');
    expect(formatEpochDay(model.max)).toBe('01/01/2022');
    expect(model.monthStarts).toHaveLength(13);
  });

  it('shouldBeEmptyWithoutPhases', () => {
    expect(ganttModel([], null).rows).toEqual([]);
  });
});

describe('monthStarts', () => {
  it('shouldListTheFirstDayOfEachMonth', () => {
    const ticks = monthStarts(toEpochDay('2021-01-15'), toEpochDay('2021-04-01'));
    expect(ticks.map(formatEpochDay)).toEqual(['01/02/2021', '01/03/2021', '01/04/2021']);
  });
});
