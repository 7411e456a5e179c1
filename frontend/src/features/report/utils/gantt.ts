import type { ReportPhase } from '@/types/api';
import { toEpochDay } from '@/utils/format';

export type GanttRow = {
  number: number;
  /** The whole description, for the tooltip and for screen readers. */
  description: string;
  /** The description cut to fit beside the bar, still telling this phase apart from the others. */
  shortLabel: string;
  /** Planned span in epoch days, the end day included. */
  planned: [number, number];
  actualEnd: number | null;
  status: NonNullable<ReportPhase['status']>;
};

export type GanttModel = { rows: GanttRow[]; min: number; max: number; marker: number | null; monthStarts: number[] };

export const MAX_LABEL = 48;

/**
 * Cuts descriptions to `max` characters so that no two look alike: a cut that two phases share (both phases of
 * 1.7 start with the same 48 characters) keeps the head and the tail instead, where they differ.
 */
export function distinctLabels(texts: string[], max: number = MAX_LABEL): string[] {
  const cut = (text: string) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
  const headAndTail = (text: string) => {
    const half = Math.floor((max - 1) / 2);
    return `${text.slice(0, half).trimEnd()}…${text.slice(text.length - half).trimStart()}`;
  };
  const first = texts.map(cut);
  return texts.map((text, index) =>
    text.length > max && first.some((other, j) => j !== index && other === first[index]) ? headAndTail(text) : first[index],
  );
}

/** The first day of every month between two epoch days, for the axis ticks. */
export function monthStarts(min: number, max: number): number[] {
  const ticks: number[] = [];
  const start = new Date(min * 86_400_000);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  for (;;) {
    const day = Date.UTC(year, month, 1) / 86_400_000;
    if (day > max) break;
    if (day >= min) ticks.push(day);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return ticks;
}

/** Where a day falls on the axis, in percent of its width. */
export function positionOf(model: Pick<GanttModel, 'min' | 'max'>, day: number): number {
  const span = model.max - model.min;
  return span > 0 ? ((day - model.min) / span) * 100 : 0;
}

/**
 * Lays a timeline out on a day axis: one row per phase with its planned bar and, on that same row, its actual end;
 * the period's date as the marker.
 */
export function ganttModel(phases: ReportPhase[], periodDate: string | null | undefined): GanttModel {
  const placed = phases.filter((phase) => phase.plannedStart && phase.plannedEnd);
  const labels = distinctLabels(placed.map((phase) => phase.description ?? ''));
  const rows = placed.map((phase, index) => ({
    number: phase.number ?? index + 1,
    description: phase.description ?? '',
    shortLabel: labels[index],
    planned: [toEpochDay(phase.plannedStart!), toEpochDay(phase.plannedEnd!) + 1] as [number, number],
    actualEnd: phase.actualEnd ? toEpochDay(phase.actualEnd) : null,
    status: phase.status ?? 'NOT_STARTED',
  }));
  const marker = periodDate ? toEpochDay(periodDate) : null;
  const days = rows.flatMap((row) => [row.planned[0], row.planned[1], ...(row.actualEnd != null ? [row.actualEnd] : [])]);
  if (marker != null) days.push(marker);
  if (days.length === 0) return { rows, min: 0, max: 0, marker, monthStarts: [] };
  // Whole months on both sides, so that the first and last bars do not touch the frame.
  const first = new Date(Math.min(...days) * 86_400_000);
  const last = new Date(Math.max(...days) * 86_400_000);
  const min = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) / 86_400_000;
  const lastIsMonthStart = last.getUTCDate() === 1;
  const max = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + (lastIsMonthStart ? 0 : 1), 1) / 86_400_000;
  return { rows, min, max, marker, monthStarts: monthStarts(min, max) };
}

/**
 * Where the period line's date sits against its line (at `marker`% of the chart): centred, except near either end,
 * where a centred date would stick out of the chart and make a phone's page scroll sideways (31/12 at the year's end).
 */
export function markerCaptionSide(marker: number): 'start' | 'centre' | 'end' {
  if (marker > 85) return 'end';
  if (marker < 15) return 'start';
  return 'centre';
}
