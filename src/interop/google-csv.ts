// Google Contacts' CSV export ("Google CSV"), in both header generations:
// - current: First Name, Middle Name, Last Name, Organization Name, Organization Title,
//   Birthday, Notes, Labels, and numbered groups "E-mail 1 - Label" / "E-mail 1 - Value",
//   "Phone 1 - …", "Address 1 - City" …, "Website 1 - …";
// - older: Name, Given Name, Additional Name, Family Name, Group Membership, and the same
//   groups with "- Type" instead of "- Label", "Organization 1 - Name" / "- Title", Location.
// One cell may hold several values joined with " ::: " (two work e-mails, several labels).
// Labels become tags, without Google's "* " marker for system groups and without
// "myContacts", which every contact has. Google CSV carries no stable id, so no sourceKey.
// Each e-mail and phone takes the label of its group ("Phone 1 - Label" for every value of
// "Phone 1 - Value"), read by entry-labels.ts.
import { parseBirthday } from './calendar-date';
import { extraCellsWarning, indexColumns } from './csv-columns';
import { entryWith, labelOfGoogleLabel } from './entry-labels';
import type { LabelledValue } from '../domain/types';
import type { ColumnIndex } from './csv-columns';
import type { CsvRow } from './csv-rows';
import { readCsvRows } from './csv-rows';
import type { CsvLayout } from './detect';
import type { ParsedImport } from './import-types';
import type { CsvParseOptions } from './linkedin-csv';
import { finishPerson, sampleOf } from './person-draft';
import type { ImportLog, PersonDraft } from './person-draft';

const MULTI_VALUE = ' ::: ';
const SYSTEM_LABEL = /^\*\s*/;
const EVERY_CONTACT_LABEL = 'mycontacts';

function splitValues(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(MULTI_VALUE)
    .map((value) => value.trim())
    .filter(Boolean);
}

function valuesAt(row: CsvRow, indices: readonly number[]): string[] {
  return indices.flatMap((index) => splitValues(row.cells[index]));
}

/** A group's value column and the column of its label ("- Label", or the older "- Type"). */
type EntryColumns = { value: number; label: number }[];

function entryColumns(
  columns: ColumnIndex,
  names: readonly string[],
  prefix: string,
): EntryColumns {
  return columns.numbered(prefix, 'Value').map((value) => {
    const stem = (names[value] ?? '').trim().replace(/value$/i, '');
    const label = columns.of(`${stem}Label`);
    return { value, label: label === -1 ? columns.of(`${stem}Type`) : label };
  });
}

function entriesAt(row: CsvRow, groups: EntryColumns): LabelledValue[] {
  return groups.flatMap(({ value, label }) => {
    const kind = labelOfGoogleLabel(label === -1 ? '' : (row.cells[label] ?? ''));
    return splitValues(row.cells[value]).map((text) => entryWith(text, kind));
  });
}

function labelsOf(cell: string | undefined): string[] {
  return splitValues(cell)
    .map((label) => label.replace(SYSTEM_LABEL, ''))
    .filter((label) => label.replace(/\s+/g, '').toLowerCase() !== EVERY_CONTACT_LABEL);
}

function joinNonEmpty(parts: readonly (string | undefined)[], separator: string): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(separator);
}

type AddressColumns = Record<'city' | 'region' | 'country' | 'formatted', number | undefined>;

function addressColumns(columns: ColumnIndex): AddressColumns {
  const first = (suffix: string) => columns.numbered('Address', suffix)[0];
  return {
    city: first('City'),
    region: first('Region'),
    country: first('Country'),
    formatted: first('Formatted'),
  };
}

/** "Town, Region, Country" of the first address, else its formatted text on one line. */
function locationOf(row: CsvRow, address: AddressColumns): string {
  const at = (index: number | undefined) =>
    index === undefined ? undefined : splitValues(row.cells[index])[0];
  const place = joinNonEmpty([at(address.city), at(address.region), at(address.country)], ', ');
  if (place !== '') return place;
  return joinNonEmpty((at(address.formatted) ?? '').split('\n'), ', ');
}

function namesOf(row: CsvRow, columns: ColumnIndex): PersonDraft {
  const isCurrent = columns.of('First Name') !== -1 || columns.of('Last Name') !== -1;
  if (isCurrent) {
    return {
      givenName: joinNonEmpty(
        [columns.cell(row, 'First Name'), columns.cell(row, 'Middle Name')],
        ' ',
      ),
      familyName: columns.cell(row, 'Last Name'),
    };
  }
  return {
    displayName: columns.cell(row, 'Name'),
    givenName: joinNonEmpty(
      [columns.cell(row, 'Given Name'), columns.cell(row, 'Additional Name')],
      ' ',
    ),
    familyName: columns.cell(row, 'Family Name'),
  };
}

export function parseGoogleCsv(
  text: string,
  layout: CsvLayout,
  options: CsvParseOptions = {},
): ParsedImport {
  const log: ImportLog = { skipped: [], warnings: [] };
  const people: ParsedImport['people'] = [];
  const columns = indexColumns(layout.columns);
  const emailColumns = entryColumns(columns, layout.columns, 'E-mail');
  const phoneColumns = entryColumns(columns, layout.columns, 'Phone');
  const websiteColumns = columns.numbered('Website', 'Value');
  const address = addressColumns(columns);
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
    const birthdayText = (columns.cell(row, 'Birthday') ?? '').trim();
    const birthday = birthdayText === '' ? undefined : parseBirthday(birthdayText);
    const person = finishPerson(
      {
        ...namesOf(row, columns),
        organisation:
          columns.cell(row, 'Organization Name') ?? columns.cell(row, 'Organization 1 - Name'),
        role:
          columns.cell(row, 'Organization Title') ?? columns.cell(row, 'Organization 1 - Title'),
        emails: entriesAt(row, emailColumns),
        phones: entriesAt(row, phoneColumns),
        links: valuesAt(row, websiteColumns),
        location: (columns.cell(row, 'Location') ?? '').trim() || locationOf(row, address),
        birthday,
        notes: columns.cell(row, 'Notes'),
        tags: labelsOf(columns.cell(row, 'Labels') ?? columns.cell(row, 'Group Membership')),
      },
      place,
      log,
    );
    if (!person) return;
    people.push(person);
    if (birthdayText !== '' && birthday === undefined) {
      log.warnings.push({
        place,
        reason: 'unreadable-value',
        field: 'birthday',
        detail: sampleOf(birthdayText),
      });
    }
  });
  return {
    format: 'google-csv',
    source: 'google',
    people,
    skipped: log.skipped,
    warnings: log.warnings,
  };
}
