// Every piece of derived data Ties keeps, in one place: where it is stored, what it is
// computed from, what keeps it true as writes land, and how it is rebuilt. Derived data is
// never backed up (DATA_TABLES leaves its tables out) and never synced: each device can
// rebuild it from the data. docs/storage.md explains why each one exists.
//
// A new piece of derived data gets an entry here. A test holds the registry to the schema:
// every table is user data, device-only, or named here; and every middleware db.ts
// installs is named here.
import type { DBCore, Middleware } from 'dexie';
import { db, type TiesDatabase } from '../db';
import { packPeopleRows, PEOPLE_ROWS_TABLE } from '../codecs/people-rows';
import {
  packPlanInputsAndStats,
  PLAN_INPUTS_TABLE,
  PLAN_STATS_TABLE,
  type PlanInputsRow,
} from '../codecs/plan-inputs';
import { DERIVED_FIELDS, rebuildAllDerived } from './contact-fields';
import { peopleRowsMiddleware, planInputsMiddleware } from './middlewares';

type TableName = Extract<keyof TiesDatabase, string>;

export type DerivedData = {
  what: string;
  /** Its own tables, or the fields it fills in a table of user data. */
  storedIn: { table: TableName; fields?: readonly string[] };
  /** Its own tables beyond the first (none but the week plan's side figures). */
  alsoIn?: readonly TableName[];
  derivedFrom: readonly string[];
  /** What keeps it true as the data changes. */
  keptTrueBy: string;
  /** The middleware that does, when one does (db.ts installs DERIVED_MIDDLEWARES). */
  middleware?: Middleware<DBCore>;
  /** When it is rebuilt from scratch, and by what. */
  rebuiltWhen: string;
  rebuild: () => Promise<unknown>;
};

/**
 * Packs the week plan's inputs and side figures afresh from the contacts. Runs in its own
 * transaction, or inside the caller's when that holds contacts, planInputs and planStats.
 */
export async function rebuildPlanInputs(): Promise<PlanInputsRow[]> {
  return db.transaction('rw', db.contacts, db.planInputs, db.planStats, async () => {
    const { rows, stats } = packPlanInputsAndStats(await db.contacts.toArray());
    await db.planInputs.clear();
    await db.planInputs.bulkPut(rows);
    await db.planStats.clear();
    await db.planStats.bulkPut(stats);
    return rows;
  });
}

/** Packs the People list's rows afresh from the contacts, in one transaction. */
export async function rebuildPeopleRows(): Promise<void> {
  await db.transaction('rw', db.contacts, db.peopleRows, async () => {
    const rows = packPeopleRows(await db.contacts.toArray());
    await db.peopleRows.clear();
    await db.peopleRows.bulkPut(rows);
  });
}

/** Forgets the graph's saved positions: the next visit lays the graph out afresh. */
async function forgetGraphLayouts(): Promise<void> {
  await db.graphLayouts.clear();
}

export const DERIVED_DATA = {
  contactFields: {
    what: "Each person's last touch, next due time, decayed strength, give and take, initiative",
    storedIn: {
      table: 'contacts',
      fields: Object.keys(DERIVED_FIELDS),
    },
    derivedFrom: [
      "the person's live touches (touchLogs)",
      "the person's tier, own cadence and pause (contacts)",
      'the tier cadences (settings)',
    ],
    keptTrueBy:
      'each write that changes touches or cadences, in its own transaction: applyTouchTo for a ' +
      'touch added or restored, rebuildDerivedFor for one edited or deleted, ' +
      'withFreshNextDueAt for a tier, cadence or pause (derived/contact-fields.ts)',
    rebuiltWhen: 'after a restore, and as the reference the property tests hold them to',
    rebuild: rebuildAllDerived,
  },
  planInputs: {
    what: "The week plan's inputs, packed in 16 shards, and its side figures beside them",
    storedIn: { table: PLAN_INPUTS_TABLE },
    alsoIn: [PLAN_STATS_TABLE],
    derivedFrom: ['contacts: the fields in PLAN_FIELDS (codecs/plan-inputs.ts)'],
    keptTrueBy: 'planInputsMiddleware, in the transaction of every write to contacts',
    middleware: planInputsMiddleware,
    rebuiltWhen:
      'a shard is missing or of another format: the middleware, or the reader (making a week plan)',
    rebuild: rebuildPlanInputs,
  },
  peopleRows: {
    what: 'What the People list reads of everyone not deleted, packed in 16 shards',
    storedIn: { table: PEOPLE_ROWS_TABLE },
    derivedFrom: ['contacts: the fields in PeopleListPerson (codecs/people-rows.ts)'],
    keptTrueBy: 'peopleRowsMiddleware, in the transaction of every write to contacts',
    middleware: peopleRowsMiddleware,
    rebuiltWhen: 'a shard is missing or of another format: the middleware, or the People list',
    rebuild: rebuildPeopleRows,
  },
  graphLayouts: {
    what: "The graph's positions from the last visit",
    storedIn: { table: 'graphLayouts' },
    derivedFrom: ["the layout worker's settled positions of the graph of people and links"],
    keptTrueBy:
      'nothing: a cache the next layout starts from, saved when the layout settles and when ' +
      'the screen is left (saveGraphLayout); people no longer in the graph are ignored',
    rebuiltWhen: 'never: when it is missing, the graph is laid out afresh',
    rebuild: forgetGraphLayouts,
  },
} as const satisfies Record<string, DerivedData>;

/** Every table that holds only derived data. */
export const DERIVED_ONLY_TABLES: readonly TableName[] = Object.values(DERIVED_DATA).flatMap(
  (entry: DerivedData) =>
    entry.storedIn.fields ? [] : [entry.storedIn.table, ...(entry.alsoIn ?? [])],
);
