// LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). Two header
// versions exist: "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
// and the older one without URL. LinkedIn writes a "Notes:" paragraph before the header,
// and "Connected On" as "15 Mar 2024", which is kept as connectedOn: it is a fact about the
// tie, not a touch, so it never resets anyone's clock. The profile URL is the merge key.
import { parseConnectedOn } from './calendar-date';
import { extraCellsWarning, indexColumns } from './csv-columns';
import { readCsvRows } from './csv-rows';
import type { CsvLayout } from './detect';
import type { ParsedImport } from './import-types';
import { linkedInProfileKey } from './linkedin-url';
import { finishPerson, sampleOf } from './person-draft';
import type { ImportLog } from './person-draft';

export type CsvParseOptions = {
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** People read at most before the file is refused (import-limits.ts IMPORT_MAX_PEOPLE). */
  maxPeople?: number | undefined;
};

export function parseLinkedInCsv(
  text: string,
  layout: CsvLayout,
  options: CsvParseOptions = {},
): ParsedImport {
  const log: ImportLog = { skipped: [], warnings: [] };
  const people: ParsedImport['people'] = [];
  const columns = indexColumns(layout.columns);
  const readOptions = {
    onProgress: options.onProgress,
    maxRows: options.maxPeople,
    delimiter: layout.delimiter,
    offset: layout.bodyOffset,
  };
  readCsvRows(text, { ...readOptions, line: layout.headerLine + 1 }, log, (row) => {
    const place = { unit: 'line' as const, number: row.line };
    const extra = extraCellsWarning(row, layout.columns.length);
    if (extra) log.warnings.push(extra);
    const url = columns.cell(row, 'URL') ?? '';
    const email = columns.cell(row, 'Email Address') ?? '';
    const connected = (columns.cell(row, 'Connected On') ?? '').trim();
    const connectedOn = connected === '' ? undefined : parseConnectedOn(connected);
    const person = finishPerson(
      {
        sourceKey: linkedInProfileKey(url) ?? url,
        givenName: columns.cell(row, 'First Name'),
        familyName: columns.cell(row, 'Last Name'),
        organisation: columns.cell(row, 'Company'),
        role: columns.cell(row, 'Position'),
        emails: [{ value: email }],
        linkedInUrl: url,
        connectedOn,
      },
      place,
      log,
    );
    if (!person) return;
    people.push(person);
    if (connected !== '' && connectedOn === undefined) {
      log.warnings.push({
        place,
        reason: 'unreadable-value',
        field: 'connectedOn',
        detail: sampleOf(connected),
      });
    }
  });
  return {
    format: 'linkedin-csv',
    source: 'linkedin',
    people,
    skipped: log.skipped,
    warnings: log.warnings,
  };
}
