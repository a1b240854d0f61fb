// An edit of a person as the form makes it: only the fields the user changed, each with the
// value it was changed from (field-changes.ts says why). The person's editable fields are
// those of ContactInput; everything else on a stored person is derived or internal.
import type { ContactInput } from './contact-validation';
import type { FieldChange, FieldConflict } from './field-changes';

export type ContactField = keyof ContactInput;

/** One field of a person changed by the user, from the value they saw. */
export type ContactChange = FieldChange<ContactInput>;

/** A field of a person changed both here and elsewhere, to different values. */
export type ContactConflict = FieldConflict<ContactInput>;

// A record over every key, so the compiler names a field added to ContactInput but not here.
const EVERY_FIELD: Record<ContactField, true> = {
  givenName: true,
  familyName: true,
  displayName: true,
  organisation: true,
  role: true,
  affiliation: true,
  tier: true,
  cadenceDays: true,
  emails: true,
  phones: true,
  linkedInUrl: true,
  location: true,
  tags: true,
  expertise: true,
  howWeMet: true,
  metViaId: true,
  birthday: true,
  notes: true,
  nextTimeNote: true,
};

/** Every editable field of a person, in the order the form shows them. */
export const CONTACT_FIELDS = Object.keys(EVERY_FIELD) as readonly ContactField[];
