import { useEffect, useState } from 'react';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { lastPeopleList, readAheadInFlight, readPackedPeopleList } from '../db/reads/people-list';
import { rebuildPeopleRows } from '../db/derived/registry';
import type { PeopleListPerson } from '../db/codecs/people-rows';
import type { Contact, Id } from '../domain/types';

/**
 * Every person not deleted, in key order, archived people included (callers filter). No
 * name order: that is the language's (domain/name-order.ts), which the screens apply.
 */
export async function readPeople(): Promise<Contact[]> {
  // toArray() without a Dexie filter reads the table in one getAll(); a Dexie filter would
  // walk a cursor row by row, several times slower at 10,000 people. Reading the table
  // rather than through the sortName index spares a lookup of each row by its key.
  const all = await db.contacts.toArray();
  return all.filter((contact) => contact.deletedAt === undefined);
}

type PeopleListRead = { people: PeopleListPerson[]; isPacked: boolean };

/**
 * The list kept from the last read, or the read-ahead on its way, while no write to the
 * people has been seen since (db/reads/people-list.ts): the live query serves it without a
 * read of its own. A live query observes what it reads itself: counting the rows observes
 * every change to them for next to nothing (Dexie.waitFor keeps that observation alive
 * across the wait for the read-ahead). A write seen meanwhile makes it undefined.
 */
async function knownPeopleList(): Promise<PeopleListPerson[] | undefined> {
  const known = lastPeopleList() ?? readAheadInFlight();
  if (!known) return undefined;
  const [people] = await Promise.all([
    Dexie.waitFor(Promise.resolve(known)),
    db.peopleRows.count(),
  ]);
  return people && lastPeopleList() === people ? people : undefined;
}

async function readPeopleList(): Promise<PeopleListRead> {
  const known = await knownPeopleList();
  if (known) return { people: known, isPacked: true };
  const packed = await readPackedPeopleList();
  if (packed) return { people: packed, isPacked: true };
  // Until the rows are packed again, the full records say the same, only slower.
  return { people: await readPeople(), isPacked: false };
}

/**
 * What the People list shows of everyone not deleted, in no particular order, kept live:
 * read from the packed rows (db/codecs/people-rows.ts), a few hundred KB for 10,000 people
 * where the full records are about 10 MB. When the rows cannot be used, the full records are
 * read and the rows packed again for the next read.
 */
export function usePeopleList(): readonly PeopleListPerson[] | undefined {
  // Until the live query's first result arrives, the list read last (db/reads/people-list.ts),
  // if no write has been seen since.
  const [kept] = useState(lastPeopleList);
  const read = useLiveQuery(readPeopleList, [], kept && { people: kept, isPacked: true });
  const needsPacking = read?.isPacked === false;
  useEffect(() => {
    if (!needsPacking) return;
    rebuildPeopleRows().catch((error: unknown) => {
      // The list goes on reading the full records, so nothing is missing from it.
      console.error('Ties could not pack the People list', error);
    });
  }, [needsPacking]);
  return read?.people;
}

/** People per read of readPeopleInChunks: about 10 ms of main-thread work on a laptop. */
export const PEOPLE_CHUNK_SIZE = 500;

/**
 * The same as readPeople, but in chunks of a few hundred by key, one transaction each, with
 * a turn of the event loop in between. Reading 10,000 people in one getAll() holds the main
 * thread for 150–250 ms while they are deserialized, and a write to people waits for it;
 * in chunks, a tap or a save started meanwhile waits for one chunk at most.
 */
export async function readPeopleInChunks(chunkSize = PEOPLE_CHUNK_SIZE): Promise<Contact[]> {
  const all: Contact[] = [];
  for (;;) {
    const lastId = all.at(-1)?.id;
    const chunk = await (
      lastId === undefined
        ? db.contacts.limit(chunkSize)
        : db.contacts.where('id').above(lastId).limit(chunkSize)
    ).toArray();
    for (const contact of chunk) all.push(contact);
    if (chunk.length < chunkSize) break;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return all.filter((contact) => contact.deletedAt === undefined);
}

/**
 * Every person not deleted, in key order, read once (in chunks) and not kept live: a live
 * query over 10,000 full records would read them all again after every write to anyone; undefined until read. The read starts when `isWanted` first turns true and is
 * not repeated while the component stays mounted. For modal type-ahead: what is added or
 * renamed elsewhere while it is open cannot happen, and it reads afresh when opened again.
 */
export function usePeopleSnapshot(isWanted = true): Contact[] | undefined {
  const [people, setPeople] = useState<Contact[]>();
  const [hasStarted, setHasStarted] = useState(isWanted);
  if (isWanted && !hasStarted) setHasStarted(true);
  useEffect(() => {
    if (!hasStarted) return;
    let isCurrent = true;
    readPeopleInChunks().then(
      (all) => {
        if (isCurrent) setPeople(all);
      },
      (error: unknown) => {
        console.error('Ties could not read the people', error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [hasStarted]);
  return people;
}

/**
 * The given people, kept live by key (a write to anyone else does not re-run it): each id
 * maps to the person, or to null when not found or deleted. undefined while loading; when
 * the ids change, the previous map is returned until the new one is read.
 */
export function usePeopleByIds(ids: readonly Id[]): ReadonlyMap<Id, Contact | null> | undefined {
  // The ids as one string, so a new array with the same ids does not start a new query.
  const key = JSON.stringify(ids);
  return useLiveQuery(async () => {
    const wanted = JSON.parse(key) as Id[];
    const found = await db.contacts.bulkGet(wanted);
    return new Map(
      wanted.map((id, index) => {
        const contact = found[index];
        return [id, contact && contact.deletedAt === undefined ? contact : null];
      }),
    );
  }, [key]);
}

/** One person, or null when not found or deleted; undefined while loading. */
export function usePerson(id: string | undefined): Contact | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return null;
    const contact = await db.contacts.get(id);
    return contact && contact.deletedAt === undefined ? contact : null;
  }, [id]);
}

/**
 * One person's row as stored, deleted or not (a deleted person's row is kept for undo);
 * null when there is no row at all, undefined while loading. For screens that must tell
 * "deleted meanwhile" from "never there".
 */
export function useStoredPerson(id: string): Contact | null | undefined {
  return useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [id]);
}
