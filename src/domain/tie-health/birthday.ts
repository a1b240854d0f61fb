// Birthdays in a week. A birthday may be stored without a year. Someone born on 29
// February celebrates on 28 February in common years (staying in their month), so every
// birthday falls on exactly one day each year.

import type { Birthday } from '../types';
import { civilDateOf, dayKeyOf, isLeapYear } from './zone-days';

export type BirthdayThisWeek = {
  /** The local day it is celebrated this week, 'YYYY-MM-DD'. */
  date: string;
  /** Days from the week's first day (0–6). */
  dayOfWeek: number;
  /** The age they turn, when the birth year is known. */
  turnsAge?: number | undefined;
};

const monthDayKey = (month: number, day: number): number => month * 100 + day;
const LEAP_DAY = monthDayKey(2, 29);

/** Finds the day of the week (if any) a birthday is celebrated on. */
export type WeekBirthdayFinder = (birthday: Birthday | undefined) => BirthdayThisWeek | undefined;

/** A finder for the seven local days starting at day number `firstDay`. */
export function birthdayFinderForWeek(firstDay: number): WeekBirthdayFinder {
  // month·100 + day → [days from week start, year of that day]
  const days = new Map<number, [number, number]>();
  for (let offset = 0; offset < 7; offset += 1) {
    const { year, month, day } = civilDateOf(firstDay + offset);
    days.set(monthDayKey(month, day), [offset, year]);
    if (month === 2 && day === 28 && !isLeapYear(year)) days.set(LEAP_DAY, [offset, year]);
  }
  return (birthday) => {
    if (!birthday) return undefined;
    const found = days.get(monthDayKey(birthday.month, birthday.day));
    if (!found) return undefined;
    const [dayOfWeek, year] = found;
    const age = birthday.year === undefined ? undefined : year - birthday.year;
    return {
      date: dayKeyOf(firstDay + dayOfWeek),
      dayOfWeek,
      turnsAge: age !== undefined && age > 0 ? age : undefined,
    };
  };
}
