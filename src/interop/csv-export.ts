// Ties' people as a CSV file for spreadsheets (RFC 4180 via papaparse's unparse; CRLF;
// a UTF-8 byte-order mark so Excel reads å, ä, ö right). Lists (e-mails, phones, links,
// tags, expertise) share one cell, joined by "; ". A labelled phone or e-mail is written as
// "label: value" ("Work: +46 8 123 45 00; Styrelse: +46 70 123 45 67"), the kind in English
// as the tier and affiliation cells are, a custom label as written: the way a spreadsheet
// reader reads it, in the one column they look for. The file is for spreadsheets; Ties
// reads people back from its vCard export and its backup, which keep labels as data.
// Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts with
// =, +, - or @ as a formula, and tab or carriage return can hide such a start, so every
// cell that starts with one of them gets a leading apostrophe, which spreadsheets show as
// text. The price is a visible apostrophe before phone numbers like +46 70…, which is
// the usual trade-off (Excel and Sheets show the number as text either way).
import Papa from 'papaparse';
import { nameOf } from '../domain/contact';
import type { Contact, LabelledValue } from '../domain/types';
import { formatBirthday } from './calendar-date';
import { labelText } from './entry-labels';

const FORMULA_START = /^[=+\-@\t\r]/;
const LIST_SEPARATOR = '; ';

function entriesCell(entries: readonly LabelledValue[]): string {
  return entries
    .map((entry) => {
      const label = labelText(entry);
      return label === '' ? entry.value : `${label}: ${entry.value}`;
    })
    .join(LIST_SEPARATOR);
}

/** The cell as written to the file: with a leading ' when it could start a formula. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvContact = Pick<
  Contact,
  | 'givenName'
  | 'familyName'
  | 'displayName'
  | 'organisation'
  | 'role'
  | 'affiliation'
  | 'emails'
  | 'phones'
  | 'linkedInUrl'
  | 'links'
  | 'location'
  | 'birthday'
  | 'tags'
  | 'expertise'
  | 'tier'
  | 'howWeMet'
  | 'nextTimeNote'
  | 'notes'
  | 'connectedOn'
>;

/** The columns, in order: a key for the UI to label and how to read the cell. */
export const CSV_COLUMNS = [
  { key: 'name', cell: (contact: CsvContact) => nameOf(contact) },
  { key: 'givenName', cell: (contact: CsvContact) => contact.givenName },
  { key: 'familyName', cell: (contact: CsvContact) => contact.familyName },
  { key: 'organisation', cell: (contact: CsvContact) => contact.organisation },
  { key: 'role', cell: (contact: CsvContact) => contact.role },
  { key: 'affiliation', cell: (contact: CsvContact) => contact.affiliation },
  { key: 'emails', cell: (contact: CsvContact) => entriesCell(contact.emails) },
  { key: 'phones', cell: (contact: CsvContact) => entriesCell(contact.phones) },
  { key: 'linkedInUrl', cell: (contact: CsvContact) => contact.linkedInUrl },
  { key: 'links', cell: (contact: CsvContact) => contact.links.join(LIST_SEPARATOR) },
  { key: 'location', cell: (contact: CsvContact) => contact.location },
  {
    key: 'birthday',
    cell: (contact: CsvContact) => (contact.birthday ? formatBirthday(contact.birthday) : ''),
  },
  { key: 'tags', cell: (contact: CsvContact) => contact.tags.join(LIST_SEPARATOR) },
  { key: 'expertise', cell: (contact: CsvContact) => contact.expertise.join(LIST_SEPARATOR) },
  { key: 'tier', cell: (contact: CsvContact) => contact.tier },
  { key: 'howWeMet', cell: (contact: CsvContact) => contact.howWeMet },
  { key: 'nextTimeNote', cell: (contact: CsvContact) => contact.nextTimeNote },
  { key: 'notes', cell: (contact: CsvContact) => contact.notes },
  { key: 'connectedOn', cell: (contact: CsvContact) => contact.connectedOn ?? '' },
] as const;

export type CsvColumnKey = (typeof CSV_COLUMNS)[number]['key'];

/** English header labels; the UI may pass its own language's labels instead. */
export const CSV_HEADER_EN: Record<CsvColumnKey, string> = {
  name: 'Name',
  givenName: 'First name',
  familyName: 'Last name',
  organisation: 'Organisation',
  role: 'Role',
  affiliation: 'Internal or external',
  emails: 'E-mails',
  phones: 'Phones',
  linkedInUrl: 'LinkedIn',
  links: 'Links',
  location: 'Location',
  birthday: 'Birthday',
  tags: 'Tags',
  expertise: 'Expertise',
  tier: 'Tier',
  howWeMet: 'How we met',
  nextTimeNote: 'Next time',
  notes: 'Notes',
  connectedOn: 'Connected on',
};

export type CsvExportOptions = {
  header?: Record<CsvColumnKey, string> | undefined;
  /** Starts the file with a UTF-8 byte-order mark (default true, for Excel). */
  hasByteOrderMark?: boolean | undefined;
};

/** The people as CSV text: a header row, then one row each, every cell guarded. */
export function contactsToCsv(
  contacts: readonly CsvContact[],
  options: CsvExportOptions = {},
): string {
  const labels = options.header ?? CSV_HEADER_EN;
  const fields = CSV_COLUMNS.map((column) => guardCell(labels[column.key]));
  const data = contacts.map((contact) =>
    CSV_COLUMNS.map((column) => guardCell(column.cell(contact))),
  );
  const csv = Papa.unparse(
    { fields, data },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return (options.hasByteOrderMark ?? true) ? `\uFEFF${csv}\r\n` : `${csv}\r\n`;
}
