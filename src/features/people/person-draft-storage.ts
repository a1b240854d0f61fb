// The person form's unsaved input, kept per tab (components/tab-drafts.ts): a reload or an
// app update brings it back, and no other tab sees, clears or replaces it. One draft per
// person, and one for a new person, so two forms never share input.
import { readTabDraft, removeTabDraft, writeTabDraft } from '../../components/tab-drafts';
import type { ContactField } from '../../domain/contact-edit';
import { CONTACT_FIELDS } from '../../domain/contact-edit';
import type { ContactInput } from '../../domain/contact-validation';
import { entriesOf, isEntryKind } from '../../domain/labelled-value';
import { TIERS, type Birthday, type LabelledValue } from '../../domain/types';
import type { FieldEdit, PersonDraft, PersonEdits } from './person-draft';
import { FORM_KEYS_OF, type PersonFormState } from './person-form-state';

/** Bump the version (and read the old shape) when the draft's shape changes. */
const KEY_PREFIX = 'ties.person-draft.v1:';

/** The draft of the form for this person, or for a new person. */
export function personDraftKey(personId: string | undefined): string {
  return `${KEY_PREFIX}${personId ?? 'new'}`;
}

/** The tab's draft under this key; null when there is none or it cannot be read. */
export function readPersonDraft(key: string): PersonDraft | null {
  return readTabDraft(key, sanitizePersonDraft);
}

export function writePersonDraft(key: string, draft: PersonDraft): void {
  writeTabDraft(key, draft);
}

export function removePersonDraft(key: string): void {
  removeTabDraft(key);
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number';
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isEntry: Check = (value) => {
  if (typeof value !== 'object' || value === null) return false;
  const { value: text, kind, label } = value as Partial<Record<keyof LabelledValue, unknown>>;
  const isKind = kind === undefined || kind === 'custom' || isEntryKind(kind);
  return isString(text) && isKind && (label === undefined || isString(label));
};
/** Phones or e-mails: entries, or plain text as a draft from before labels holds them. */
const isEntryList: Check = (value) =>
  Array.isArray(value) && value.every((entry) => isString(entry) || isEntry(entry));

/** Reads a draft from before labels without losing its phones and e-mails. */
function withEntries(record: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...record };
  for (const key of ['emails', 'phones']) {
    const list = copy[key];
    // Only called once isEntryList has passed for the list.
    if (Array.isArray(list)) copy[key] = entriesOf(list as (string | LabelledValue)[]);
  }
  return copy;
}
const isOneOf =
  (options: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && options.includes(value);
const isOptional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const isBirthday: Check = (value) => {
  if (typeof value !== 'object' || value === null) return false;
  const { month, day, year } = value as Partial<Record<keyof Birthday, unknown>>;
  return typeof month === 'number' && typeof day === 'number' && isOptional(isNumber)(year);
};

/** What each field of a stored person may hold. */
const FIELD_CHECKS: Record<ContactField, Check> = {
  givenName: isString,
  familyName: isString,
  displayName: isString,
  organisation: isString,
  role: isString,
  affiliation: isOneOf(['internal', 'external']),
  tier: isOneOf(TIERS),
  cadenceDays: (value) => value === undefined || value === null || isNumber(value),
  emails: isEntryList,
  phones: isEntryList,
  linkedInUrl: isString,
  location: isString,
  tags: isStringList,
  expertise: isStringList,
  howWeMet: isString,
  metViaId: isOptional(isString),
  birthday: isOptional(isBirthday),
  notes: isString,
  nextTimeNote: isString,
};

/** What each control of the form may hold as typed. */
function isFormValue(key: keyof PersonFormState, value: unknown): boolean {
  switch (key) {
    case 'emails':
    case 'phones':
      return isEntryList(value);
    case 'affiliation':
      return FIELD_CHECKS.affiliation(value);
    case 'tier':
      return FIELD_CHECKS.tier(value);
    case 'cadenceMode':
      return isOneOf(['tier', 'custom', 'none'])(value);
    default:
      return isString(value);
  }
}

function sanitizeInput(value: unknown): ContactInput | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const isValid = CONTACT_FIELDS.every((field) => FIELD_CHECKS[field](record[field]));
  // Every field was checked against its type just above.
  return isValid ? (withEntries(record) as ContactInput) : null;
}

function sanitizeEdit(field: ContactField, value: unknown): FieldEdit | null {
  if (typeof value !== 'object' || value === null) return null;
  const { from, typed } = value as { from?: unknown; typed?: unknown };
  if (!FIELD_CHECKS[field](from) || typeof typed !== 'object' || typed === null) return null;
  const slice = typed as Record<string, unknown>;
  const isValid = FORM_KEYS_OF[field].every((key) => isFormValue(key, slice[key]));
  if (!isValid) return null;
  const isEntries = field === 'emails' || field === 'phones';
  const before = isEntries ? withEntries({ [field]: from })[field] : from;
  // `from` and each control of the slice were checked above.
  return { from: before as ContactInput[ContactField], typed: withEntries(slice) };
}

/**
 * A draft read back from storage. Written by this code in this tab, it is only malformed
 * when written by an older version or by hand: a field that does not read back is dropped,
 * and a draft without the person it opened with is dropped whole.
 */
export function sanitizePersonDraft(value: unknown): PersonDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { opened, edits } = value as { opened?: unknown; edits?: unknown };
  const start = sanitizeInput(opened);
  if (start === null) return null;
  const stored = typeof edits === 'object' && edits !== null ? edits : {};
  const kept: PersonEdits = {};
  for (const field of CONTACT_FIELDS) {
    const edit = sanitizeEdit(field, (stored as Record<string, unknown>)[field]);
    if (edit !== null) kept[field] = edit;
  }
  return { opened: start, edits: kept };
}
