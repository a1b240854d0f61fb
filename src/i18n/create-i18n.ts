import type { Language } from '../domain/types';
import type { I18n } from './i18n-context';
import { translate } from './translate';

/** Builds the translation and formatting functions for one language. */
export function createI18n(language: Language): I18n {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  return {
    language,
    t: (key, vars) => translate(language, key, vars),
    formatDate: (at, options = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(language, options).format(at),
    formatDateTime: (at) => dateTime.format(at),
    formatNumber: (value, options) => new Intl.NumberFormat(language, options).format(value),
    formatRelativeDays: (days) => relative.format(days, 'day'),
  };
}
