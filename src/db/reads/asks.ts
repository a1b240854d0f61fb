// Reading asks and introductions for a person or a goal, by index: never a scan of all.
// Deleted ones are left out, and so are those of a deleted person (their asks and
// introductions are kept for an undo of the delete, but no screen shows them).
import { db } from '../db';
import type { Ask, Contact, Id, Introduction } from '../../domain/types';

async function livePeopleOf(ids: readonly Id[]): Promise<Set<Id>> {
  const unique = [...new Set(ids)];
  const people = await db.contacts.bulkGet(unique);
  return new Set(
    people
      .filter((person): person is Contact => person !== undefined && person.deletedAt === undefined)
      .map((person) => person.id),
  );
}

async function liveAsks(asks: Ask[]): Promise<Ask[]> {
  const kept = asks.filter((ask) => ask.deletedAt === undefined);
  const live = await livePeopleOf(kept.map((ask) => ask.contactId));
  return kept.filter((ask) => live.has(ask.contactId)).sort((a, b) => b.at - a.at);
}

async function liveIntroductions(introductions: Introduction[]): Promise<Introduction[]> {
  const byId = new Map(introductions.map((introduction) => [introduction.id, introduction]));
  const kept = [...byId.values()].filter((introduction) => introduction.deletedAt === undefined);
  const live = await livePeopleOf(kept.flatMap((one) => [one.firstId, one.secondId]));
  return kept
    .filter((one) => live.has(one.firstId) && live.has(one.secondId))
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** A person's asks, newest first. */
export async function readAsksOfPerson(contactId: Id): Promise<Ask[]> {
  return liveAsks(await db.asks.where('contactId').equals(contactId).toArray());
}

/** A goal's asks, newest first. */
export async function readAsksOfGoal(goalId: Id): Promise<Ask[]> {
  return liveAsks(await db.asks.where('goalId').equals(goalId).toArray());
}

/** The introductions a person is in (either side), newest first. */
export async function readIntroductionsOfPerson(contactId: Id): Promise<Introduction[]> {
  const [first, second] = await Promise.all([
    db.introductions.where('firstId').equals(contactId).toArray(),
    db.introductions.where('secondId').equals(contactId).toArray(),
  ]);
  return liveIntroductions([...first, ...second]);
}

/** The introductions of any of these goals, newest first. */
export async function readIntroductionsOfGoals(goalIds: readonly Id[]): Promise<Introduction[]> {
  return liveIntroductions(await db.introductions.where('goalId').anyOf(goalIds).toArray());
}
