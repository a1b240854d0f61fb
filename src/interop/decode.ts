// Bytes of an import file to text, with the platform's TextDecoder (no library needed).
// Order of decisions: size, emptiness, a binary file's signature, byte-order mark, a
// user-chosen encoding, BOM-less UTF-16, binary content (binary-sniff.ts), and finally
// strict UTF-8. So a file that is not text is refused as such before any encoding is
// offered; a text file that is not UTF-8 is refused with the place of its first bad byte,
// so the user can pick its real encoding (often Windows-1252 for files saved by older
// Excel) and decode again with options.encoding.
import { hasBinaryBytes, hasBinaryText, signatureKindOf, type BinaryKind } from './binary-sniff';
import { ImportFileError } from './import-types';
import { IMPORT_MAX_BYTES } from './import-limits';

export type DecodedImport = {
  text: string;
  /** The WHATWG name of the encoding used ('utf-8', 'utf-16le', 'windows-1252' …). */
  encoding: string;
};

/** Encodings the import screen can offer when a file is not UTF-8, most likely first. */
export const SUGGESTED_ENCODINGS = [
  'windows-1252',
  'iso-8859-15',
  'macintosh',
  'windows-1250',
  'windows-1251',
  'utf-16le',
  'utf-16be',
] as const;

/** How much of the file is looked at to tell BOM-less UTF-16. */
const SNIFF_BYTES = 64 * 1024;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, recognised by mostly-ASCII text: nearly every second
 * byte is NUL, and the others nearly never are.
 */
function bomlessUtf16(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function notText(kind: BinaryKind): ImportFileError {
  return new ImportFileError('binary', `The file is not text (${kind})`, kind);
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** Bytes the sequence starting with `lead` needs after it, and the range of the first. */
function sequenceShape(lead: number): { count: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { count: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { count: 2, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { count: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { count: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { count: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { count: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { count: 3, low: 0x80, high: 0x8f };
  return undefined;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const shape = sequenceShape(lead);
    const second = bytes[index + 1];
    if (!shape || second === undefined || second < shape.low || second > shape.high) return index;
    for (let next = 2; next <= shape.count; next += 1) {
      if (!isContinuation(bytes[index + next])) return index;
    }
    index += shape.count + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    throw new ImportFileError('unsupported-encoding', `Unknown text encoding "${label}"`, label);
  }
}

function decodeUtf8Strictly(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    throw new ImportFileError(
      'not-utf8',
      `The file is not UTF-8 text (first bad byte at offset ${offset})`,
      String(offset),
      lineAt(bytes, offset),
    );
  }
}

/**
 * Decodes an import file: with options.encoding (a WHATWG label the user picked) when
 * given, else by its byte-order mark, else as BOM-less UTF-16 when it plainly is, else as
 * strict UTF-8. Throws ImportFileError: 'too-large', 'empty', 'binary' (with what the
 * file appears to be as its detail, a BinaryKind), 'not-utf8'
 * or 'unsupported-encoding'. The returned text has no byte-order mark.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
  options: { encoding?: string | undefined } = {},
): DecodedImport {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new ImportFileError(
      'too-large',
      `The file is ${bytes.length} bytes; at most ${IMPORT_MAX_BYTES} can be imported`,
      String(bytes.length),
    );
  }
  if (bytes.length === 0) throw new ImportFileError('empty', 'The file is empty');
  const signature = signatureKindOf(bytes);
  if (signature) throw notText(signature);
  const mark = byteOrderMark(bytes);
  const guessedUtf16 =
    mark === undefined && options.encoding === undefined ? bomlessUtf16(bytes) : undefined;
  // UTF-8 is always read strictly, with or without its mark; anything else (a mark for
  // UTF-16, a user's choice, BOM-less UTF-16) is read leniently with U+FFFD for bad bytes.
  const lenient = options.encoding ?? (mark === 'utf-8' ? undefined : mark) ?? guessedUtf16;
  if (mark === undefined && lenient === undefined && hasBinaryBytes(bytes)) throw notText('data');
  if (lenient === undefined)
    return nonEmpty({ text: decodeUtf8Strictly(bytes), encoding: 'utf-8' });
  const decoder = decoderFor(lenient);
  // The mark is not data, whichever encoding the user picked to read the rest with.
  const body = mark === undefined ? bytes : bytes.subarray(mark === 'utf-8' ? 3 : 2);
  const text = decoder.decode(body);
  // Binary data with many NULs in every other byte passes for UTF-16 until it is read.
  if (guessedUtf16 !== undefined && hasBinaryText(text)) throw notText('data');
  return nonEmpty({ text, encoding: decoder.encoding });
}

function nonEmpty(decoded: DecodedImport): DecodedImport {
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') throw new ImportFileError('empty', 'The file has no text in it');
  return { text, encoding: decoded.encoding };
}
