// Wording for what the parsers, the matcher and the backup check report as codes: where in
// the file (line, card), what was wrong, which field. All of it is plain text; values from
// the file are never read as markup.
import type { I18n } from '../../i18n/i18n-context';
import type { PlainMessageKey } from '../../i18n/translate';
import type { ImportPlace, ImportWarning, SkippedItem } from '../../interop/import-types';
import type { FieldValue } from '../../interop/merge';
import type { ImportFailure } from '../../workers/import-protocol';
import type { RestoreProblem } from '../../workers/data-file-protocol';
import { BINARY_KINDS } from '../../interop/binary-sniff';
import { IMPORT_MAX_BYTES, IMPORT_MAX_PEOPLE } from '../../interop/import-limits';
import { MAX_ROW_DEPTH, MAX_UNKNOWN_CHARS } from '../../interop/backup-rows';
import { MAX_CHARS, MAX_ITEMS, type LimitedField, type ListField } from '../../domain/field-limits';
import { STORED_YEARS } from '../../domain/time-range';
import './your-data-messages';

type Text = Pick<I18n, 't' | 'formatNumber' | 'formatDate'>;

const FIELD_KEYS: Record<string, PlainMessageKey> = {
  givenName: 'yourData.field.givenName',
  familyName: 'yourData.field.familyName',
  displayName: 'yourData.field.displayName',
  organisation: 'yourData.field.organisation',
  role: 'yourData.field.role',
  linkedInUrl: 'yourData.field.linkedInUrl',
  location: 'yourData.field.location',
  notes: 'yourData.field.notes',
  connectedOn: 'yourData.field.connectedOn',
  birthday: 'yourData.field.birthday',
  emails: 'yourData.field.emails',
  phones: 'yourData.field.phones',
  links: 'yourData.field.links',
  tags: 'yourData.field.tags',
  expertise: 'yourData.field.expertise',
  howWeMet: 'yourData.field.howWeMet',
  nextTimeNote: 'yourData.field.nextTimeNote',
  sourceKey: 'yourData.field.sourceKey',
};

function isListField(field: LimitedField): field is ListField {
  return field in MAX_ITEMS;
}

export function fieldName(text: Text, field: string | undefined): string {
  const key = field === undefined ? undefined : FIELD_KEYS[field];
  return text.t(key ?? 'yourData.field.other');
}

/** "Line 12", "Card 3 (line 40)", or for phone contacts "Contact 2". */
export function placeText(text: Text, place: ImportPlace, isPhone = false): string {
  if (isPhone) return text.t('yourData.place.contact', { number: place.number });
  if (place.unit === 'line') return text.t('yourData.place.line', { number: place.number });
  return place.line === undefined
    ? text.t('yourData.place.card', { number: place.number })
    : text.t('yourData.place.cardAtLine', { number: place.number, line: place.line });
}

/** A detail that is a count is shown as a number of the language; anything else as given. */
function detailText(text: Text, detail: string | undefined): string {
  if (detail === undefined) return '';
  return /^\d+$/.test(detail) ? text.formatNumber(Number(detail)) : detail;
}

/** The limit a skip for a value over its limit names: characters, or entries of a list. */
function limitOf(item: SkippedItem): number {
  const { field } = item;
  if (field === undefined) return 0;
  return item.reason === 'too-many-items' && isListField(field)
    ? MAX_ITEMS[field]
    : MAX_CHARS[field];
}

export function skippedText(text: Text, item: SkippedItem, isPhone = false): string {
  const place = placeText(text, item.place, isPhone);
  const detail = detailText(text, item.detail);
  if (item.reason === 'unbalanced-quotes' && item.detail === 'rest-of-file') {
    return text.t('yourData.skip.unbalanced-quotes-rest', { place });
  }
  const vars = { place, detail, field: fieldName(text, item.field), max: limitOf(item) };
  if (item.reason === 'field-too-long' && item.field !== undefined && isListField(item.field)) {
    return text.t('yourData.skip.entry-too-long', vars);
  }
  return text.t(`yourData.skip.${item.reason}`, vars);
}

export function warningText(text: Text, warning: ImportWarning): string {
  return text.t(`yourData.warning.${warning.reason}`, {
    place: placeText(text, warning.place),
    field: fieldName(text, warning.field),
    detail: detailText(text, warning.detail),
  });
}

/** Megabytes with one decimal: file limits and sizes are read by people, not machines. */
export function sizeText(text: Text, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${text.formatNumber(megabytes, { maximumFractionDigits: megabytes < 10 ? 1 : 0 })} MB`;
}

/** What a file that is not text appears to be, in words ("it is a PDF document"). */
function binaryKindText(text: Text, detail: string | undefined): string {
  const kind = BINARY_KINDS.find((known) => known === detail) ?? 'data';
  return text.t(`yourData.binary.${kind}`);
}

export function failureText(text: Text, failure: ImportFailure, name: string): string {
  const size = Number(failure.detail ?? '0');
  return text.t(`yourData.failure.${failure.reason}`, {
    name,
    size: sizeText(text, Number.isFinite(size) ? size : 0),
    max: sizeText(text, IMPORT_MAX_BYTES),
    line: failure.line ?? 1,
    encoding: failure.detail ?? '',
    kind: failure.reason === 'binary' ? binaryKindText(text, failure.detail) : '',
    count: Number.isFinite(size) ? size : 0,
    maxPeople: IMPORT_MAX_PEOPLE,
  });
}

/** A stored or imported value as the preview shows it. */
export function valueText(text: Text, value: FieldValue | undefined): string {
  if (value === undefined || value === '') return text.t('yourData.value.empty');
  if (typeof value === 'string') return value;
  const at = Date.UTC(value.year ?? 2000, value.month - 1, value.day, 12);
  return text.formatDate(at, {
    day: 'numeric',
    month: 'long',
    ...(value.year === undefined ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
}

const TABLE_KEYS: Record<string, PlainMessageKey> = {
  contacts: 'yourData.table.contacts',
  interactions: 'yourData.table.interactions',
  relations: 'yourData.table.relations',
  groups: 'yourData.table.groups',
  goals: 'yourData.table.goals',
  weekPlans: 'yourData.table.weekPlans',
};

export function tableName(text: Text, table: string | undefined): string {
  if (table === undefined) return '';
  const key = TABLE_KEYS[table];
  return key ? text.t(key) : table;
}

/** The bound a row problem names: a nesting depth, a field's limit, or unknown content. */
function maxOf(problem: RestoreProblem): number {
  if (problem.reason === 'too-deep') return MAX_ROW_DEPTH;
  if (problem.reason === 'over-limit') return problem.details.limit ?? 0;
  return MAX_UNKNOWN_CHARS;
}

export function restoreProblemText(text: Text, problem: RestoreProblem, name: string): string {
  const { details } = problem;
  const vars = {
    name,
    table: tableName(text, details.table),
    row: (details.rowIndex ?? 0) + 1,
    field: details.field ?? '',
    line: details.line ?? 1,
    column: details.column ?? 1,
    fileVersion: details.fileVersion ?? 0,
    supportedVersion: details.supportedVersion ?? 0,
    person: details.personId ?? '',
    // Years are written as years, not as numbers with a thousands separator.
    from: String(STORED_YEARS.from),
    until: String(STORED_YEARS.until),
    max: maxOf(problem),
  };
  if (problem.reason === 'invalid-row' && details.field === undefined) {
    return text.t('yourData.restore.problem.invalid-row-whole', vars);
  }
  return text.t(`yourData.restore.problem.${problem.reason}`, vars);
}
