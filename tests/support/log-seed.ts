// Test data for the log feature's tests: people written straight into the database, the way
// an import would leave them, so these tests do not depend on the people feature's forms.
import { db } from '../../src/db/db';
import { openDatabase } from '../../src/db/open';
import type { InteractionDraft } from '../../src/db/interactions';
import type { Contact } from '../../src/domain/types';
export { makePerson } from './people';

/** A fresh, empty database with its settings row, as every db test starts from. */
export async function freshDatabase(): Promise<void> {
  await db.delete();
  await db.open();
  await openDatabase();
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
