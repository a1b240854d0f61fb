// The Contact Picker API (Android Chrome): the user picks people from the phone's address
// book, and they go through the same preview as a file. It is not in TypeScript's DOM types,
// so its shape is declared here, and only what Ties asks for.
import type { ImportedPerson, ParsedImport } from '../../interop/import-types';

export type PhoneContact = {
  name?: string[] | undefined;
  email?: string[] | undefined;
  tel?: string[] | undefined;
};

export type ContactPicker = {
  select: (
    properties: readonly ('name' | 'email' | 'tel')[],
    options: { multiple: boolean },
  ) => Promise<PhoneContact[]>;
};

/** The browser's Contact Picker, or undefined where there is none (most browsers). */
export function browserContactPicker(): ContactPicker | undefined {
  if (typeof navigator === 'undefined' || typeof window === 'undefined') return undefined;
  if (!('contacts' in navigator) || !('ContactsManager' in window)) return undefined;
  return (navigator as Navigator & { contacts: ContactPicker }).contacts;
}

function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { givenName: words[0] ?? '', familyName: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? '' };
}

const nonEmpty = (values: readonly string[] | undefined) =>
  (values ?? []).map((value) => value.trim()).filter((value) => value !== '');

/**
 * Picked phone contacts as an import. The picker gives one shown name; it is split at the
 * last space into given and family name (the preview shows the result). A contact without
 * a name is skipped like a row without one, numbered in the order picked.
 */
export function parsedFromPhoneContacts(contacts: readonly PhoneContact[]): ParsedImport {
  const people: ImportedPerson[] = [];
  const skipped: ParsedImport['skipped'] = [];
  contacts.forEach((contact, index) => {
    const place = { unit: 'card' as const, number: index + 1 };
    const name = nonEmpty(contact.name)[0] ?? '';
    if (name === '') {
      skipped.push({ place, reason: 'no-name' });
      return;
    }
    people.push({
      place,
      ...splitName(name),
      displayName: '',
      organisation: '',
      role: '',
      // The Contact Picker gives bare values, without the phone's labels: unlabelled.
      emails: nonEmpty(contact.email).map((value) => ({ value })),
      phones: nonEmpty(contact.tel).map((value) => ({ value })),
      linkedInUrl: '',
      links: [],
      location: '',
      notes: '',
      tags: [],
    });
  });
  // Phone contacts read like cards without a file, but are recorded as from the phone.
  return { format: 'vcard', source: 'contact-picker', people, skipped, warnings: [] };
}
