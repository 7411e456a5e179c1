import { describe, expect, it } from 'vitest';
import type { Count } from '@/types/api';
import { cumulativeSeries, endOfMonth, groupCountsByMonth, monthOf, proRata, TOTAL_UNIT } from '@/features/report/utils/counts';

const count = (over: Partial<Count>): Count => ({
  id: 1,
  component: 'NUMERATOR',
  from: '2021-01-01',
  to: '2021-01-31',
  territorialUnit: null,
  value: 0,
  ...over,
});

// The seeded 2021 figure of 1.5's remote interviews: one total for the first half-year.
const halfYear = count({ id: 1, from: '2021-01-01', to: '2021-06-30', value: 37787 });

const monthly: Count[] = [
  count({ id: 1, from: '2021-01-01', to: '2021-01-31', territorialUnit: 'FI-PO', value: 3000 }),
  count({ id: 2, from: '2021-01-01', to: '2021-01-31', territorialUnit: 'AR-SI', value: 1000 }),
  count({ id: 3, from: '2021-02-01', to: '2021-02-28', territorialUnit: 'FI-PO', value: 2500 }),
  count({ id: 4, from: '2021-02-01', to: '2021-02-28', territorialUnit: null, value: 10 }),
  count({ id: 5, component: 'DENOMINATOR', from: '2021-01-01', to: '2021-01-31', territorialUnit: 'FI-PO', value: 8000 }),
];

describe('monthOf', () => {
  it('shouldPlaceAFigureAtTheMonthItsSpanEnds', () => {
    expect(monthOf(halfYear)).toBe('2021-06');
  });
});

describe('groupCountsByMonth', () => {
  it('shouldPutTheSeededHalfYearTotalInJuneUnderTheTotalColumnAndSayItSpansSeveralMonths', () => {
    const grid = groupCountsByMonth([halfYear], 'NUMERATOR');
    expect(grid.units).toEqual([TOTAL_UNIT]);
    expect(grid.rows).toHaveLength(1);
    expect(grid.rows[0].month).toBe('2021-06');
    expect(grid.rows[0].cells[TOTAL_UNIT].value).toBe(37787);
    expect(grid.hasLongSpans).toBe(true);
  });

  it('shouldSortUnitsAlphabeticallyWithTheTotalColumnLast', () => {
    expect(groupCountsByMonth(monthly, 'NUMERATOR').units).toEqual(['AR-SI', 'FI-PO', TOTAL_UNIT]);
  });

  it('shouldSumEachMonthAcrossUnitsAndKeepTheFiguresOfEachCell', () => {
    const grid = groupCountsByMonth(monthly, 'NUMERATOR');
    expect(grid.rows.map((row) => [row.month, row.total])).toEqual([
      ['2021-01', 4000],
      ['2021-02', 2510],
    ]);
    expect(grid.rows[0].cells['FI-PO'].counts.map((c) => c.id)).toEqual([1]);
    expect(grid.rows[1].cells['AR-SI']).toBeUndefined();
    expect(grid.hasLongSpans).toBe(false);
  });

  it('shouldKeepTheComponentsApart', () => {
    const grid = groupCountsByMonth(monthly, 'DENOMINATOR');
    expect(grid.units).toEqual(['FI-PO']);
    expect(grid.rows.map((row) => row.total)).toEqual([8000]);
  });

  it('shouldOrderMonthsWhateverTheOrderOfTheFigures', () => {
    const grid = groupCountsByMonth([...monthly].reverse(), 'NUMERATOR');
    expect(grid.rows.map((row) => row.month)).toEqual(['2021-01', '2021-02']);
  });
});

describe('proRata and endOfMonth', () => {
  it('shouldExpect181Of365ThsOfTheTargetAtTheEndOfJune2021', () => {
    expect(endOfMonth('2021-06')).toBe('2021-06-30');
    expect(endOfMonth('2024-02')).toBe('2024-02-29');
    expect(proRata(100, 2021, '2021-06-30')).toBeCloseTo(49.589, 3);
    expect(proRata(100, 2021, '2021-12-31')).toBe(100);
  });
});

describe('cumulativeSeries', () => {
  it('shouldReachTheInterimValueOf188935InJuneAgainstAPlannedQuantityOf20000', () => {
    const points = cumulativeSeries({ counts: [halfYear], year: 2021, plannedQuantity: 20000, target: 100, until: '2021-06' });
    expect(points.map((p) => p.month)).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06']);
    expect(points[4].value).toBe(0);
    expect(points[5].value).toBeCloseTo(188.935, 6);
    expect(points[5].expected).toBeCloseTo(49.589, 3);
  });

  it('shouldDivideByTheDenominatorCountsWithoutAPlannedQuantityAndHaveNoProRata', () => {
    const points = cumulativeSeries({ counts: monthly, year: 2021, plannedQuantity: null, target: 50, until: '2021-01' });
    expect(points.map((p) => p.month)).toEqual(['2021-01', '2021-02']);
    expect(points[0].value).toBe(50);
    expect(points[1]).toMatchObject({ numerator: 6510, denominator: 8000, expected: null });
  });

  it('shouldLeaveTheValueEmptyWhileThereIsNothingToDivideBy', () => {
    const points = cumulativeSeries({ counts: [], year: 2021, plannedQuantity: null, target: 50, until: '2021-03' });
    expect(points.map((p) => p.value)).toEqual([null, null, null]);
  });
});
