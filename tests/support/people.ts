// A stored person built without the database, for tests at every layer: defaults for every
// field, the search keys computed from the names, and whatever the test changes.
import { emptyDerived, searchTextOf, sortNameOf } from '../../src/domain/contact';
import type { Contact } from '../../src/domain/types';

let counter = 0;

export function makePerson(
  givenName: string,
  familyName: string,
  changes: Partial<Contact> = {},
): Contact {
  counter += 1;
  const names = { givenName, familyName, displayName: '' };
  const base = {
    ...names,
    organisation: '',
    role: '',
    tags: [],
    expertise: [],
    emails: [],
    ...changes,
  };
  return {
    // Zero-padded, so ids sort in the order people were made.
    id: `person-${String(counter).padStart(5, '0')}`,
    createdAt: 1_000,
    updatedAt: 1_000,
    source: 'manual',
    ...emptyDerived(),
    affiliation: 'external',
    phones: [],
    linkedInUrl: '',
    links: [],
    location: '',
    tier: 'active',
    isPaused: false,
    howWeMet: '',
    notes: '',
    nextTimeNote: '',
    isArchived: false,
    ...base,
    sortName: sortNameOf(base),
    searchText: searchTextOf(base),
  };
}
