import type { Message } from './define';
import { en, sv, type LaterAreaKey, type MessageKey } from './messages';
import type { Language } from '../domain/types';

export type { MessageKey };
export type MessageVars = Record<string, string | number>;

/** The messages loaded so far, by language: the first screen's, then each area added. */
const CATALOGUES: Record<Language, Partial<Record<MessageKey, Message>>> = {
  en: { ...en },
  sv: { ...sv },
};

/**
 * Adds an area that loads with its screen (messages/index.ts), in both languages. Call it
 * from a module that every file using the area's keys imports, so it runs before they render.
 */
export function addMessages<K extends LaterAreaKey>(area: {
  en: Record<K, Message>;
  sv: Record<K, Message>;
}): void {
  Object.assign(CATALOGUES.en, area.en);
  Object.assign(CATALOGUES.sv, area.sv);
}

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
  if (message === undefined) {
    // Its area was not added: a bug the messages unit test exists to catch. The key at least
    // says what was meant.
    console.error(`Ties has no text for ${key}: its messages were not added`);
    return key;
  }
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
