// Telling a file that is not text from one that is, before any text encoding is tried, so
// that a zip or a picture renamed .csv is refused as "not a text file" instead of being
// offered an encoding to read it with. Two signs, in this order:
// - a known signature in the first bytes: ZIP (Excel's .xlsx, Numbers and Word files are
//   ZIP archives too), PDF, pictures and videos, compressed archives, and the older Office
//   format;
// - control characters: text in any encoding Ties reads has next to none (tabs and line
//   breaks aside), while binary data, compressed or not, has about one byte in ten.
// UTF-16 is told apart before the second check (decode.ts), as its ASCII letters come with
// a NUL byte each.

/** What a file that is not text appears to be, as the message about it names it. */
export type BinaryKind = 'zip' | 'pdf' | 'image' | 'archive' | 'office' | 'data';

export const BINARY_KINDS: readonly BinaryKind[] = [
  'zip',
  'pdf',
  'image',
  'archive',
  'office',
  'data',
];

/** Bytes at `offset` (0 when absent); `undefined` in the pattern matches any byte. */
type Signature = { kind: BinaryKind; offset?: number; bytes: readonly (number | undefined)[] };

const ascii = (text: string) => Array.from(new TextEncoder().encode(text));

const SIGNATURES: readonly Signature[] = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'pdf', bytes: ascii('%PDF-') },
  { kind: 'image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: ascii('GIF8') },
  {
    kind: 'image',
    bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')],
  },
  { kind: 'image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  // ISO media (HEIC photos from a phone, MP4 and MOV videos): "ftyp" after the box size.
  { kind: 'image', offset: 4, bytes: ascii('ftyp') },
  { kind: 'archive', bytes: [0x1f, 0x8b] },
  { kind: 'archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { kind: 'office', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** How much of the file the control-character count looks at. */
const SNIFF_BYTES = 64 * 1024;
/**
 * More than 1 control character in 100 is not text. Random or compressed data has about 10
 * in 100; text has none but the odd stray one, which the import removes anyway.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Tab, line feed, vertical tab (Outlook's line break inside a cell), form feed, carriage
 * return, and the end-of-file mark old DOS tools append: control characters text may hold.
 */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

/** The kind of file the first bytes announce, or undefined when they announce none. */
export function signatureKindOf(bytes: Uint8Array): BinaryKind | undefined {
  const matches = ({ offset = 0, bytes: pattern }: Signature) =>
    bytes.length >= offset + pattern.length &&
    pattern.every((byte, index) => byte === undefined || bytes[offset + index] === byte);
  return SIGNATURES.find(matches)?.kind;
}

function isControl(code: number): boolean {
  return code < 0x20 && !TEXT_CONTROLS.has(code);
}

/** True when the start of `bytes`, read as single bytes, has too many control characters. */
export function hasBinaryBytes(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    if (isControl(bytes[index] ?? 0)) controls += 1;
  }
  return controls > length * MAX_CONTROL_SHARE;
}

/** The same test for text already decoded (UTF-16 guessed without a byte-order mark). */
export function hasBinaryText(text: string): boolean {
  const length = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    if (isControl(text.charCodeAt(index))) controls += 1;
  }
  return controls > length * MAX_CONTROL_SHARE;
}
