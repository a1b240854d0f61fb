// Reads the rows after a CSV header with papaparse, one at a time, knowing each row's line
// number (a quoted cell may span lines, so rows and lines differ). Broken rows are reported
// instead of spoiling the rest of the file:
// - a row with a quote error (a quoted cell never closed, or text after a closing quote)
//   is skipped as 'unbalanced-quotes', and reading starts again on the line after the one
//   it began on, because an unclosed quote otherwise swallows the whole rest of the file;
//   the re-reading this costs is capped at twice the file's length, after which the rest
//   of the file is skipped as one item (so a file of nothing but stray quotes stays linear);
// - a row whose last non-empty cell lies beyond MAX_CSV_COLUMNS is skipped as
//   'too-many-columns' (empty trailing cells, as spreadsheets add, do not count);
// - blank rows (every cell empty) are passed over without a word;
// - past `maxRows` rows that are not blank, reading stops and the whole file is refused as
//   'too-many-people', with the rows read plus the lines left as its rough size: counting
//   lines is a fast scan, where parsing the rest would cost the time the limit is there to
//   save.
import Papa from 'papaparse';
import { ImportFileError } from './import-types';
import type { ImportLog } from './person-draft';
import { IMPORT_MAX_PEOPLE, MAX_CSV_COLUMNS, PROGRESS_EVERY } from './import-limits';

export type CsvRow = {
  line: number;
  cells: string[];
  /** Cells up to the last non-empty one. */
  width: number;
};

export type CsvReadOptions = {
  delimiter: string;
  /** Index into the text where the first row starts, and that row's line number. */
  offset: number;
  line: number;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Rows (not blank) read at most; IMPORT_MAX_PEOPLE when absent. */
  maxRows?: number | undefined;
};

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  let index = text.indexOf('\n', from);
  while (index !== -1 && index < to) {
    count += 1;
    index = text.indexOf('\n', index + 1);
  }
  return count;
}

/** Rows read so far and the lines still unread: about how many rows the file has. */
function tooManyRows(text: string, rowsRead: number, from: number): ImportFileError {
  const lines = countNewlines(text, from, text.length) + (text.endsWith('\n') ? 0 : 1);
  const estimate = rowsRead + lines;
  return new ImportFileError(
    'too-many-people',
    `The file has about ${estimate} rows, more than can be imported at once`,
    String(estimate),
  );
}

function widthOf(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if ((cells[index] ?? '').trim() !== '') return index + 1;
  }
  return 0;
}

/** Calls onRow for each usable row in order; broken rows go to log.skipped. */
export function readCsvRows(
  text: string,
  options: CsvReadOptions,
  log: ImportLog,
  onRow: (row: CsvRow) => void,
): void {
  let rereadBudget = text.length * 2;
  let offset = options.offset;
  let line = options.line;
  let rows = 0;
  let filledRows = 0;
  const maxRows = options.maxRows ?? IMPORT_MAX_PEOPLE;
  let tooMany: ImportFileError | undefined;
  while (offset < text.length) {
    let rowStart = offset;
    let rowLine = line;
    let restartAt: number | undefined;
    const base = offset;
    Papa.parse<string[]>(text.slice(offset), {
      delimiter: options.delimiter,
      newline: '\n',
      quoteChar: '"',
      step: (result, parser) => {
        const rowEnd = base + result.meta.cursor;
        if (result.errors.some((error) => error.type === 'Quotes')) {
          log.skipped.push({
            place: { unit: 'line', number: rowLine },
            reason: 'unbalanced-quotes',
          });
          const nextLine = text.indexOf('\n', rowStart);
          restartAt = nextLine === -1 ? text.length : nextLine + 1;
          rereadBudget -= rowEnd - restartAt;
          parser.abort();
          return;
        }
        const cells = result.data;
        const width = widthOf(cells);
        if (width > 0) filledRows += 1;
        if (filledRows > maxRows) {
          tooMany = tooManyRows(text, filledRows - 1, rowStart);
          parser.abort();
          return;
        }
        if (width > MAX_CSV_COLUMNS) {
          log.skipped.push({
            place: { unit: 'line', number: rowLine },
            reason: 'too-many-columns',
            detail: String(cells.length),
          });
        } else if (width > 0) {
          onRow({ line: rowLine, cells, width });
        }
        rows += 1;
        if (options.onProgress && rows % PROGRESS_EVERY === 0) {
          options.onProgress(rowEnd, text.length);
        }
        rowLine += countNewlines(text, rowStart, rowEnd);
        rowStart = rowEnd;
      },
    });
    if (tooMany) throw tooMany;
    if (restartAt === undefined) return;
    line = rowLine + 1;
    offset = restartAt;
    if (rereadBudget < 0 && offset < text.length) {
      log.skipped.push({
        place: { unit: 'line', number: line },
        reason: 'unbalanced-quotes',
        detail: 'rest-of-file',
      });
      return;
    }
  }
}
