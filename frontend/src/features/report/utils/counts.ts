import type { Count, CountComponent } from '@/types/api';

/** The column of the figures counted as totals, without a territorial unit. */
export const TOTAL_UNIT = '';

/** A year and month as "2021-06". */
export type Month = string;

export type CountCell = { value: number; counts: Count[] };

export type CountsByMonth = {
  /** Territorial unit codes in alphabetical order, then TOTAL_UNIT when figures without unit exist. */
  units: string[];
  rows: { month: Month; cells: Record<string, CountCell>; total: number }[];
  /** Whether some figure covers more than one month: it is placed at the month its span ends. */
  hasLongSpans: boolean;
};

/** The month a figure belongs to: the one its span ends in, as the value at a period counts it from then on. */
export function monthOf(count: Count): Month {
  return (count.to ?? count.from ?? '').slice(0, 7);
}

function spansSeveralMonths(count: Count): boolean {
  return count.from != null && count.to != null && count.from.slice(0, 7) !== count.to.slice(0, 7);
}

/** The figures of one component as a month × territorial unit grid, months in order. */
export function groupCountsByMonth(counts: Count[], component: CountComponent): CountsByMonth {
  const mine = counts.filter((count) => count.component === component);
  const unitSet = new Set(mine.map((count) => count.territorialUnit ?? TOTAL_UNIT));
  const units = [...unitSet].filter((unit) => unit !== TOTAL_UNIT).sort();
  if (unitSet.has(TOTAL_UNIT)) units.push(TOTAL_UNIT);

  const byMonth = new Map<Month, Record<string, CountCell>>();
  for (const count of mine) {
    const month = monthOf(count);
    const cells = byMonth.get(month) ?? {};
    const unit = count.territorialUnit ?? TOTAL_UNIT;
    const cell = cells[unit] ?? { value: 0, counts: [] };
    cells[unit] = { value: cell.value + (count.value ?? 0), counts: [...cell.counts, count] };
    byMonth.set(month, cells);
  }
  const rows = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, cells]) => ({ month, cells, total: Object.values(cells).reduce((sum, cell) => sum + cell.value, 0) }));
  return { units, rows, hasLongSpans: mine.some(spansSeveralMonths) };
}

/** The last day of a month, as an ISO date. */
export function endOfMonth(month: Month): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, monthNumber, 0));
  return last.toISOString().slice(0, 10);
}

function dayOfYear(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** The target's share expected by a date at an even pace, as the backend computes it (1 January to the date inclusive). */
export function proRata(target: number, year: number, iso: string): number {
  return (target * dayOfYear(iso)) / daysInYear(year);
}

export type MonthPoint = {
  month: Month;
  numerator: number;
  denominator: number | null;
  /** The cumulative value in percent; null while there is nothing to divide by. */
  value: number | null;
  /** For an indicator against a planned quantity, the target's pro-rata share at the month's end. */
  expected: number | null;
};

type SeriesInput = {
  counts: Count[];
  year: number;
  /** The planned quantity the numerator is divided by (RATIO_PLANNED); otherwise the denominator counts are used. */
  plannedQuantity: number | null;
  target: number | null;
  /** The last month shown, e.g. the period's; the series also reaches the last month counted. */
  until: Month;
};

/** The value reached month by month, January to `until`, summing the figures whose spans end by each month's end. */
export function cumulativeSeries({ counts, year, plannedQuantity, target, until }: SeriesInput): MonthPoint[] {
  const lastCounted = counts.map(monthOf).sort().at(-1) ?? until;
  const last = [until, lastCounted, `${year}-01`].sort().at(-1)!;
  const months: Month[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
  }
  return months.map((month) => {
    const upTo = counts.filter((count) => monthOf(count) <= month);
    const sum = (component: CountComponent) =>
      upTo.filter((count) => count.component === component).reduce((total, count) => total + (count.value ?? 0), 0);
    const numerator = sum('NUMERATOR');
    const denominator = plannedQuantity ?? sum('DENOMINATOR');
    return {
      month,
      numerator,
      denominator,
      value: denominator ? (numerator / denominator) * 100 : null,
      expected: plannedQuantity != null && target != null ? proRata(target, year, endOfMonth(month)) : null,
    };
  });
}
