// Decoding vCard property values: quoted-printable with its CHARSET (2.1), backslash
// escapes (3.0/4.0, and the few 2.1 has), and splitting compound (N, ADR, ORG) and list
// (CATEGORIES) values on separators that are not escaped.
import type { VCardProperty } from './vcard-lines';

const decoders = new Map<string, TextDecoder>();

function decoderFor(label: string, isFatal = false): TextDecoder | undefined {
  const key = `${label}|${isFatal}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label, { fatal: isFatal });
    } catch {
      return undefined;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const upper = code & ~32;
  return upper >= 65 && upper <= 70 ? upper - 55 : -1;
}

/** Writes the UTF-8 bytes of the code point at `index`; returns how many UTF-16 units it used. */
function writeUtf8(text: string, index: number, bytes: Uint8Array, at: number): [number, number] {
  const point = text.codePointAt(index) ?? 0xfffd;
  const units = point > 0xffff ? 2 : 1;
  if (point < 0x800) {
    bytes[at] = 0xc0 | (point >> 6);
    bytes[at + 1] = 0x80 | (point & 63);
    return [units, 2];
  }
  if (point < 0x10000) {
    bytes[at] = 0xe0 | (point >> 12);
    bytes[at + 1] = 0x80 | ((point >> 6) & 63);
    bytes[at + 2] = 0x80 | (point & 63);
    return [units, 3];
  }
  bytes[at] = 0xf0 | (point >> 18);
  bytes[at + 1] = 0x80 | ((point >> 12) & 63);
  bytes[at + 2] = 0x80 | ((point >> 6) & 63);
  bytes[at + 3] = 0x80 | (point & 63);
  return [units, 4];
}

/**
 * Quoted-printable to text. The bytes are read in `charset` when the property named one
 * this platform knows; otherwise as UTF-8 when they are valid UTF-8 (what phones write),
 * else as Windows-1252 (what old desktop programs wrote).
 */
export function decodeQuotedPrintable(text: string, charset?: string): string {
  const bytes = new Uint8Array(text.length * 3);
  let length = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // A last "=" is a soft line break with nothing after it (the card ended mid-value).
    if (code === 61 && index === text.length - 1) break;
    if (code === 61 && index + 2 < text.length) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high >= 0 && low >= 0) {
        bytes[length++] = high * 16 + low;
        index += 3;
        continue;
      }
    }
    if (code < 0x80) {
      bytes[length++] = code;
      index += 1;
    } else {
      const [units, written] = writeUtf8(text, index, bytes, length);
      index += units;
      length += written;
    }
  }
  const data = bytes.subarray(0, length);
  const named = charset === undefined ? undefined : decoderFor(charset);
  if (named) return named.decode(data);
  try {
    return (decoderFor('utf-8', true) ?? new TextDecoder('utf-8', { fatal: true })).decode(data);
  } catch {
    return (decoderFor('windows-1252') ?? new TextDecoder()).decode(data);
  }
}

/**
 * Undoes backslash escapes: \\ \, \; \: and, except in 2.1 (whose line breaks come
 * quoted-printable), \n and \N. Any other backslash stays as written.
 */
export function unescapeValue(text: string, isVersion21 = false): string {
  if (!text.includes('\\')) return text;
  let result = '';
  let start = 0;
  let index = text.indexOf('\\');
  while (index !== -1 && index + 1 < text.length) {
    const next = text[index + 1] ?? '';
    let replacement: string | undefined;
    if (next === '\\' || next === ',' || next === ';' || next === ':') replacement = next;
    else if ((next === 'n' || next === 'N') && !isVersion21) replacement = '\n';
    if (replacement === undefined) {
      index = text.indexOf('\\', index + 1);
      continue;
    }
    result += text.slice(start, index) + replacement;
    start = index + 2;
    index = text.indexOf('\\', start);
  }
  return result + text.slice(start);
}

/** Splits on `separator` where it is not escaped; the parts are still escaped. */
export function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === separator) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function paramValues(property: VCardProperty, name: string): string[] {
  return property.params.get(name) ?? [];
}

/** True when a parameter (TYPE by default) has this value, ignoring case. */
export function hasParamValue(property: VCardProperty, value: string, name = 'TYPE'): boolean {
  const wanted = value.toLowerCase();
  return paramValues(property, name).some((candidate) =>
    candidate
      .toLowerCase()
      .split(',')
      .some((part) => part.trim() === wanted),
  );
}

/** The first value of a parameter, if any. */
export function paramValue(property: VCardProperty, name: string): string | undefined {
  return paramValues(property, name)[0];
}

/** Embedded binary data (a photo, a sound, a key): never imported. */
export function isBinary(property: VCardProperty): boolean {
  return hasParamValue(property, 'b', 'ENCODING') || hasParamValue(property, 'base64', 'ENCODING');
}

/** The value as text, quoted-printable decoded but still escaped. */
export function rawText(property: VCardProperty): string {
  if (!hasParamValue(property, 'quoted-printable', 'ENCODING')) return property.value;
  return decodeQuotedPrintable(property.value, paramValue(property, 'CHARSET'));
}
