// A person added by name alone, from the person picker ("Add “Anna” as a new person"): the
// typed line split into given and family name (domain/typed-name.ts), everything else as a
// person added by hand starts (createContact: the default tier, no cadence of their own).
import { currentTime } from '../clock';
import { createContact } from './people';
import { WriteError, type NewPersonErrorReason } from '../write-errors';
import { emptyContactInput, validateContact } from '../../domain/contact-validation';
import { MAX_CHARS } from '../../domain/field-limits';
import { namePartsOfTyped } from '../../domain/typed-name';
import type { Id } from '../../domain/types';

/** Thrown, before anything is written, for a name that cannot make a person. */
export class NewPersonError extends WriteError<NewPersonErrorReason> {
  /** The longest a name part may be, for the message. */
  readonly maxChars = MAX_CHARS.givenName;

  constructor(reason: NewPersonErrorReason) {
    super(reason, `A new person cannot be added by this name: ${reason}`);
    this.name = 'NewPersonError';
  }
}

/** Adds a person with the typed name, in one transaction, and returns their id. */
export async function addPersonByName(typed: string, now = currentTime()): Promise<Id> {
  const parts = namePartsOfTyped(typed);
  const errors = validateContact({ ...emptyContactInput(), ...parts }, now);
  const problem = errors.givenName ?? errors.familyName;
  if (problem) {
    throw new NewPersonError(
      problem.key === 'people.error.nameRequired' ? 'no-name' : 'name-too-long',
    );
  }
  return createContact(parts, now);
}
