import type { ReportPhase } from '@/types/api';
import { toEpochDay } from '@/utils/format';

export type GanttRow = {
  label: string;
  /** Planned span in epoch days, the end day included. */
  planned: [number, number];
  actualEnd: number | null;
  status: NonNullable<ReportPhase['status']>;
};

export type GanttModel = { rows: GanttRow[]; min: number; max: number; marker: number | null; monthStarts: number[] };

const MAX_LABEL = 48;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
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

/** Lays a timeline out on a day axis: planned bars, actual ends, and the period's date as the marker. */
export function ganttModel(phases: ReportPhase[], periodDate: string | null | undefined): GanttModel {
  const rows = phases
    .filter((phase) => phase.plannedStart && phase.plannedEnd)
    .map((phase) => ({
      label: shorten(`${phase.number}. ${phase.description ?? ''}`),
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
