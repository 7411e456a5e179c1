import { describe, expect, it } from 'vitest';
import { objectiveByCode } from '@/testing/fixtures/report-2021';
import { formatEpochDay, toEpochDay } from '@/utils/format';
import { distinctLabels, ganttModel, monthStarts, positionOf, markerCaptionSide } from '@/features/report/utils/gantt';

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

  it('shouldTellApartTwoPhasesWhoseDescriptionsStartAlike', () => {
    const [first, second] = model.rows.map((row) => row.shortLabel);
    expect(first).not.toEqual(second);
    expect(first.length).toBeLessThanOrEqual(48);
    expect(first).toMatch(/cittadini$/);
    expect(second).toMatch(/imprese$/);
    expect(model.rows[1].description).toBe('Adozione del decreto Arti che approva le linee guida dei servizi erogati alle imprese');
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

describe('ganttModel on timeline 8 (objective 2.3)', () => {
  const { objective } = objectiveByCode('2.3');
  const model = ganttModel(objective.phases ?? [], '2021-06-30');

  it('shouldMarkTheActualEndOnTheRowOfThePhaseThatEnded', () => {
    const byNumber = new Map(model.rows.map((row) => [row.number, row]));
    expect(byNumber.get(1)?.actualEnd).toBeNull();
    expect(byNumber.get(1)?.status).toBe('IN_PROGRESS');
    expect(byNumber.get(2)?.actualEnd).toBe(toEpochDay('2021-03-03'));
    expect(byNumber.get(2)?.status).toBe('COMPLETED');
  });

  it('shouldPlaceTheActualEndInsideTheAxis', () => {
    const left = positionOf(model, toEpochDay('2021-03-03'));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(25);
  });
});

describe('distinctLabels', () => {
  it('shouldKeepShortDescriptionsWhole', () => {
    expect(distinctLabels(['Promozione eventi programmati'], 48)).toEqual(['Promozione eventi programmati']);
  });

  it('shouldCutALongDescriptionAtTheEndWhenNoOtherSharesTheCut', () => {
    const [label] = distinctLabels(['Sperimentazione delle procedure inerenti il servizio IVC su specifici target'], 30);
    expect(label).toBe('Sperimentazione delle procedu…');
  });

  it('shouldKeepHeadAndTailWhenTwoCutsWouldLookAlike', () => {
    const labels = distinctLabels(['Decreto che approva le linee guida per i cittadini', 'Decreto che approva le linee guida per le imprese'], 30);
    expect(labels[0]).not.toEqual(labels[1]);
    expect(labels).toEqual(['Decreto che ap…er i cittadini', 'Decreto che ap…per le imprese']);
  });
});

describe('positionOf', () => {
  it('shouldGiveThePercentOfTheAxis', () => {
    expect(positionOf({ min: 100, max: 200 }, 150)).toBe(50);
    expect(positionOf({ min: 100, max: 100 }, 150)).toBe(0);
  });
});

describe('markerCaptionSide', () => {
  it('shouldKeepTheDateInsideTheChartNearEitherEnd', () => {
    // 31/12 on a year's chart: a centred date would stick out on the right.
    expect(markerCaptionSide(100)).toBe('end');
    expect(markerCaptionSide(90)).toBe('end');
    expect(markerCaptionSide(0)).toBe('start');
    expect(markerCaptionSide(49.6)).toBe('centre');
  });
});
