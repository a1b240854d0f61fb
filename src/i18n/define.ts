/** A message is a string with {placeholders}, or plural forms chosen by Intl.PluralRules. */
export type Message = string | { one: string; other: string };

/**
 * Declares one area's messages. Swedish must have exactly the English keys; the compiler
 * checks it here and a unit test checks placeholders and emptiness.
 */
export function defineMessages<const K extends string>(messages: {
  en: Record<K, Message>;
  sv: Record<NoInfer<K>, Message>;
}): { en: Record<K, Message>; sv: Record<K, Message> } {
  return messages;
}
