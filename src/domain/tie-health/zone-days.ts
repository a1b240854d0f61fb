// Calendar days in the user's time zone. Times are stored as UTC epoch milliseconds; "days
// since the last touch" and weeks are counted in local calendar days, so a touch at 23:30
// is "1 day ago" at 00:30 the next morning, and a day across a daylight-saving change is
// still one day (23 or 25 hours long).
//
// A local day is named by its *day number*: whole days since 1970-01-01 of the local
// calendar (day 0 = Thursday 1970-01-01). Offsets come from Intl (the platform's tz data).
// Intl is slow (5–40 µs a call) and the weekly list asks for the local day of thousands of
// instants, so offsets are cached per zone in blocks of 4 UTC days: one Intl call per
// block boundary, plus a binary search in the rare block where the offset changes. That
// relies on a zone never changing its offset twice within 4 days; across all 418 zones
// of the tz database from 1990 to 2040 the shortest stretch between changes is 7 days
// (America/Boa_Vista, 2000). The cache memoises a pure function, so everything here stays
// deterministic.

import type { EpochMs } from '../types';

/** One day of 24 hours, in milliseconds (a unit for durations, not for calendar days). */
export const DAY_MS = 86_400_000;
const SECOND_MS = 1_000;
/** Offsets are cached per block of 4 UTC days, in ms (see the module comment). */
const BLOCK_MS = 4 * DAY_MS;
/** Past this many cached blocks per zone (≈ 55 years) the cache starts over. */
const CACHE_LIMIT_BLOCKS = 5_000;

/** The offsets of one block: `before` until `switchAt`, `after` from then on. */
type BlockOffsets = { before: number; after: number; switchAt: number };
type ZoneCache = {
  format: Intl.DateTimeFormat;
  /** Offset at the first instant of each block, shared by neighbouring blocks. */
  boundaries: Map<number, number>;
  blocks: Map<number, BlockOffsets>;
};

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
    cache = { format, boundaries: new Map(), blocks: new Map() };
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

function boundaryOffset(cache: ZoneCache, block: number): number {
  let offset = cache.boundaries.get(block);
  if (offset === undefined) {
    offset = intlOffsetMs(cache.format, block * BLOCK_MS);
    cache.boundaries.set(block, offset);
  }
  return offset;
}

function offsetsOfBlock(cache: ZoneCache, block: number): BlockOffsets {
  const before = boundaryOffset(cache, block);
  const after = boundaryOffset(cache, block + 1);
  if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY };
  // The offset changes within this block: find the first whole second with the new offset.
  let low = block * BLOCK_MS; // has `before`
  let high = low + BLOCK_MS; // has `after`
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / (2 * SECOND_MS)) * SECOND_MS;
    if (intlOffsetMs(cache.format, middle) === before) low = middle;
    else high = middle;
  }
  return { before, after, switchAt: high };
}

/** The time zone's offset from UTC at instant t, in ms (positive east of Greenwich). */
export function zoneOffsetMs(t: EpochMs, timeZone: string): number {
  const cache = cacheFor(timeZone);
  const block = Math.floor(t / BLOCK_MS);
  let offsets = cache.blocks.get(block);
  if (!offsets) {
    if (cache.blocks.size >= CACHE_LIMIT_BLOCKS) {
      cache.blocks.clear();
      cache.boundaries.clear();
    }
    offsets = offsetsOfBlock(cache, block);
    cache.blocks.set(block, offsets);
  }
  return t < offsets.switchAt ? offsets.before : offsets.after;
}

/** The local calendar day of instant t, as a day number (days since 1970-01-01). */
export function localDayNumber(t: EpochMs, timeZone: string): number {
  return Math.floor((t + zoneOffsetMs(t, timeZone)) / DAY_MS);
}

/** localDayNumber for one time zone, resolved once: for loops over many people. */
export type DayCounter = (t: EpochMs) => number;

export function localDayCounter(timeZone: string): DayCounter {
  const cache = cacheFor(timeZone);
  return (t) => {
    const offsets = cache.blocks.get(Math.floor(t / BLOCK_MS));
    if (!offsets) return localDayNumber(t, timeZone);
    const offset = t < offsets.switchAt ? offsets.before : offsets.after;
    return Math.floor((t + offset) / DAY_MS);
  };
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
