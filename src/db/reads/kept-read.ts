// A read kept in memory between calls while no write to the tables it depends on has been
// seen, in this tab or another (Dexie's 'storagemutated'): a screen that is visited again,
// or a live query that re-runs for another table's change, gets the kept result instead of
// reading and unpacking the same rows again. Inside a live query the kept result still
// observes its tables: a count of each is read, which Dexie records as the table's whole key
// range, so any write to them re-runs the query (and, having been seen, makes it read anew).
import { Dexie, type ObservabilitySet, type Table } from 'dexie';

/**
 * `read`, kept while no write to `tables` is seen. The result is shared between callers:
 * they must not change it.
 */
export function keptRead<T>(tables: readonly Table[], read: () => Promise<T>): () => Promise<T> {
  const parts = tables.map((table) => `/${table.name}/`);
  let writesSeen = 0;
  let kept: { writesSeen: number; value: T } | undefined;
  Dexie.on('storagemutated', (changed: ObservabilitySet) => {
    if (!Object.keys(changed).some((part) => parts.some((name) => part.includes(name)))) return;
    writesSeen += 1;
    kept = undefined;
  });
  return async () => {
    const known = kept?.writesSeen === writesSeen ? kept : undefined;
    if (known) {
      await Promise.all(tables.map((table) => table.count()));
      if (kept === known) return known.value;
    }
    const seenBefore = writesSeen;
    const value = await read();
    // A write seen during the read may not be in it: then it is not kept.
    if (writesSeen === seenBefore) kept = { writesSeen, value };
    return value;
  };
}
