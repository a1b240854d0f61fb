// The few fixed date forms import files use, read without a date library: LinkedIn's
// "15 Mar 2024" (English month abbreviations, whatever the member's language), the ISO 8601
// forms of vCard and Google CSV (1980-03-15, 19800315, --03-15, --0315), and Apple's
// year-less birthday written with the year 1604. Each is a regular expression and a table;
// no time zone is involved because these are calendar days, not instants.
import type { Birthday } from '../domain/types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$/i;
const ISO_DAY = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const YEARLESS_DAY = /^--(\d{2})-?(\d{2})$/;
/**
 * Apple writes a birthday without a year as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604 (1604 is
 * a leap year, so 29 February fits). Some phones write the year 0000 instead.
 */
const YEARLESS_MARKERS = new Set([1604, 0]);

/** Days in a month; without a year February has 29 (a year-less 29 February is a birthday). */
function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return isLeap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the day exists in the calendar (year optional). */
export function isValidBirthday(birthday: Birthday): boolean {
  const { month, day, year } = birthday;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (year !== undefined && (!Number.isInteger(year) || year < 1 || year > 9999)) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** YYYY-MM-DD, or --MM-DD without a year (ISO 8601's form for a day of any year). */
export function formatBirthday(birthday: Birthday): string {
  const monthDay = `${pad(birthday.month, 2)}-${pad(birthday.day, 2)}`;
  return birthday.year === undefined ? `--${monthDay}` : `${pad(birthday.year, 4)}-${monthDay}`;
}

/**
 * A birthday from vCard (any version) or Google CSV. `omitYear` is the value of Apple's
 * X-APPLE-OMIT-YEAR parameter, when the property had one. A time part is ignored. Returns
 * undefined when the text is not a whole calendar day (e.g. "1980-03" or free text).
 */
export function parseBirthday(text: string, omitYear?: string): Birthday | undefined {
  const value = text.trim().split('T')[0] ?? '';
  const yearless = YEARLESS_DAY.exec(value);
  if (yearless) {
    const birthday = { month: Number(yearless[1]), day: Number(yearless[2]) };
    return isValidBirthday(birthday) ? birthday : undefined;
  }
  const full = ISO_DAY.exec(value);
  if (!full) return undefined;
  const year = Number(full[1]);
  const isYearless =
    YEARLESS_MARKERS.has(year) || (omitYear !== undefined && Number(omitYear) === year);
  const birthday: Birthday = { month: Number(full[2]), day: Number(full[3]) };
  if (!isYearless) birthday.year = year;
  return isValidBirthday(birthday) ? birthday : undefined;
}

/** 1–12 for an English month name or its abbreviation ("Mar", "Sept", "March"); else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (month) =>
      month === lower || month.slice(0, 3) === lower || (lower === 'sept' && month === 'september'),
  );
  return index + 1;
}

/** LinkedIn's "Connected On" ("15 Mar 2024", or an ISO date) as YYYY-MM-DD; else undefined. */
export function parseConnectedOn(text: string): string | undefined {
  const value = text.trim();
  const iso = ISO_DAY.exec(value);
  const named = iso ? undefined : DAY_MONTH_YEAR.exec(value);
  let parts: Required<Birthday> | undefined;
  if (iso) {
    parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  } else if (named) {
    parts = { year: Number(named[3]), month: monthNumber(named[2] ?? ''), day: Number(named[1]) };
  }
  if (!parts || !isValidBirthday(parts)) return undefined;
  return formatBirthday(parts);
}
