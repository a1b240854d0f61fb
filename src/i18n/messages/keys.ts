// The message keys and what each one takes, read from the English messages (types only: no
// language's texts come with this module).
import type { PlaceholdersOf } from '../define';
import type { firstScreen } from './en/first-screen';
import type { goals } from './en/goals';
import type { network } from './en/network';
import type { share } from './en/share';
import type { yourData } from './en/your-data';

/** The areas that load with their screens, not with the first one (i18n/catalogue.ts). */
export type LaterArea = 'network' | 'yourData' | 'goals' | 'share';

type EnglishMessages = typeof firstScreen &
  typeof network &
  typeof yourData &
  typeof goals &
  typeof share;

export type MessageKey = keyof EnglishMessages;

/** The names a message's variables must have: its {placeholders}, and `count` if plural. */
export type PlaceholderNames<K extends MessageKey> = K extends MessageKey
  ? PlaceholdersOf<EnglishMessages[K]>
  : never;

/** Plural forms are chosen by `count`, so it is a number; any other value may be either. */
export type MessageVars<K extends MessageKey> = {
  readonly [Name in PlaceholderNames<K>]: Name extends 'count' ? number : string | number;
};

/**
 * What `t` takes after the key: the message's variables, each by name, or nothing for a
 * message without placeholders. For a key that is one of several (a ternary, a template),
 * the variables of every one of them.
 */
export type MessageArgs<K extends MessageKey> = [PlaceholderNames<K>] extends [never]
  ? []
  : [vars: MessageVars<K>];

type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys of the messages whose variables are exactly `Names`, for a table of keys. */
export type MessageKeyWith<Names extends string> = {
  [K in MessageKey]: IsSame<PlaceholderNames<K>, Names> extends true ? K : never;
}[MessageKey];

/** The keys of the messages that take no variables. */
export type PlainMessageKey = MessageKeyWith<never>;

/**
 * A message to be said later, where a language is at hand: its key, with the variables that
 * key takes (checked together where the phrase is made).
 */
export type Phrase<K extends MessageKey = MessageKey> = K extends MessageKey
  ? [PlaceholderNames<K>] extends [never]
    ? { readonly key: K; readonly vars?: undefined }
    : { readonly key: K; readonly vars: MessageVars<K> }
  : never;
