// Every schema version of the Ties database, in order. Append-only: a shipped version is
// never edited (the schema guard test fails if one changes). A change to the data that
// needs more than new indexes gets a named upgrade function in upgrades.ts and a test that
// starts from the previous version's fixture.

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // sortName: the people list by name; lastTouchAt / nextDueAt: by last touch, by due
      contacts:
        'id, sortName, lastTouchAt, nextDueAt, updatedAt, source, sourceKey, linkedInUrl, *emails, *tags',
      interactions: 'id, at, updatedAt, source',
      // [contactId+at]: one person's timeline, newest first, as an index range
      participations: 'id, [contactId+at], interactionId, source',
      relations: 'id, fromId, toId, source',
      groups: 'id, name, *memberIds, source',
      goals: 'id, status, source',
      weekPlans: 'weekStart',
      settings: 'id',
    },
  },
  {
    version: 2,
    stores: {
      // The week plan's inputs for every person, packed into a few shards (codecs/plan-inputs.ts).
      // Derived from contacts and rebuilt by upgrades.ts; not backed up.
      planInputs: 'id',
      // What This week's side figures read of each shard, kept beside it (codecs/plan-inputs.ts).
      planStats: 'id',
      // A cache of the network graph's node positions from the last visit
      // (derived/graph-layouts.ts).
      graphLayouts: 'id',
      // What each import added or changed, so that its Undo removes exactly that
      // (writes/imports.ts).
      importBatches: 'id, at',
    },
  },
  {
    version: 3,
    stores: {
      // Each person's touches in one record, newest first (codecs/touch-log.ts); updatedAt: the
      // latest change in the log, for "changed since" counts. Replaces one record per touch
      // and per participant, so a restore writes a record per person, not per touch.
      touchLogs: 'contactId, updatedAt',
    },
  },
  {
    version: 4,
    stores: {
      // Emptied into touchLogs by version 3's upgrade (a version deletes a table only after
      // the upgrade that reads it has run).
      interactions: null,
      participations: null,
    },
  },
  {
    version: 5,
    stores: {
      // Only the indexes something reads: sortName (the people list, the import's matching,
      // which reads every person in that order and matches in memory), nextDueAt (by due),
      // updatedAt (changes since a backup or an import), source (the demo's people). Every
      // index entry is a write on every change of a person, and an import or a restore
      // writes 10,000 of them.
      contacts: 'id, sortName, nextDueAt, updatedAt, source',
    },
  },
  {
    version: 6,
    stores: {
      // One row naming the copy that "revert the restore" puts back (writes/restore.ts), written in
      // the same transaction as the restore it belongs to. This device's only: never backed
      // up, like the copy itself.
      revertPoint: 'id',
    },
  },
  {
    // No index changes: phones and e-mails become labelled entries (upgrades.ts).
    version: 7,
    stores: {},
  },
  {
    version: 8,
    stores: {
      // What the People list reads of every person, packed into a few shards
      // (codecs/people-rows.ts). Derived from contacts, rebuilt by its readers when missing;
      // not backed up.
      peopleRows: 'id',
    },
  },
  {
    version: 9,
    stores: {
      // Asks for help (one person, optionally a goal), by person and by goal; introductions,
      // by either of their two people and by goal (domain/types.ts Ask, Introduction).
      asks: 'id, contactId, goalId, updatedAt',
      introductions: 'id, firstId, secondId, goalId, updatedAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
