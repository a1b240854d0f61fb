// Calendar days in the user's time zone. Times are stored as UTC epoch milliseconds; "days
// since the last touch" and weeks are counted in local calendar days, so a touch at 23:30
// is "1 day ago" at 00:30 the next morning, and a day across a daylight-saving change is
// still one day (23 or 25 hours long).
//
// A local day is named by its *day number*: whole days since 1970-01-01 of the local
// calendar (day 0 = Thursday 1970-01-01). Offsets come from Intl (the platform's tz data)
// and are cached per UTC day, because Intl is slow (≈ 5 µs a call) and the weekly list
// asks for the local day of thousands of instants. The cache is a memo of a pure function,
// so every function here stays deterministic. It assumes at most one offset change within
// any 24 hours, which holds for the tz database in every year people log touches in.

import type { EpochMs } from '../types';

/** One day of 24 hours, in milliseconds (a unit for durations, not for calendar days). */
export const DAY_MS = 86_400_000;
const SECOND_MS = 1_000;
/** Past this many cached UTC days per zone (≈ 55 years) the cache starts over. */
const CACHE_LIMIT_DAYS = 20_000;

/** The offsets of one UTC day: `before` until `switchAt`, `after` from then on. */
type DayOffsets = { before: number; after: number; switchAt: number };
type ZoneCache = { format: Intl.DateTimeFormat; days: Map<number, DayOffsets> };

const zoneCaches = new Map<string, ZoneCache>();

function cacheFor(timeZone: string): ZoneCache {
  let cache = zoneCaches.get(timeZone);
  if (!cache) {
    // Throws a RangeError for a time zone the platform does not know.
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    cache = { format, days: new Map() };
    zoneCaches.set(timeZone, cache);
  }
  return cache;
}

/** The zone's offset from UTC at instant t, in ms, straight from Intl (second precision). */
function intlOffsetMs(format: Intl.DateTimeFormat, t: EpochMs): number {
  const wholeSecond = Math.floor(t / SECOND_MS) * SECOND_MS;
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of format.formatToParts(wholeSecond)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value;
    else if (part.type === 'minute') minute = value;
    else if (part.type === 'second') second = value;
  }
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 as written
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - wholeSecond;
}

function offsetsOfUtcDay(format: Intl.DateTimeFormat, utcDay: number): DayOffsets {
  const start = utcDay * DAY_MS;
  const end = start + DAY_MS;
  const before = intlOffsetMs(format, start);
  const after = intlOffsetMs(format, end);
  if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY };
  // The offset changes within this day: find the first whole second with the new offset.
  let low = start; // has `before`
  let high = end; // has `after`
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / (2 * SECOND_MS)) * SECOND_MS;
    if (intlOffsetMs(format, middle) === before) low = middle;
    else high = middle;
  }
  return { before, after, switchAt: high };
}

/** The time zone's offset from UTC at instant t, in ms (positive east of Greenwich). */
export function zoneOffsetMs(t: EpochMs, timeZone: string): number {
  const cache = cacheFor(timeZone);
  const utcDay = Math.floor(t / DAY_MS);
  let offsets = cache.days.get(utcDay);
  if (!offsets) {
    if (cache.days.size >= CACHE_LIMIT_DAYS) cache.days.clear();
    offsets = offsetsOfUtcDay(cache.format, utcDay);
    cache.days.set(utcDay, offsets);
  }
  return t < offsets.switchAt ? offsets.before : offsets.after;
}

/** The local calendar day of instant t, as a day number (days since 1970-01-01). */
export function localDayNumber(t: EpochMs, timeZone: string): number {
  return Math.floor((t + zoneOffsetMs(t, timeZone)) / DAY_MS);
}

/**
 * Calendar days from `from` to `to` in the time zone: 0 on the same local day, 1 from
 * yesterday, negative when `to` is earlier. Daylight-saving changes do not shift it.
 */
export function daysBetween(from: EpochMs, to: EpochMs, timeZone: string): number {
  return localDayNumber(to, timeZone) - localDayNumber(from, timeZone);
}

/**
 * The first instant of a local day. Usually local midnight; where midnight falls into a
 * daylight-saving gap (e.g. America/Santiago in September) the day starts at the end of
 * the gap, and where midnight happens twice the first one counts.
 */
export function startOfLocalDay(dayNumber: number, timeZone: string): EpochMs {
  const localMidnight = dayNumber * DAY_MS;
  // The offsets a day before and after the wanted midnight bracket it (one change at most).
  const offsetEarlier = zoneOffsetMs(localMidnight - DAY_MS, timeZone);
  const offsetLater = zoneOffsetMs(localMidnight + DAY_MS, timeZone);
  const candidates = [localMidnight - offsetEarlier, localMidnight - offsetLater].filter(
    (t) => t + zoneOffsetMs(t, timeZone) === localMidnight,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // Midnight does not exist: find the first instant whose local day is the wanted day.
  let low = Math.min(localMidnight - offsetEarlier, localMidnight - offsetLater);
  let high = Math.max(localMidnight - offsetEarlier, localMidnight - offsetLater);
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (localDayNumber(middle, timeZone) >= dayNumber) high = middle;
    else low = middle;
  }
  return high;
}

/** Day of the week of a day number: 0 Sunday, 1 Monday, … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export type CivilDate = { year: number; month: number; day: number };

/** The calendar date (month 1–12) of a day number. */
export function civilDateOf(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A day number as 'YYYY-MM-DD' (the key week plans are stored under). */
export function dayKeyOf(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a 'YYYY-MM-DD' key, or undefined when it is not a real date. */
export function dayNumberOfKey(key: string): number | undefined {
  const match = DAY_KEY.exec(key);
  if (!match) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const dayNumber = Math.floor(date.getTime() / DAY_MS);
  return dayKeyOf(dayNumber) === key ? dayNumber : undefined;
}

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
