import type { I18n } from './i18n-context';
import type { MessageKey, Phrase } from './messages/keys';

type LooseTranslate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A phrase (messages/keys.ts) in the user's language. */
export function phraseText(t: I18n['t'], phrase: Phrase): string {
  // The key and its variables were checked together where the phrase was made; the compiler
  // cannot follow that pairing through a union of every key, so `t` is called loosely here.
  return (t as LooseTranslate)(phrase.key, phrase.vars);
}
