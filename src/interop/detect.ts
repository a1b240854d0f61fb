// Which importer a text is for. A vCard file is recognised by a BEGIN:VCARD line (any case);
// a CSV by its header row, looked for in the first lines because LinkedIn writes a "Notes:"
// paragraph before it. The delimiter is whatever makes a known header: a file that was
// opened and saved again in a Swedish or German Excel uses semicolons.
// Text reaching here has its line breaks normalised to \n (see parse-import.ts).
import Papa from 'papaparse';
import { ImportFileError } from './import-types';
import type { ImportFormat } from './import-types';
import { HEADER_SCAN_LINES, MAX_HEADER_LINE_CHARS } from './import-limits';

export type CsvLayout = {
  format: Exclude<ImportFormat, 'vcard'>;
  delimiter: string;
  /** The header row's cells, as written (trimmed). */
  columns: string[];
  /** The header's line number (1-based). */
  headerLine: number;
  /** Where the first row after the header starts, as an index into the text. */
  bodyOffset: number;
};

export type DetectedFormat = { format: 'vcard' } | CsvLayout;

const DELIMITERS = [',', ';', '\t'];
const BEGIN_VCARD = /^[ \t]*begin[ \t]*:[ \t]*vcard[ \t]*$/im;
/** How far into a file a BEGIN:VCARD after some junk is still looked for. */
const VCARD_SCAN_CHARS = 64 * 1024;

function csvFormatOf(names: ReadonlySet<string>): CsvLayout['format'] | undefined {
  const has = (name: string) => names.has(name);
  if (
    has('first name') &&
    has('last name') &&
    (has('connected on') || (has('company') && has('position')))
  ) {
    return 'linkedin-csv';
  }
  const isGoogleNow =
    (has('first name') || has('last name')) &&
    ['organization name', 'labels', 'e-mail 1 - value', 'phone 1 - value', 'file as'].some(has);
  const isGoogleBefore =
    (has('given name') || has('family name')) && (has('name') || has('group membership'));
  return isGoogleNow || isGoogleBefore ? 'google-csv' : undefined;
}

/** Cells of one line split by `delimiter`, honouring quotes. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
  return parsed.data[0] ?? [];
}

function headerLayout(line: string, lineNumber: number, bodyOffset: number): CsvLayout | undefined {
  if (line.length > MAX_HEADER_LINE_CHARS) return undefined;
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue;
    const columns = splitCsvLine(line, delimiter).map((cell) => cell.trim());
    const format = csvFormatOf(new Set(columns.map((cell) => cell.toLowerCase())));
    if (format) return { format, delimiter, columns, headerLine: lineNumber, bodyOffset };
  }
  return undefined;
}

function firstTextLine(text: string): string {
  const match = /[^\s]/.exec(text);
  if (!match) return '';
  const end = text.indexOf('\n', match.index);
  return text.slice(match.index, end === -1 ? text.length : end).trim();
}

/**
 * The format of an import text. Throws ImportFileError 'no-header' for a file that looks
 * like a CSV (or starts with LinkedIn's "Notes:") without a header this app knows, and
 * 'unknown-format' for anything else.
 */
export function detectImportFormat(text: string): DetectedFormat {
  const first = firstTextLine(text);
  if (BEGIN_VCARD.test(first)) return { format: 'vcard' };
  let start = 0;
  for (
    let lineNumber = 1;
    lineNumber <= HEADER_SCAN_LINES && start < text.length;
    lineNumber += 1
  ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const layout = headerLayout(text.slice(start, end), lineNumber, end + 1);
    if (layout) return layout;
    start = end + 1;
  }
  if (BEGIN_VCARD.test(text.slice(0, VCARD_SCAN_CHARS))) return { format: 'vcard' };
  if (/^notes:/i.test(first) || DELIMITERS.some((delimiter) => first.includes(delimiter))) {
    throw new ImportFileError('no-header', 'No LinkedIn or Google Contacts header row was found');
  }
  throw new ImportFileError('unknown-format', 'The file is neither vCard nor a known CSV');
}
