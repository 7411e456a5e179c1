import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '@/features/collection/utils/deadline';

describe('deadlineStatus', () => {
  it('shouldCountTheDaysLeftBeforeTheDeadline', () => {
    expect(deadlineStatus('2021-07-15', '2021-07-12')).toEqual({ kind: 'ahead', days: 3 });
    expect(deadlineStatus('2021-07-15', '2021-07-14')).toEqual({ kind: 'ahead', days: 1 });
  });

  it('shouldSayTheDeadlineIsTodayOnItsLastDay', () => {
    expect(deadlineStatus('2021-07-15', '2021-07-15')).toEqual({ kind: 'today' });
  });

  it('shouldCountTheDaysPastTheDeadline', () => {
    expect(deadlineStatus('2021-07-15', '2021-07-16')).toEqual({ kind: 'overdue', days: 1 });
    expect(deadlineStatus('2021-06-30', '2021-08-01')).toEqual({ kind: 'overdue', days: 32 });
  });

  it('shouldCountCalendarDaysAcrossTheSummerTimeChange', () => {
    expect(deadlineStatus('2021-03-29', '2021-03-27')).toEqual({ kind: 'ahead', days: 2 });
    expect(deadlineStatus('2021-11-01', '2021-10-30')).toEqual({ kind: 'ahead', days: 2 });
  });
});
