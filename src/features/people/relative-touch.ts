import type { Language } from '../../domain/types';
import { relativeParts } from '../../i18n/relative-parts';

const DAY_MS = 24 * 60 * 60 * 1000; // 1 day

/**
 * Whole calendar days from `at` to `now` in the user's time zone: a touch last night is
 * "yesterday" even if it was only two hours ago. Rounding absorbs daylight-saving shifts.
 */
export function calendarDaysBetween(at: number, now: number): number {
  const startOf = (time: number) => new Date(time).setHours(0, 0, 0, 0);
  return Math.round((startOf(now) - startOf(at)) / DAY_MS);
}

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

/**
 * "yesterday", "3 weeks ago", "för 2 månader sedan": how long ago a touch was. A time no Date
 * can hold gives '' (Intl would throw): the date beside it says "unknown date".
 */
export function formatTouchAgo(at: number, now: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    formatters.set(language, formatter);
  }
  const days = calendarDaysBetween(at, now);
  if (!Number.isFinite(days)) return '';
  const { amountAgo, unit } = relativeParts(days);
  return formatter.format(-amountAgo, unit);
}
