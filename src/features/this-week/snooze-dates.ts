// When a snooze ends. A snooze ends at the start of a local day, so "1 week" from a
// Wednesday brings the person back on next Wednesday's list, whatever the hour it was set.
import {
  civilDateOf,
  dayKeyOf,
  dayNumberOfKey,
  isLeapYear,
  localDayNumber,
  startOfLocalDay,
} from '../../domain/tie-health';
import { isStorableDay } from '../../domain/time-range';
import type { EpochMs } from '../../domain/types';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** The start of the local day `days` days after today. */
export function snoozeForDays(now: EpochMs, timeZone: string, days: number): EpochMs {
  return startOfLocalDay(localDayNumber(now, timeZone) + days, timeZone);
}

/** The start of the same day next month (31 January → 28 or 29 February). */
export function snoozeForMonth(now: EpochMs, timeZone: string): EpochMs {
  const { year, month, day } = civilDateOf(localDayNumber(now, timeZone));
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextDay = Math.min(day, daysInMonth(nextYear, nextMonth));
  const key = `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-${String(nextDay).padStart(2, '0')}`;
  return startOfLocalDay(dayNumberOfKey(key) ?? localDayNumber(now, timeZone) + 30, timeZone);
}

/** The first day a snooze can end on (tomorrow), as 'YYYY-MM-DD' for a date input's min. */
export function firstSnoozeDayKey(now: EpochMs, timeZone: string): string {
  return dayKeyOf(localDayNumber(now, timeZone) + 1);
}

/**
 * The start of a picked day ('YYYY-MM-DD'), or undefined unless it is a day after today
 * inside the years a backup carries (domain/time-range.ts).
 */
export function snoozeUntilDay(key: string, now: EpochMs, timeZone: string): EpochMs | undefined {
  const day = dayNumberOfKey(key);
  if (day === undefined || day <= localDayNumber(now, timeZone) || !isStorableDay(key)) {
    return undefined;
  }
  return startOfLocalDay(day, timeZone);
}
