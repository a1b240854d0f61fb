import { isShowableTime } from '../domain/time-range';
import type { Language } from '../domain/types';
import type { I18n } from './i18n-context';
import { relativeParts } from './relative-parts';
import { translate } from './translate';

/**
 * Keeps one Intl formatter per set of options: building one costs far more than using it,
 * and lists format a date or number on every row.
 */
function cachedBy<O, F>(make: (options: O | undefined) => F): (options: O | undefined) => F {
  const cache = new Map<string, F>();
  return (options) => {
    const key = JSON.stringify(options ?? null);
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = make(options);
      cache.set(key, formatter);
    }
    return formatter;
  };
}

/**
 * Builds the translation and formatting functions for one language. A time no Date can hold
 * (a stored value from an old database or a damaged file) reads as "unknown date" instead of
 * throwing: Intl throws a RangeError for it, and one bad row must not take a screen down.
 */
export function createI18n(language: Language): I18n {
  const unknownDate = () => translate(language, 'common.unknownDate');
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const dateFormat = cachedBy(
    (options: Intl.DateTimeFormatOptions | undefined) =>
      new Intl.DateTimeFormat(language, options ?? { dateStyle: 'medium' }),
  );
  const numberFormat = cachedBy(
    (options: Intl.NumberFormatOptions | undefined) => new Intl.NumberFormat(language, options),
  );
  return {
    language,
    t: (key, ...vars) => translate(language, key, ...vars),
    formatDate: (at, options) =>
      isShowableTime(at) ? dateFormat(options).format(at) : unknownDate(),
    formatDateTime: (at) => (isShowableTime(at) ? dateTime.format(at) : unknownDate()),
    formatNumber: (value, options) => numberFormat(options).format(value),
    formatRelativeDays: (days) =>
      Number.isFinite(days) ? relative.format(days, 'day') : unknownDate(),
    formatDaysAgo: (days) => {
      if (!Number.isFinite(days)) return unknownDate();
      const { amountAgo, unit } = relativeParts(days);
      return relative.format(-amountAgo, unit);
    },
    formatList: (items) => list.format(items),
  };
}
