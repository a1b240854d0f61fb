// Text that can be stored, exported and read back unchanged. A JavaScript string may hold a
// lone surrogate (half of an emoji cut in two, a broken paste); UTF-8 cannot encode one, so a
// file written from it would not read back the same. Such halves become U+FFFD, the
// replacement character, when text enters the app (imports, restores).
//
// The engine's own String.prototype.isWellFormed / toWellFormed are used where they exist
// (Chromium 111+, Safari 16.4+, Node 20): scanning a 70 MB backup with a regular expression
// takes most of a second, the built-in a few milliseconds.

/** In a `u` regular expression a surrogate class matches only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

export const REPLACEMENT_CHARACTER = '\uFFFD';

type WellFormedMethods = { isWellFormed?: () => boolean; toWellFormed?: () => string };
const builtIn = String.prototype as WellFormedMethods;

/** True when the text holds no lone surrogate. */
export function isWellFormed(text: string): boolean {
  return builtIn.isWellFormed ? builtIn.isWellFormed.call(text) : !LONE_SURROGATE.test(text);
}

/** The text with every lone surrogate replaced by U+FFFD; well-formed text is returned as is. */
export function toWellFormed(text: string): string {
  if (isWellFormed(text)) return text;
  return builtIn.toWellFormed
    ? builtIn.toWellFormed.call(text)
    : text.replace(LONE_SURROGATES, REPLACEMENT_CHARACTER);
}
