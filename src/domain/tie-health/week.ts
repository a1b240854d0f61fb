// The week an instant belongs to, in the user's time zone and with the user's week start
// (Settings.weekStartDay: 0 Sunday … 6 Saturday, Monday by default). A week is seven local
// calendar days, so across a daylight-saving change it lasts 167 or 169 hours.

import type { EpochMs } from '../types';
import { dayKeyOf, dayNumberOfKey, localDayNumber, startOfLocalDay, weekdayOf } from './zone-days';

/** Monday, the week start used when the setting is missing or not a weekday 0–6. */
export const DEFAULT_WEEK_START_DAY = 1;

export type WeekRange = {
  /** The week's first local day as 'YYYY-MM-DD' (the key of a stored week plan). */
  weekStart: string;
  /** Day number (days since 1970-01-01, local calendar) of the first day. */
  firstDay: number;
  /** First instant of the week, inclusive. */
  startMs: EpochMs;
  /** First instant of the next week, exclusive. */
  endMs: EpochMs;
};

/** A valid week start day (integer 0–6), else Monday. */
export function weekStartDayOf(weekStartDay: number): number {
  return Number.isInteger(weekStartDay) && weekStartDay >= 0 && weekStartDay <= 6
    ? weekStartDay
    : DEFAULT_WEEK_START_DAY;
}

/** The week beginning on a given local day number (which should be a week start day). */
export function weekFromFirstDay(firstDay: number, timeZone: string): WeekRange {
  return {
    weekStart: dayKeyOf(firstDay),
    firstDay,
    startMs: startOfLocalDay(firstDay, timeZone),
    endMs: startOfLocalDay(firstDay + 7, timeZone),
  };
}

/** The week that instant t falls in. */
export function weekOf(t: EpochMs, timeZone: string, weekStartDay: number): WeekRange {
  const day = localDayNumber(t, timeZone);
  const daysIntoWeek = (weekdayOf(day) - weekStartDayOf(weekStartDay) + 7) % 7;
  return weekFromFirstDay(day - daysIntoWeek, timeZone);
}

/** The week of a stored plan's 'YYYY-MM-DD' key, or undefined when the key is no date. */
export function weekOfKey(weekStart: string, timeZone: string): WeekRange | undefined {
  const firstDay = dayNumberOfKey(weekStart);
  return firstDay === undefined ? undefined : weekFromFirstDay(firstDay, timeZone);
}

/** True when instant t lies in the week (start inclusive, end exclusive). */
export function isInWeek(t: EpochMs, week: Pick<WeekRange, 'startMs' | 'endMs'>): boolean {
  return t >= week.startMs && t < week.endMs;
}
