import type { Message } from './define';
import { en, sv, type MessageKey } from './messages';
import type { Language } from '../domain/types';

export type { MessageKey };
export type MessageVars = Record<string, string | number>;

const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { en, sv };
const PLACEHOLDER = /\{(\w+)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumberFor(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

function pluralFormOf(language: Language, count: number): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * Looks up a message and fills its {placeholders}. A plural message picks its form from
 * `vars.count`; numbers are formatted for the language.
 */
export function translate(language: Language, key: MessageKey, vars: MessageVars = {}): string {
  const message = CATALOGUES[language][key];
  const template =
    typeof message === 'string'
      ? message
      : message[pluralFormOf(language, typeof vars.count === 'number' ? vars.count : 0)];
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumberFor(language, value) : value;
  });
}

/** Picks English or Swedish from the browser's preferred languages. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'en') return 'en';
  }
  return 'en';
}
