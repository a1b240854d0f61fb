// How a read kept in memory knows it may be out of date: a count of the writes seen to the
// tables it depends on, in this tab or another (Dexie's 'storagemutated'), and of the times
// the database was opened anew. A kept result is good while the count is what it was when
// the read began.
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../db';

/** A counter of writes to the tables whose names `tables` matches (all, without it). */
export function writesSeenTo(tables?: RegExp): () => number {
  let seen = 0;
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (tables === undefined || Object.keys(parts).some((part) => tables.test(part))) seen += 1;
  });
  db.on(
    'ready',
    () => {
      seen += 1;
    },
    true,
  );
  return () => seen;
}
