// Schema version 6 adds the revert point, the main database's name for the copy a revert
// puts back. Starting from a database as version 5 left it, with the one copy an older app
// kept before its last restore (chunks without a copy id, its meta row under 'meta'), the
// upgrade names that copy, so what could be reverted before the upgrade still can be.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, DATA_TABLES } from './db';
import { revertRestore } from './writes/restore';
import { hasRevertableRestore, revertableRestoreAt } from './revert-point';
import { SCHEMA_VERSIONS } from './schema';
import {
  LEGACY_COPY_ID,
  RESTORE_COPY_DATABASE,
  REVERT_POINT_ID,
  storedCopyIds,
} from './restore-copies';
import { discardStrayRestoreCopies } from './revert-point';
import { participationId, touchesOfLogs } from './codecs/touch-log';
import { DEFAULT_SETTINGS, type Touch } from '../domain/types';
import { makePerson } from '../../tests/support/log-seed';

const SAVED_AT = Date.UTC(2025, 2, 1);

/** Writes the app's database as schema version 5 declared it, with these people. */
async function writeVersion5Database(people: ReturnType<typeof makePerson>[]): Promise<void> {
  const old = new Dexie(db.name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((entry) => entry.version <= 5)) {
    old.version(version).stores(stores);
  }
  await old.open();
  await old.table('contacts').bulkAdd(people);
  await old.table('settings').add({ ...DEFAULT_SETTINGS });
  old.close();
}

/** The copy an app from before copy ids kept, written as it wrote it (version 1). */
async function writeLegacyCopy(tables: Record<string, unknown[]>): Promise<void> {
  const legacy = new Dexie(RESTORE_COPY_DATABASE);
  legacy.version(1).stores({ chunks: 'id', meta: 'id' });
  try {
    await legacy.table('chunks').bulkAdd(
      Object.entries(tables).map(([table, rows]) => ({
        id: `${table}:0`,
        table,
        index: 0,
        rows,
      })),
    );
    await legacy.table('meta').add({ id: 'meta', savedAt: SAVED_AT, counts: {} });
  } finally {
    legacy.close();
  }
}

async function wipeBoth(): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
  await Dexie.delete(RESTORE_COPY_DATABASE);
}

beforeEach(wipeBoth);
afterEach(wipeBoth);

describe('opening version-5 data with a kept copy (version 6)', () => {
  it('names the older app’s copy as the revert point, and a revert puts it back', async () => {
    const [anna, bo] = [makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek')];
    const touch: Touch = {
      id: 'touch-1',
      createdAt: SAVED_AT,
      updatedAt: SAVED_AT,
      source: 'manual',
      at: SAVED_AT,
      kind: 'coffee',
      participantIds: [anna.id, bo.id],
      note: 'Lunch',
      initiator: 'me',
      gave: [],
      received: [],
      askedForHelp: false,
    };
    await writeVersion5Database([makePerson('Restored', 'Person')]);
    // Copies from before touches moved into logs hold touches and participations.
    await writeLegacyCopy({
      contacts: [anna, bo],
      interactions: [touch],
      participations: [{ id: participationId(touch.id, anna.id), interactionId: touch.id }],
      settings: [{ ...DEFAULT_SETTINGS }],
    });

    await db.open();
    expect(await db.revertPoint.get(REVERT_POINT_ID)).toEqual({
      id: REVERT_POINT_ID,
      copyId: LEGACY_COPY_ID,
    });
    expect(await revertableRestoreAt()).toBe(SAVED_AT);
    await discardStrayRestoreCopies();
    expect(await storedCopyIds()).toEqual([LEGACY_COPY_ID]);

    expect(await revertRestore()).toMatchObject({
      contacts: 2,
      interactions: 1,
      participations: 2,
    });
    const contacts = await db.contacts.orderBy('sortName').toArray();
    expect(contacts.map((person) => person.givenName)).toEqual(['Anna', 'Bo']);
    expect(touchesOfLogs(await db.touchLogs.toArray())).toEqual([touch]);
    expect((await db.touchLogs.get(bo.id))?.touches).toEqual([touch]);
    expect(await hasRevertableRestore()).toBe(false);
    expect(await storedCopyIds()).toEqual([]);
  });

  it('keeps every row of version-5 data, and names nothing once the clean-up finds no copy', async () => {
    const people = [makePerson('Cia', 'Lund'), makePerson('Dan', 'Holm')];
    await writeVersion5Database(people);
    await db.open();
    expect(await db.contacts.toArray()).toEqual(expect.arrayContaining(people));
    for (const table of DATA_TABLES) expect(db.table(table)).toBeDefined();
    expect(await hasRevertableRestore()).toBe(false);
    await discardStrayRestoreCopies();
    expect(await db.revertPoint.count()).toBe(0);
  });
});
