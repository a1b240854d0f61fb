// Test data for the log feature's tests: people written straight into the database, the way
// an import would leave them, so these tests do not depend on the people feature's forms.
import { db } from '../../src/db/db';
import { openDatabase } from '../../src/db/open';
import type { TouchInput, TouchRef } from '../../src/db/writes/touches';
import { readAllTouches } from '../../src/db/reads/touches';
import type { Contact, Touch } from '../../src/domain/types';
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
  changes: Partial<TouchInput> = {},
): TouchInput {
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

/** A stored touch by id, from whichever touch log holds it (deleted ones too). */
export async function storedTouch(id: string): Promise<Touch | undefined> {
  return (await readAllTouches()).find((touch) => touch.id === id);
}

/** Who holds a copy of this touch in their log, sorted, with each copy's deletedAt. */
export async function copiesOf(id: string): Promise<{ contactId: string; deletedAt?: number }[]> {
  const copies: { contactId: string; deletedAt?: number }[] = [];
  for (const log of await db.touchLogs.toArray()) {
    for (const touch of log.touches) {
      if (touch.id !== id) continue;
      copies.push(
        touch.deletedAt === undefined
          ? { contactId: log.contactId }
          : { contactId: log.contactId, deletedAt: touch.deletedAt },
      );
    }
  }
  return copies.sort((a, b) => (a.contactId < b.contactId ? -1 : 1));
}

/** How many distinct touches are stored, deleted ones included. */
export async function countTouches(): Promise<number> {
  return (await readAllTouches()).length;
}

/** A ref to a stored touch as a screen would hold it (its current participants). */
export async function touchRef(id: string): Promise<TouchRef> {
  const touch = await storedTouch(id);
  return { id, participantIds: touch?.participantIds ?? [] };
}
