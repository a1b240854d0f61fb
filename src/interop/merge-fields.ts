// Field by field rules for merging an imported person into a stored one (merge.ts): which
// fields an import knows, how their values are cleaned on entry and when two values count
// as the same. Pure.
import { toWellFormed } from '../domain/well-formed';
import { linkedInKeyOf } from '../domain/person-keys';
import { normalizeText } from '../domain/text';
import { tidyEntry } from '../domain/labelled-value';
import type { Birthday, ImportedValues, LabelledValue } from '../domain/types';
import type { ImportedPerson } from './import-types';

/** Single-valued text fields an import fills, updates or reports a conflict on. */
export const TEXT_FIELDS = [
  'givenName',
  'familyName',
  'displayName',
  'organisation',
  'role',
  'linkedInUrl',
  'location',
  'notes',
  'howWeMet',
  'nextTimeNote',
  'connectedOn',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Lists of labelled entries: an import adds entries and fills missing labels. */
export const ENTRY_FIELDS = ['emails', 'phones'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
/** Lists of plain text. */
export const TEXT_LIST_FIELDS = ['links', 'tags', 'expertise'] as const;
export type TextListField = (typeof TEXT_LIST_FIELDS)[number];
/** List fields: an import only ever adds entries to them, so they never conflict. */
export const LIST_FIELDS = [...ENTRY_FIELDS, ...TEXT_LIST_FIELDS] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export type MergeField = TextField | 'birthday';
export type FieldValue = string | Birthday;

/** An imported person with every text well-formed and trimmed, and lists without repeats. */
export function cleanPerson(person: ImportedPerson): ImportedPerson {
  const text = (value: string) => toWellFormed(value).trim();
  const label = (value: string) => text(value).replace(/\s+/g, ' ');
  const entry = ({ value, kind, label: own }: LabelledValue) =>
    tidyEntry(text(value), kind, own === undefined ? undefined : label(own));
  const optionalText = (value: string | undefined) => {
    const cleaned = value === undefined ? '' : text(value);
    return cleaned === '' ? undefined : cleaned;
  };
  return {
    place: person.place,
    sourceKey: optionalText(person.sourceKey),
    givenName: text(person.givenName),
    familyName: text(person.familyName),
    displayName: text(person.displayName),
    organisation: text(person.organisation),
    role: text(person.role),
    emails: uniqueEntries('emails', person.emails.map(entry)),
    phones: uniqueEntries('phones', person.phones.map(entry)),
    linkedInUrl: text(person.linkedInUrl),
    links: uniqueBy('links', person.links.map(text)),
    location: text(person.location),
    birthday: validBirthday(person.birthday),
    notes: text(person.notes),
    tags: uniqueBy('tags', person.tags.map(label)),
    connectedOn: optionalText(person.connectedOn),
    // Only Ties' own vCards carry these three.
    expertise: uniqueBy('expertise', (person.expertise ?? []).map(label)),
    howWeMet: text(person.howWeMet ?? ''),
    nextTimeNote: text(person.nextTimeNote ?? ''),
  };
}

function validBirthday(birthday: Birthday | undefined): Birthday | undefined {
  if (!birthday) return undefined;
  const { month, day, year } = birthday;
  const isValid =
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= 31 &&
    (year === undefined || Number.isInteger(year));
  if (!isValid) return undefined;
  return year === undefined ? { month, day } : { month, day, year };
}

/** A list field of an imported person; the fields only Ties' own vCards carry may be absent. */
export function listOf(person: ImportedPerson, field: TextListField): readonly string[] {
  return person[field] ?? [];
}

/** The key two entries of a list field are compared by. */
export function listKeyOf(field: ListField, value: string): string {
  switch (field) {
    case 'emails':
      return value.trim().toLowerCase();
    case 'phones':
      // "+46 70-123 45 67" and "+46701234567" are one number.
      return value.replace(/[^\d+]/g, '');
    case 'links':
      return value.trim().toLowerCase().replace(/\/+$/, '');
    case 'tags':
    case 'expertise':
      return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  }
}

/**
 * Labelled entries without repeats (by listKeyOf on the value) and without empty ones: the
 * first is kept, with the first label any repeat of it carries.
 */
export function uniqueEntries(
  field: EntryField,
  entries: readonly LabelledValue[],
): LabelledValue[] {
  const byKey = new Map<string, LabelledValue>();
  for (const entry of entries) {
    const key = listKeyOf(field, entry.value);
    if (entry.value === '' || key === '') continue;
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, entry);
    else if (known.kind === undefined && entry.kind !== undefined) {
      byKey.set(key, tidyEntry(known.value, entry.kind, entry.label));
    }
  }
  return [...byKey.values()];
}

/** The entries without repeats (by listKeyOf) and without empty ones, first kept. */
export function uniqueBy(field: ListField, values: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const value of values) {
    const key = listKeyOf(field, value);
    if (value === '' || key === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(value);
  }
  return unique;
}

/**
 * True when two values of a field say the same: text without regard to case, accents and
 * spacing ("ACME" is "Acme"), LinkedIn addresses by profile, birthdays by day, month, year.
 */
export function isSameValue(field: MergeField, a: FieldValue, b: FieldValue): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') {
    return (
      typeof a !== 'string' &&
      typeof b !== 'string' &&
      a.month === b.month &&
      a.day === b.day &&
      a.year === b.year
    );
  }
  if (field === 'linkedInUrl') {
    const keyA = linkedInKeyOf(a);
    if (keyA !== undefined && keyA === linkedInKeyOf(b)) return true;
  }
  if (field === 'connectedOn') return a.trim() === b.trim();
  return normalizeText(a) === normalizeText(b);
}

/** A field's value as an imported person gives it; undefined when the file says nothing. */
export function incomingValue(person: ImportedPerson, field: MergeField): FieldValue | undefined {
  if (field === 'birthday') return person.birthday;
  const value = person[field] ?? '';
  return value === '' ? undefined : value;
}

/** What a person as read from a file gives, as recorded on the stored person. */
export function importedValuesOf(person: ImportedPerson): ImportedValues {
  const values: ImportedValues = {};
  for (const field of TEXT_FIELDS) {
    const value = person[field] ?? '';
    if (value !== '') values[field] = value;
  }
  if (person.birthday) values.birthday = { ...person.birthday };
  for (const field of ENTRY_FIELDS) {
    const list = person[field];
    if (list.length > 0) values[field] = list.map((entry) => ({ ...entry }));
  }
  for (const field of TEXT_LIST_FIELDS) {
    const list = listOf(person, field);
    if (list.length > 0) values[field] = [...list];
  }
  return values;
}

/** True when two records of imported values say exactly the same. */
export function isSameImportedValues(a: ImportedValues, b: ImportedValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const field = key as keyof ImportedValues;
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) return false;
  }
  return true;
}

/**
 * Several rows of one file that are the same person, as one: the first non-empty value of
 * each field, and the entries of every row's lists.
 */
export function combinePeople(rows: readonly ImportedPerson[]): ImportedPerson {
  const [first, ...rest] = rows;
  if (!first) throw new Error('combinePeople needs at least one row');
  const combined: ImportedPerson = { ...first };
  for (const field of ENTRY_FIELDS) combined[field] = [...first[field]];
  for (const field of TEXT_LIST_FIELDS) combined[field] = [...listOf(first, field)];
  for (const row of rest) {
    for (const field of TEXT_FIELDS) {
      const value = row[field] ?? '';
      if ((combined[field] ?? '') === '' && value !== '') combined[field] = value;
    }
    combined.sourceKey ??= row.sourceKey;
    combined.birthday ??= row.birthday;
    for (const field of ENTRY_FIELDS) {
      combined[field] = uniqueEntries(field, [...combined[field], ...row[field]]);
    }
    for (const field of TEXT_LIST_FIELDS) {
      combined[field] = uniqueBy(field, [...listOf(combined, field), ...listOf(row, field)]);
    }
  }
  return combined;
}
