import { describe, expect, it } from 'vitest';
import { decodeImportBytes, firstInvalidUtf8 } from './decode';
import { ImportFileError } from './import-types';
import { IMPORT_MAX_BYTES } from './import-limits';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, isBigEndian: boolean, hasMark: boolean): Uint8Array {
  const units = (hasMark ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const unit = units.charCodeAt(index);
    bytes[index * 2 + (isBigEndian ? 1 : 0)] = unit & 0xff;
    bytes[index * 2 + (isBigEndian ? 0 : 1)] = unit >> 8;
  }
  return bytes;
}

function failureOf(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

describe('decodeImportBytes', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeImportBytes(utf8('\uFEFFÅsa,Östberg'))).toEqual({
      text: 'Åsa,Östberg',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeImportBytes(utf16('Åsa 😀', false, true))).toEqual({
      text: 'Åsa 😀',
      encoding: 'utf-16le',
    });
    expect(decodeImportBytes(utf16('Åsa 😀', true, true))).toEqual({
      text: 'Åsa 😀',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a mark instead of calling it binary', () => {
    expect(decodeImportBytes(utf16('BEGIN:VCARD\r\nFN:Åsa\r\n', false, false)).encoding).toBe(
      'utf-16le',
    );
  });

  it('refuses text that is not UTF-8, naming the first bad byte and its line', () => {
    const bytes = new Uint8Array([...utf8('Name\nJos'), 0xe9, ...utf8(' Garc'), 0xed, 0x61]);
    const error = failureOf(() => decodeImportBytes(bytes));
    expect(error.reason).toBe('not-utf8');
    expect(error.detail).toBe('8');
    expect(error.line).toBe(2);
  });

  it('reads the same bytes in the encoding the user picks', () => {
    // Bytes 0x80–0x9F are left out: Node's windows-1252 decoder reads them as Latin-1
    // (browsers follow the WHATWG table), and this test runs in Node.
    const bytes = new Uint8Array([...utf8('Jos'), 0xe9, 0x20, 0xd1, 0xe5]);
    expect(decodeImportBytes(bytes, { encoding: 'windows-1252' })).toEqual({
      text: 'José Ñå',
      encoding: 'windows-1252',
    });
  });

  it('refuses an encoding the platform does not know', () => {
    expect(failureOf(() => decodeImportBytes(utf8('x'), { encoding: 'klingon-8' })).reason).toBe(
      'unsupported-encoding',
    );
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0,
    ]);
    expect(failureOf(() => decodeImportBytes(png)).reason).toBe('binary');
  });
});

/** Bytes that look random but are the same on every run (xorshift32). */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const withHead = (head: number[] | string, rest = noise(4096, 7)) =>
  new Uint8Array([...(typeof head === 'string' ? utf8(head) : head), ...rest]);

describe('decodeImportBytes: files that are not text', () => {
  it.each([
    ['a ZIP archive (an .xlsx too)', withHead([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'zip'],
    ['an empty ZIP archive', withHead([0x50, 0x4b, 0x05, 0x06], new Uint8Array(18)), 'zip'],
    ['a PDF', withHead('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', utf8('<< /Type /Catalog >>\n')), 'pdf'],
    ['a PNG picture', withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image'],
    ['a JPEG photo', withHead([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image'],
    ['a GIF picture', withHead('GIF89a'), 'image'],
    ['a HEIC photo from a phone', withHead([0, 0, 0, 0x18, ...utf8('ftypheic')]), 'image'],
    ['a gzip archive', withHead([0x1f, 0x8b, 0x08, 0]), 'archive'],
    ['an old Excel file', withHead([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'office'],
  ])('refuses %s by its signature, naming what it is', (_name, bytes, kind) => {
    const error = failureOf(() => decodeImportBytes(bytes));
    expect(error.reason).toBe('binary');
    expect(error.detail).toBe(kind);
  });

  it('refuses a signature even when the user picked an encoding for it', () => {
    const zip = withHead([0x50, 0x4b, 0x03, 0x04]);
    expect(failureOf(() => decodeImportBytes(zip, { encoding: 'windows-1252' })).detail).toBe(
      'zip',
    );
  });

  it.each([1, 2, 3, 42, 2025])('refuses random bytes as binary data (seed %i)', (seed) => {
    const error = failureOf(() => decodeImportBytes(noise(4096, seed)));
    expect(error.reason).toBe('binary');
    expect(error.detail).toBe('data');
  });

  it('refuses binary data that passes for UTF-16 until it is read', () => {
    // Pairs of (control byte, NUL): "UTF-16" made only of control characters.
    const bytes = new Uint8Array(4096).map((_, index) => (index % 2 === 0 ? (index % 7) + 1 : 0));
    expect(failureOf(() => decodeImportBytes(bytes)).detail).toBe('data');
  });

  it('still reads text with tabs, vertical tabs and a stray control character as text', () => {
    const csv = `Name\tNote\r\nÅsa\tline one\u000Bline two\u0007\r\n${'Bo\tfine\r\n'.repeat(20)}`;
    expect(decodeImportBytes(utf8(csv)).text).toBe(csv);
  });

  it('still offers an encoding for Windows-1252 text instead of calling it binary', () => {
    const bytes = new Uint8Array([
      ...utf8('First Name,Last Name\nJos'),
      0xe9,
      ...utf8(',Garc'),
      0xed,
      0x61,
    ]);
    expect(failureOf(() => decodeImportBytes(bytes)).reason).toBe('not-utf8');
  });

  it('still reads UTF-16 with a byte-order mark in either order', () => {
    const text = 'First Name,Last Name,E-mail 1 - Value\r\nÅsa,Lind,asa@example.se\r\n';
    expect(decodeImportBytes(utf16(text, false, true)).text).toBe(text);
    expect(decodeImportBytes(utf16(text, true, true)).text).toBe(text);
  });

  it('refuses an empty file and one with only white space', () => {
    expect(failureOf(() => decodeImportBytes(new Uint8Array())).reason).toBe('empty');
    expect(failureOf(() => decodeImportBytes(utf8('\uFEFF \r\n\t'))).reason).toBe('empty');
  });

  it('refuses a file over the size limit before reading it', () => {
    const error = failureOf(() => decodeImportBytes(new Uint8Array(IMPORT_MAX_BYTES + 1)));
    expect(error.reason).toBe('too-large');
    expect(error.detail).toBe(String(IMPORT_MAX_BYTES + 1));
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts every well-formed sequence length', () => {
    expect(firstInvalidUtf8(utf8('a å € 😀'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
