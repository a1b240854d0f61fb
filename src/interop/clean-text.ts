// Text from an import file is untrusted: it may hold lone surrogates (broken UTF-16),
// control characters, stray line breaks in one-line fields, or megabytes in one field.
// Everything a parser keeps goes through these functions, so every importer cleans alike.
// Nothing here interprets the text: markup and formulas stay plain characters.
import { toWellFormed } from '../domain/well-formed';

/** Line breaks and tabs: a space in a one-line field. */
const LINE_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** C0 and C1 controls and DEL, except tab and line feed (dealt with before). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const NOTE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;

/** A one-line field: well-formed, line breaks and tabs as single spaces, no controls, trimmed. */
export function cleanLine(text: string): string {
  return toWellFormed(text).replace(LINE_SPACE, ' ').replace(CONTROL, '').trim();
}

/** A note: well-formed, line breaks as \n, tabs kept, other controls removed, trimmed. */
export function cleanNote(text: string): string {
  return toWellFormed(text).replace(NOTE_BREAK, '\n').replace(CONTROL, '').trim();
}

/** The first `max` UTF-16 units of `text`, never ending on half of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, isHighSurrogate ? max - 1 : max);
}

/**
 * The key two list items are the same by: e-mails and tags compare without case ("Anna@X.se"
 * and "anna@x.se" are one address), phones and links compare exactly.
 */
export function caseFreeKey(text: string): string {
  return text.toLowerCase();
}

/** Keeps the first of each item by `keyOf`, in order. */
export function uniqueBy(items: readonly string[], keyOf: (item: string) => string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}
