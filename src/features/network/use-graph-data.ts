// When the network graph's data changes. The rows are read and the graph is built in the
// layout worker (db/reads/graph.ts, workers/force-layout.ts), never on the main thread; the
// screen only tells the worker when to read again, and which tables to read again.
//
// Each table has a version: the result of a live count() of the table. Dexie re-runs a count
// over the whole primary key on every write to the table (add, put, update, soft or hard
// delete, from this page or another tab or worker), and a count deserialises no row. The
// count itself would not change on an edit, a soft delete or an undo, so each run returns a
// new version number instead: a new number means "this table was written".
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import type { GraphDataVersions, GraphTable } from '../../db/reads/graph';

/** Runs of any version query so far: every run gets a number no run had before. */
let versionRuns = 0;

function versionOf(table: GraphTable): () => Promise<number> {
  return async () => {
    await db[table].count();
    versionRuns += 1;
    return versionRuns;
  };
}

/** The versions of the graph's tables, kept live; undefined until each is known. */
export function useGraphDataVersions(): GraphDataVersions | undefined {
  const contacts = useLiveQuery(versionOf('contacts'), []);
  const touchLogs = useLiveQuery(versionOf('touchLogs'), []);
  const relations = useLiveQuery(versionOf('relations'), []);
  const groups = useLiveQuery(versionOf('groups'), []);
  return useMemo(
    () =>
      contacts !== undefined &&
      touchLogs !== undefined &&
      relations !== undefined &&
      groups !== undefined
        ? { contacts, touchLogs, relations, groups }
        : undefined,
    [contacts, touchLogs, relations, groups],
  );
}
