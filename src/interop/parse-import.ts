// The one entry point the import worker calls: bytes or text in, a ParsedImport out, with
// progress reported along the way. Pure and synchronous (the worker keeps it off the main
// thread); every parser is a single linear pass, so 10,000 cards or rows take well under a
// second. Progress is (done, total) in characters of the text: a fraction to show, no more.
import { decodeImportBytes } from './decode';
import { detectImportFormat } from './detect';
import { parseGoogleCsv } from './google-csv';
import type { ParsedImport } from './import-types';
import { ImportFileError } from './import-types';
import { parseLinkedInCsv } from './linkedin-csv';
import { parseVCards } from './vcard-parse';

export type ParseImportOptions = {
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** People (rows or cards) read at most; IMPORT_MAX_PEOPLE when absent. */
  maxPeople?: number | undefined;
};

const LINE_BREAKS = /\r\n?/g;

/**
 * Detects the format of an import text and reads it. Throws ImportFileError ('empty',
 * 'unknown-format', 'no-header', 'too-many-people') when the file as a whole cannot be
 * used; problems with single rows or cards are in the result's `skipped` and `warnings`.
 */
export function parseImportText(text: string, options: ParseImportOptions = {}): ParsedImport {
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutMark.trim() === '') throw new ImportFileError('empty', 'The file has no text in it');
  // One kind of line break from here on: CSV line numbers and vCard unfolding rely on it,
  // and a note's line breaks end up as \n anyway.
  const normalised = withoutMark.includes('\r')
    ? withoutMark.replace(LINE_BREAKS, '\n')
    : withoutMark;
  const detected = detectImportFormat(normalised);
  let parsed: ParsedImport;
  if (detected.format === 'vcard') parsed = parseVCards(normalised, options);
  else if (detected.format === 'linkedin-csv')
    parsed = parseLinkedInCsv(normalised, detected, options);
  else parsed = parseGoogleCsv(normalised, detected, options);
  options.onProgress?.(normalised.length, normalised.length);
  return parsed;
}

/** decodeImportBytes, then parseImportText: what the worker does with a picked file. */
export function parseImportBytes(
  bytes: Uint8Array,
  options: ParseImportOptions & { encoding?: string | undefined } = {},
): ParsedImport & { encoding: string } {
  const { text, encoding } = decodeImportBytes(bytes, { encoding: options.encoding });
  return { ...parseImportText(text, options), encoding };
}
