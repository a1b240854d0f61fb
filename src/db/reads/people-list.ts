// Reading the People list from its packed rows (codecs/people-rows.ts), and rebuilding the rows
// from the contacts when a reader finds them missing or of another format: after the
// upgrade that adds the table, or after a change of the packed layout.
//
// The last list read is kept in memory for as long as no write to the people or their rows
// has been seen since, in this tab or another (Dexie's 'storagemutated'), and it is read
// once ahead of time, when the browser is idle after the first screen (prefetchPeopleList).
// The People screen shows it in its first render instead of waiting for its own read
// (about 200 ms at 10,000 people on a first visit), and its live query serves the same list
// rather than reading it again; the first write seen makes the live query read afresh, so a
// change is shown a moment later, never lost. A screen opened while the read-ahead is still
// on its way joins it (readAheadInFlight) rather than starting a second read: a tap soon
// after the first screen waits only for the rest of it (live-queries/use-people.ts).
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db';
import { peopleOfRows, type PeopleListPerson } from '../codecs/people-rows';

const LIST_TABLES = /\/(contacts|peopleRows)\//;

/** Counts the writes seen to the people or their rows. */
let writesSeen = 0;
let lastList: { writesSeen: number; people: PeopleListPerson[] } | undefined;

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!Object.keys(parts).some((part) => LIST_TABLES.test(part))) return;
  writesSeen += 1;
  lastList = undefined;
});

/**
 * Everyone not deleted, as the People list reads them, in no particular order (the screen
 * puts them in the language's order); undefined when the rows cannot be used.
 */
export async function readPackedPeopleList(): Promise<PeopleListPerson[] | undefined> {
  const seenBefore = writesSeen;
  const people = peopleOfRows(await db.peopleRows.toArray());
  // A write seen during the read may not be in it: then it is not kept.
  if (people && writesSeen === seenBefore) lastList = { writesSeen, people };
  return people;
}

/** The last list read, while no write to the people has been seen since; else undefined. */
export function lastPeopleList(): PeopleListPerson[] | undefined {
  return lastList?.writesSeen === writesSeen ? lastList.people : undefined;
}

/** The read-ahead on its way, with the count of writes seen when it started. */
let readAhead: { writesSeen: number; read: Promise<PeopleListPerson[] | undefined> } | undefined;

/**
 * The read-ahead still on its way, while no write to the people has been seen since it
 * started; else undefined. It resolves to undefined when it fails or the rows cannot be used.
 */
export function readAheadInFlight(): Promise<PeopleListPerson[] | undefined> | undefined {
  return readAhead?.writesSeen === writesSeen ? readAhead.read : undefined;
}

/** Reads the list ahead of the People screen (see the top of this file); never rejects. */
export async function prefetchPeopleList(): Promise<void> {
  if (lastPeopleList() || readAheadInFlight()) return;
  const read = readPackedPeopleList().catch((error: unknown) => {
    console.warn('Ties could not read the People list ahead of time', error);
    return undefined;
  });
  const started = { writesSeen, read };
  readAhead = started;
  await read;
  if (readAhead === started) readAhead = undefined;
}
