import type { Language } from '../domain/types';
import type { I18n } from './i18n-context';
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

/** Builds the translation and formatting functions for one language. */
export function createI18n(language: Language): I18n {
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
    t: (key, vars) => translate(language, key, vars),
    formatDate: (at, options) => dateFormat(options).format(at),
    formatDateTime: (at) => dateTime.format(at),
    formatNumber: (value, options) => numberFormat(options).format(value),
    formatRelativeDays: (days) => relative.format(days, 'day'),
    formatList: (items) => list.format(items),
  };
}
