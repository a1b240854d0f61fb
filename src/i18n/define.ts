// The shape of the messages, and the types that let the compiler check every use of them.
// English is the source: its texts keep their literal types, and the {placeholders} a
// message takes are read from its English text. Every other language must have exactly the
// English keys, each with the same placeholders and the same form (a text, or plural forms).

/** Plural forms: Intl.PluralRules picks one by the `count` the message is given. */
export type PluralMessage = { readonly one: string; readonly other: string };

/** A message is a text with {placeholders}, or plural forms. */
export type Message = string | PluralMessage;

export type Messages = Readonly<Record<string, Message>>;

/** The names of the {placeholders} in a text: 'Hello {name}' gives 'name'. */
export type PlaceholdersIn<Text extends string> =
  Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;

/** The variables a message takes: its placeholders, and `count` for plural forms. */
export type PlaceholdersOf<M> = M extends string
  ? PlaceholdersIn<M>
  : M extends { readonly one: infer One extends string; readonly other: infer Other extends string }
    ? 'count' | PlaceholdersIn<One> | PlaceholdersIn<Other>
    : never;

/** Declares one area's English messages, keeping each text's literal type. */
export function defineMessages<const M extends Messages>(messages: M): M {
  return messages;
}

/** One area in another language: every English key, in the same form. */
export type Translation<English extends Messages> = {
  readonly [K in keyof English]: English[K] extends string ? string : PluralMessage;
};

type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Refuses a key English does not have, a text where English has plural forms (or the other
 * way round), and a text whose placeholders are not the English text's: the compiler then
 * names the placeholders it expected.
 */
type Checked<English extends Messages, Translated> = {
  [K in keyof Translated]: K extends keyof English
    ? Translation<English>[K] &
        (IsSame<PlaceholdersOf<English[K]>, PlaceholdersOf<Translated[K]>> extends true
          ? unknown
          : { readonly placeholders: PlaceholdersOf<English[K]> })
    : never;
};

/**
 * Declares one area's messages in another language, checked against the English ones:
 * `defineTranslation<typeof english>()({ … })`. A key left out fails as a missing property.
 * The English module is imported as a type only, so a language's messages never bring
 * another language's into its script.
 */
export function defineTranslation<English extends Messages>() {
  return <const M extends Messages>(messages: M & Checked<English, M> & Translation<English>): M =>
    messages;
}
