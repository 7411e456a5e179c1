import { toEpochDay } from '@/utils/format';

/** How a deadline stands on a day of the agency's calendar: days still left, due today, or days past. */
export type DeadlineStatus = { kind: 'ahead'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

/** Both are ISO dates of the agency's calendar (Europe/Rome): the deadline is the last day, so on it nothing is late. */
export function deadlineStatus(deadline: string, today: string): DeadlineStatus {
  const days = toEpochDay(deadline) - toEpochDay(today);
  if (days > 0) return { kind: 'ahead', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
}
