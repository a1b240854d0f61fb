// The times Ties stores, and the times it can show.
//
// Every time in the data model is epoch milliseconds (UTC). JavaScript dates reach only
// ±8.64e15 ms (±100,000,000 days, about ±273,790 years); past that a Date is invalid and
// Intl refuses to format it ("Invalid time value"). Far inside that, Ties keeps its own
// plausible range for stored times: from 1900-01-01 until 2200-01-01 (UTC). Nobody logs a
// coffee before 1900, a due time is at most ten years (the longest cadence) after a touch,
// and the bounds are fixed rather than "now plus a century", so a file checked today is
// checked the same way tomorrow and the check needs no clock. Birthdays are not times: they
// are a day and month with an optional year of their own (types.ts Birthday).

/** The largest distance from the epoch a JavaScript Date can hold, in ms (100,000,000 days). */
export const MAX_DATE_MS = 8.64e15;

/** The earliest time Ties stores: 1900-01-01T00:00Z. */
export const EARLIEST_STORED_TIME = Date.UTC(1900, 0, 1);

/** The first time past what Ties stores: 2200-01-01T00:00Z. */
export const END_OF_STORED_TIMES = Date.UTC(2200, 0, 1);

/** The years of the stored range, as the screens and messages quote them. */
export const STORED_YEARS = { from: 1900, until: 2199 } as const;

/** True for a number a JavaScript Date can hold and Intl can format. */
export function isShowableTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_DATE_MS;
}

/** True for a time inside the range Ties stores (see the module comment). */
export function isStorableTime(value: unknown): value is number {
  return typeof value === 'number' && value >= EARLIEST_STORED_TIME && value < END_OF_STORED_TIMES;
}

/** True for a calendar day, YYYY-MM-DD, that exists and lies in the stored years. */
export function isStorableDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < STORED_YEARS.from || year > STORED_YEARS.until) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
