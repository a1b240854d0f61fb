// A stored person for the export tests, built without the database.
import { emptyDerived, searchTextOf, sortNameOf } from '../../../src/domain/contact';
import type { Contact } from '../../../src/domain/types';

export function contactWith(changes: Partial<Contact> = {}): Contact {
  const base = {
    givenName: 'Åsa',
    familyName: 'Östberg',
    displayName: '',
    organisation: '',
    role: '',
    tags: [],
    expertise: [],
    emails: [],
    ...changes,
  };
  return {
    id: 'b3c1f7a2-0d4e-4c59-8a61-5f0e2d7c9b14',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
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
