import { messageOf } from './catalogue';
import type { MessageArgs, MessageKey } from './messages/keys';
import type { Language } from '../domain/types';

export type {
  MessageArgs,
  MessageKey,
  MessageKeyWith,
  MessageVars,
  Phrase,
  PlainMessageKey,
} from './messages/keys';

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
 * `vars.count`; numbers are formatted for the language. The types hold each call to the
 * variables the message's English text names (messages/keys.ts).
 */
export function translate<K extends MessageKey>(
  language: Language,
  key: K,
  ...args: MessageArgs<K>
): string {
  const message = messageOf(language, key);
  if (message === undefined) {
    // Its area was not loaded: a bug the later-areas unit test exists to catch. The key at
    // least says what was meant.
    console.error(`Ties has no text for ${key}: its messages were not loaded`);
    return key;
  }
  const vars: Readonly<Record<string, string | number>> = args[0] ?? {};
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
