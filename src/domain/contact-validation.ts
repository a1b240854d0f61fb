// What a person may look like when someone types them in. Rules are deliberately forgiving
// (names can be in any script, phone numbers in any national format) but catch the mistakes
// that would make a field useless later: an email without a domain, a LinkedIn address that
// is not a profile, the 31st of April. Errors are message keys; the UI words them. Lengths
// and list sizes come from the table the import and the backup check use too
// (field-limits.ts), so the form never refuses a person they let in.
import { MAX_CHARS, MAX_ITEMS, type LimitedField, type ListField } from './field-limits';
import { isValidCadenceDays, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from './tie-health/tie-settings';
import { tidyEntry, valuesOf } from './labelled-value';
import type { Affiliation, Birthday, Contact, Id, LabelledValue, Tier } from './types';

/** The fields of a person that the user edits. Everything else is derived or internal. */
export type ContactInput = {
  givenName: string;
  familyName: string;
  displayName: string;
  organisation: string;
  role: string;
  affiliation: Affiliation;
  emails: LabelledValue[];
  phones: LabelledValue[];
  linkedInUrl: string;
  location: string;
  birthday?: Birthday | undefined;
  tags: string[];
  expertise: string[];
  tier: Tier;
  /** Days between touches for this person: absent follows the tier, null is "no cadence". */
  cadenceDays?: number | null | undefined;
  howWeMet: string;
  metViaId?: Id | undefined;
  notes: string;
  nextTimeNote: string;
};

export function emptyContactInput(): ContactInput {
  return {
    givenName: '',
    familyName: '',
    displayName: '',
    organisation: '',
    role: '',
    affiliation: 'external',
    emails: [],
    phones: [],
    linkedInUrl: '',
    location: '',
    tags: [],
    expertise: [],
    tier: 'active',
    howWeMet: '',
    notes: '',
    nextTimeNote: '',
  };
}

/** The editable fields of a stored person, as the form and the people writes see them. */
export function inputOf(contact: Contact): ContactInput {
  return {
    givenName: contact.givenName,
    familyName: contact.familyName,
    displayName: contact.displayName,
    organisation: contact.organisation,
    role: contact.role,
    affiliation: contact.affiliation,
    emails: contact.emails,
    phones: contact.phones,
    linkedInUrl: contact.linkedInUrl,
    location: contact.location,
    birthday: contact.birthday,
    tags: contact.tags,
    expertise: contact.expertise,
    tier: contact.tier,
    cadenceDays: contact.cadenceDays,
    howWeMet: contact.howWeMet,
    metViaId: contact.metViaId,
    notes: contact.notes,
    nextTimeNote: contact.nextTimeNote,
  };
}

/** Birth years before this are treated as typos. */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * A field's error as a message key with the values its text names; the UI says it in the
 * user's language. Years are passed as text so that the UI does not format 2025 as "2,025".
 */
export type ContactError =
  | {
      key:
        | 'people.error.nameRequired'
        | 'people.error.email'
        | 'people.error.phone'
        | 'people.error.linkedIn'
        | 'people.error.birthdayMonth';
      vars?: undefined;
    }
  | { key: 'people.error.tooLong' | 'people.error.tooMany'; vars: { max: number } }
  | { key: 'people.error.birthdayDay'; vars: { max: number } }
  | { key: 'people.error.cadence'; vars: { min: number; max: number } }
  | { key: 'people.error.birthdayYear'; vars: { min: string; max: string } };

export type ContactErrorKey = ContactError['key'];

/**
 * Field errors by field name; list fields use "emails.2" for the third email. The name
 * error sits on "givenName", the first name field.
 */
export type ContactErrors = Record<string, ContactError>;

/** Trims text, drops empty list entries and repeated tags, and completes a bare LinkedIn host. */
export function normalizeContactInput(input: ContactInput): ContactInput {
  return {
    ...input,
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
    displayName: input.displayName.trim(),
    organisation: input.organisation.trim(),
    role: input.role.trim(),
    emails: nonEmptyEntries(input.emails),
    phones: nonEmptyEntries(input.phones),
    linkedInUrl: normalizeLinkedInUrl(input.linkedInUrl),
    location: input.location.trim(),
    tags: uniqueLabels(input.tags),
    expertise: uniqueLabels(input.expertise),
    howWeMet: input.howWeMet.trim(),
    notes: input.notes.trim(),
    nextTimeNote: input.nextTimeNote.trim(),
  };
}

/** Splits "a, b ,c" into labels, as typed in a tags field. */
export function parseLabels(text: string): string[] {
  return uniqueLabels(text.split(','));
}

/**
 * Checks a person as typed. `now` gives the current year for the birthday check. Blank
 * email and phone rows are ignored, as normalizeContactInput drops them.
 */
export function validateContact(input: ContactInput, now: number): ContactErrors {
  const errors: ContactErrors = {};
  const add = (field: string, error: ContactError | undefined) => {
    if (error && !(field in errors)) errors[field] = error;
  };

  if ([input.givenName, input.familyName, input.displayName].every(isBlank)) {
    add('givenName', { key: 'people.error.nameRequired' });
  }
  for (const field of TYPED_TEXT_FIELDS) add(field, tooLong(input[field], field));

  validateList(input.emails, 'emails', emailError, add);
  validateList(input.phones, 'phones', phoneError, add);
  add('tags', labelsError(input.tags, 'tags'));
  add('expertise', labelsError(input.expertise, 'expertise'));
  add('linkedInUrl', linkedInError(input.linkedInUrl));
  if (typeof input.cadenceDays === 'number' && !isValidCadenceDays(input.cadenceDays)) {
    add('cadenceDays', {
      key: 'people.error.cadence',
      vars: { min: MIN_CADENCE_DAYS, max: MAX_CADENCE_DAYS },
    });
  }

  if (input.birthday) {
    const birthdayErrors = birthdayErrorsOf(input.birthday, new Date(now).getFullYear());
    for (const [field, error] of Object.entries(birthdayErrors)) add(field, error);
  }
  return errors;
}

/** True when the year is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12). Without a year February has 29 days, since a birthday on
 * 29 February is real even when the year is not known.
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The one-line and note fields the form has, in the order their errors are reported. */
const TYPED_TEXT_FIELDS = [
  'givenName',
  'familyName',
  'displayName',
  'organisation',
  'role',
  'location',
  'howWeMet',
  'notes',
  'nextTimeNote',
] as const satisfies readonly (keyof ContactInput & LimitedField)[];

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARACTERS = /^[\d\s+()\-.]+$/;
const DIGIT = /\d/;
const LINKEDIN_HOST = /^([a-z]{2,3}\.)?linkedin\.com$/;
const LINKEDIN_PROFILE_PATH = /^\/(in|pub)\/[^/]+/;
const BARE_LINKEDIN = /^(www\.|[a-z]{2}\.)?linkedin\.com\//i;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function nonEmpty(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/** Entries with a value, trimmed, each label in its one stored form (labelled-value.ts). */
function nonEmptyEntries(entries: readonly LabelledValue[]): LabelledValue[] {
  return entries
    .map((entry) => tidyEntry(entry.value.trim(), entry.kind, entry.label))
    .filter((entry) => entry.value !== '');
}

function uniqueLabels(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const raw of values) {
    const label = raw.trim().replace(/\s+/g, ' ');
    const key = label.toLocaleLowerCase();
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

function normalizeLinkedInUrl(url: string): string {
  const trimmed = url.trim();
  return BARE_LINKEDIN.test(trimmed) ? `https://${trimmed}` : trimmed;
}

function tooLong(text: string, field: LimitedField): ContactError | undefined {
  const max = MAX_CHARS[field];
  return text.trim().length > max ? { key: 'people.error.tooLong', vars: { max } } : undefined;
}

function tooMany(count: number, field: ListField): ContactError | undefined {
  const max = MAX_ITEMS[field];
  return count > max ? { key: 'people.error.tooMany', vars: { max } } : undefined;
}

function validateList(
  entries: readonly LabelledValue[],
  field: 'emails' | 'phones',
  errorOf: (value: string) => ContactError | undefined,
  add: (field: string, error: ContactError | undefined) => void,
): void {
  add(field, tooMany(nonEmpty(valuesOf(entries)).length, field));
  entries.forEach(({ value, kind, label }, index) => {
    if (isBlank(value)) return;
    if (kind === 'custom') add(`${field}.${index}.label`, tooLong(label ?? '', field));
    add(`${field}.${index}`, tooLong(value, field) ?? errorOf(value.trim()));
  });
}

function emailError(email: string): ContactError | undefined {
  return EMAIL.test(email) ? undefined : { key: 'people.error.email' };
}

function phoneError(phone: string): ContactError | undefined {
  return PHONE_CHARACTERS.test(phone) && DIGIT.test(phone)
    ? undefined
    : { key: 'people.error.phone' };
}

function labelsError(
  labels: readonly string[],
  field: 'tags' | 'expertise',
): ContactError | undefined {
  const count = tooMany(labels.length, field);
  if (count) return count;
  for (const label of labels) {
    const error = tooLong(label, field);
    if (error) return error;
  }
  return undefined;
}

function linkedInError(rawUrl: string): ContactError | undefined {
  const text = normalizeLinkedInUrl(rawUrl);
  if (text === '') return undefined;
  const length = tooLong(text, 'linkedInUrl');
  if (length) return length;
  if (!URL.canParse(text)) return { key: 'people.error.linkedIn' };
  const url = new URL(text);
  const isProfile =
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    LINKEDIN_HOST.test(url.hostname) &&
    LINKEDIN_PROFILE_PATH.test(url.pathname);
  return isProfile ? undefined : { key: 'people.error.linkedIn' };
}

function birthdayErrorsOf(birthday: Birthday, currentYear: number): ContactErrors {
  const errors: ContactErrors = {};
  const { month, day, year } = birthday;
  const isYearValid =
    year === undefined ||
    (Number.isInteger(year) && year >= EARLIEST_BIRTH_YEAR && year <= currentYear);
  if (!isYearValid) {
    errors.birthdayYear = {
      key: 'people.error.birthdayYear',
      vars: { min: String(EARLIEST_BIRTH_YEAR), max: String(currentYear) },
    };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    errors.birthdayMonth = { key: 'people.error.birthdayMonth' };
    return errors;
  }
  // An invalid year cannot decide February; judge the day as if the year were unknown.
  const max = daysInMonth(month, isYearValid ? year : undefined);
  if (!Number.isInteger(day) || day < 1 || day > max) {
    errors.birthdayDay = { key: 'people.error.birthdayDay', vars: { max } };
  }
  return errors;
}
