import { CONTACT_FIELDS, type ContactField } from '../../domain/contact-edit';
import { tidyEntry } from '../../domain/labelled-value';
import { emptyContactInput, parseLabels, type ContactInput } from '../../domain/contact-validation';
import type { Affiliation, LabelledValue, Tier } from '../../domain/types';

/** Follow the tier's cadence, keep one's own, or have none (Contact.cadenceDays). */
export type CadenceMode = 'tier' | 'custom' | 'none';

/**
 * The person form as typed: text exactly as entered (tags as one comma-separated line,
 * birthday parts as strings) so nothing the user typed is lost or reformatted until Save.
 */
export type PersonFormState = {
  givenName: string;
  familyName: string;
  displayName: string;
  organisation: string;
  role: string;
  affiliation: Affiliation;
  tier: Tier;
  cadenceMode: CadenceMode;
  /** The custom cadence as typed; only used when cadenceMode is 'custom'. */
  cadenceDays: string;
  /** Each row as typed; a custom label's text is kept while another kind is picked. */
  emails: LabelledValue[];
  phones: LabelledValue[];
  linkedInUrl: string;
  location: string;
  tags: string;
  expertise: string;
  howWeMet: string;
  metViaId: string;
  birthdayMonth: string;
  birthdayDay: string;
  birthdayYear: string;
  notes: string;
  nextTimeNote: string;
};

export type TextFieldName = {
  [K in keyof PersonFormState]: PersonFormState[K] extends string ? K : never;
}[keyof PersonFormState];

/** A list field always shows at least one row to type into. */
const withBlankRow = (values: readonly LabelledValue[]) =>
  values.length > 0 ? values.map((entry) => ({ ...entry })) : [{ value: '' }];

export function formStateOf(input: ContactInput = emptyContactInput()): PersonFormState {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    displayName: input.displayName,
    organisation: input.organisation,
    role: input.role,
    affiliation: input.affiliation,
    tier: input.tier,
    cadenceMode:
      input.cadenceDays === null ? 'none' : input.cadenceDays === undefined ? 'tier' : 'custom',
    cadenceDays: typeof input.cadenceDays === 'number' ? String(input.cadenceDays) : '',
    emails: withBlankRow(input.emails),
    phones: withBlankRow(input.phones),
    linkedInUrl: input.linkedInUrl,
    location: input.location,
    tags: input.tags.join(', '),
    expertise: input.expertise.join(', '),
    howWeMet: input.howWeMet,
    metViaId: input.metViaId ?? '',
    birthdayMonth: input.birthday ? String(input.birthday.month) : '',
    birthdayDay: input.birthday ? String(input.birthday.day) : '',
    birthdayYear: input.birthday?.year === undefined ? '' : String(input.birthday.year),
    notes: input.notes,
    nextTimeNote: input.nextTimeNote,
  };
}

/** A typed number, or NaN for anything else, so validation can name the field. */
function numberFrom(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function cadenceFromForm({ cadenceMode, cadenceDays }: PersonFormState): number | null | undefined {
  if (cadenceMode === 'none') return null;
  return cadenceMode === 'custom' ? numberFrom(cadenceDays) : undefined;
}

/**
 * The form as a ContactInput for validation and saving. A birthday with only some parts
 * filled in comes through with NaN parts so that validation asks for the missing one, and
 * so does a custom cadence that is not a whole number.
 */
export function inputFromForm(state: PersonFormState): ContactInput {
  const { birthdayMonth, birthdayDay, birthdayYear } = state;
  const hasBirthday = [birthdayMonth, birthdayDay, birthdayYear].some((part) => part.trim());
  return {
    givenName: state.givenName,
    familyName: state.familyName,
    displayName: state.displayName,
    organisation: state.organisation,
    role: state.role,
    affiliation: state.affiliation,
    tier: state.tier,
    cadenceDays: cadenceFromForm(state),
    emails: state.emails.map(({ value, kind, label }) => tidyEntry(value, kind, label)),
    phones: state.phones.map(({ value, kind, label }) => tidyEntry(value, kind, label)),
    linkedInUrl: state.linkedInUrl,
    location: state.location,
    tags: parseLabels(state.tags),
    expertise: parseLabels(state.expertise),
    howWeMet: state.howWeMet,
    metViaId: state.metViaId === '' ? undefined : state.metViaId,
    birthday: hasBirthday
      ? {
          month: numberFrom(birthdayMonth),
          day: numberFrom(birthdayDay),
          year: birthdayYear.trim() === '' ? undefined : numberFrom(birthdayYear),
        }
      : undefined,
    notes: state.notes,
    nextTimeNote: state.nextTimeNote,
  };
}

/** The id of the control that shows a validation error for a field ("emails.1"). */
export function controlIdOf(field: string): string {
  return `person-${field.replace('.', '-')}`;
}

/** The form's controls behind each field of a person: most have one, a few have several. */
export const FORM_KEYS_OF: Record<ContactField, readonly (keyof PersonFormState)[]> = {
  givenName: ['givenName'],
  familyName: ['familyName'],
  displayName: ['displayName'],
  organisation: ['organisation'],
  role: ['role'],
  affiliation: ['affiliation'],
  tier: ['tier'],
  cadenceDays: ['cadenceMode', 'cadenceDays'],
  emails: ['emails'],
  phones: ['phones'],
  linkedInUrl: ['linkedInUrl'],
  location: ['location'],
  tags: ['tags'],
  expertise: ['expertise'],
  howWeMet: ['howWeMet'],
  metViaId: ['metViaId'],
  birthday: ['birthdayMonth', 'birthdayDay', 'birthdayYear'],
  notes: ['notes'],
  nextTimeNote: ['nextTimeNote'],
};

/** The field of a person a form control belongs to. */
export function fieldOfFormKey(key: keyof PersonFormState): ContactField {
  const field = CONTACT_FIELDS.find((candidate) => FORM_KEYS_OF[candidate].includes(key));
  if (field === undefined) throw new Error(`No person field for the form's ${key}`);
  return field;
}

/**
 * The field of a person a validation error is about: errors are keyed by field ("tags"), by
 * list entry ("emails.1") or by form control ("birthdayMonth").
 */
export function fieldOfErrorKey(key: string): ContactField {
  const name = key.split('.')[0] ?? key;
  const field = CONTACT_FIELDS.find((candidate) => candidate === name);
  return field ?? fieldOfFormKey(name as keyof PersonFormState);
}

/** The part of the form that shows one field, exactly as typed. */
export type FormSlice = Partial<PersonFormState>;

export function sliceOf(state: PersonFormState, field: ContactField): FormSlice {
  return Object.fromEntries(FORM_KEYS_OF[field].map((key) => [key, state[key]]));
}
