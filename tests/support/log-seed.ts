// Test data for the log feature's tests: people written straight into the database, the way
// an import would leave them, so these tests do not depend on the people feature's forms.
import { db } from '../../src/db/db';
import { openDatabase } from '../../src/db/open';
import { emptyDerived, searchTextOf, sortNameOf } from '../../src/domain/contact';
import type { InteractionDraft } from '../../src/db/interactions';
import type { Contact } from '../../src/domain/types';

/** A fresh, empty database with its settings row, as every db test starts from. */
export async function freshDatabase(): Promise<void> {
  await db.delete();
  await db.open();
  await openDatabase();
}

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
    id: `person-${counter}`,
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

/** Adds people to the database and returns them in the same order. */
export async function seedPeople<T extends Contact[]>(...people: T): Promise<T> {
  await db.contacts.bulkAdd(people);
  return people;
}

/** A coffee with these people at `at`, with nothing else said unless `changes` says it. */
export function touchDraft(
  participantIds: string[],
  at: number,
  changes: Partial<InteractionDraft> = {},
): InteractionDraft {
  return {
    at,
    kind: 'coffee',
    participantIds,
    note: '',
    initiator: 'unknown',
    gave: [],
    received: [],
    askedForHelp: false,
    ...changes,
  };
}
