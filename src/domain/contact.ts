import { normalizeText } from './text';
import type { Contact, ContactDerived, Decayed } from './types';

const ZERO: Decayed = { value: 0, at: 0 };

/** Derived fields of a person with no touches yet. */
export function emptyDerived(): ContactDerived {
  return {
    touchCount: 0,
    strength: { ...ZERO },
    gave: { ...ZERO },
    received: { ...ZERO },
    initiative: { me: 0, them: 0, unknown: 0 },
  };
}

type NameParts = Pick<Contact, 'displayName' | 'givenName' | 'familyName'>;

/** The name shown for a person: the display name, else given + family name. */
export function nameOf(contact: NameParts): string {
  const display = contact.displayName.trim();
  if (display !== '') return display;
  return [contact.givenName.trim(), contact.familyName.trim()].filter(Boolean).join(' ');
}

/** Initials for an avatar: first letters of the first and last word of the name. */
export function initialsOf(contact: NameParts): string {
  const words = nameOf(contact).split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

type Searchable = NameParts &
  Pick<Contact, 'organisation' | 'role' | 'tags' | 'expertise' | 'emails'>;

/** Sort key: normalised name, so the list orders Åsa and Asa together. */
export function sortNameOf(contact: NameParts): string {
  return normalizeText(nameOf(contact));
}

/** The normalised text that type-ahead search matches against, name first. */
export function searchTextOf(contact: Searchable): string {
  return normalizeText(
    [
      nameOf(contact),
      contact.givenName,
      contact.familyName,
      contact.organisation,
      contact.role,
      ...contact.tags,
      ...contact.expertise,
      ...contact.emails.map((email) => email.value),
    ].join(' '),
  );
}
