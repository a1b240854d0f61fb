import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DATA_TABLES } from '../../../src/db/db';
import {
  APP_VERSION,
  discardRestoreCopy,
  hasRevertableRestore,
  makeBackup,
  markBackupSaved,
  previewRestore,
  RESTORE_COPY_DATABASE,
  restoreBackup,
  revertableRestoreAt,
  revertRestore,
} from '../../../src/db/backup';
import { addInteraction, deleteInteraction } from '../../../src/db/interactions';
import { logsOfTouches, participationId, readAllTouches } from '../../../src/db/touch-logs';
import { applyImport, planImportFromDatabase } from '../../../src/db/imports';
import { snoozeBackupReminder } from '../../../src/db/backup-reminder';
import {
  BACKUP_TABLES,
  BackupError,
  parseBackup,
  type BackupTables,
} from '../../../src/interop/backup-format';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../support/log-seed';
import { imported, vCardFile } from '../../support/import-seed';

const T0 = Date.UTC(2025, 4, 1, 12, 0);
const T1 = T0 + 60_000;
const T2 = T1 + 60_000;

beforeEach(async () => {
  await freshDatabase();
  await discardRestoreCopy();
});

/** Every table of user data plus import batches, rows sorted by key. */
async function everything() {
  const tables: Record<string, unknown[]> = {};
  for (const name of [...DATA_TABLES, 'importBatches']) {
    tables[name] = await db.table(name).toCollection().sortBy(':id');
  }
  return tables;
}

async function seedAnnaAndBo() {
  const [anna, bo] = await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
  await addInteraction(touchDraft([anna.id, bo.id], T0, { note: 'Lunch 🍜' }), T0);
  return { anna, bo };
}

describe('makeBackup', () => {
  it('holds every table of user data, with the format, app version and time', async () => {
    await seedAnnaAndBo();
    const { text, counts, createdAt } = await makeBackup({ now: T1 });
    const file = JSON.parse(text) as Record<string, unknown> & { tables: object };
    expect(file).toMatchObject({ format: 'ties-backup', appVersion: APP_VERSION, createdAt: T1 });
    expect(Object.keys(file.tables)).toEqual([...BACKUP_TABLES]);
    expect(counts).toMatchObject({ contacts: 2, interactions: 1, participations: 2, settings: 1 });
    expect(createdAt).toBe(T1);
  });

  it('lists every touch once, by id, with a participation for each of its people', async () => {
    const { anna, bo } = await seedAnnaAndBo();
    const second = await addInteraction(touchDraft([bo.id], T1), T1);
    await deleteInteraction({ id: second, participantIds: [bo.id] }, T2);
    await addInteraction(touchDraft([anna.id], T2), T2);
    const { text, counts } = await makeBackup({ now: T2 });
    const { tables } = JSON.parse(text) as { tables: BackupTables };

    const touchIds = tables.interactions.map((touch) => touch.id);
    expect(touchIds).toEqual([...touchIds].sort());
    expect(new Set(touchIds)).toEqual(new Set((await readAllTouches()).map((touch) => touch.id)));
    expect(touchIds).toHaveLength(3);
    expect(tables.interactions.find((touch) => touch.id === second)?.deletedAt).toBe(T2);

    const expectedRows = tables.interactions
      .flatMap((touch) =>
        touch.participantIds.map((contactId) => ({
          id: participationId(touch.id, contactId),
          interactionId: touch.id,
          contactId,
          at: touch.at,
          ...(touch.deletedAt === undefined ? {} : { deletedAt: touch.deletedAt }),
          source: touch.source,
        })),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(tables.participations).toEqual(expectedRows);
    expect(counts).toMatchObject({ interactions: 3, participations: 4 });
  });

  it('leaves out derived caches and import history', async () => {
    await applyImport(
      await planImportFromDatabase(vCardFile([imported(1, 'Cia', 'Lund')])),
      {},
      {
        fileName: 'a.vcf',
        now: T0,
      },
    );
    const { text } = await makeBackup({ now: T1 });
    const file = JSON.parse(text) as { tables: Record<string, unknown> };
    expect(file.tables).not.toHaveProperty('planInputs');
    expect(file.tables).not.toHaveProperty('graphLayouts');
    expect(file.tables).not.toHaveProperty('importBatches');
  });
});

describe('markBackupSaved', () => {
  it('records the time and ends a snooze', async () => {
    await snoozeBackupReminder(T2);
    await markBackupSaved(T1);
    const settings = await db.settings.get('settings');
    expect(settings?.lastBackupAt).toBe(T1);
    expect(settings).not.toHaveProperty('backupSnoozedUntil');
  });
});

describe('previewRestore', () => {
  it('says how many rows of each table the file would replace', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    await seedPeople(makePerson('Cia', 'Lund'));
    const { replaces, backup } = await previewRestore(text);
    expect(replaces.contacts).toEqual({ now: 3, file: 2 });
    expect(replaces.interactions).toEqual({ now: 1, file: 1 });
    expect(replaces.participations).toEqual({ now: 2, file: 2 });
    expect(backup.createdAt).toBe(T1);
  });

  it('refuses a bad file and writes nothing', async () => {
    await seedAnnaAndBo();
    const before = await everything();
    await expect(previewRestore('{"format":"ties-backup"')).rejects.toBeInstanceOf(BackupError);
    expect(await everything()).toEqual(before);
    expect(await hasRevertableRestore()).toBe(false);
  });
});

describe('restoreBackup and revertRestore', () => {
  it('replaces all data with the file’s and can go back to what was there', async () => {
    await seedAnnaAndBo();
    const backedUp = await everything();
    const { text } = await makeBackup({ now: T1 });

    await seedPeople(makePerson('Cia', 'Lund'));
    await applyImport(
      await planImportFromDatabase(vCardFile([imported(1, 'Dan', 'Holm')])),
      {},
      {
        fileName: 'a.vcf',
        now: T1,
      },
    );
    await db.graphLayouts.put({ id: 'layout', savedAt: T1, ids: [], xy: new Float32Array(0) });
    const beforeRestore = await everything();

    const result = await restoreBackup(parseBackup(text), T2);
    expect(result).toMatchObject({
      counts: { contacts: 2 },
      isDerivedRebuilt: false,
      copiedAt: T2,
    });
    expect(await everything()).toEqual(backedUp);
    expect(await db.graphLayouts.count()).toBe(0);
    expect(await hasRevertableRestore()).toBe(true);
    expect(await revertableRestoreAt()).toBe(T2);

    await revertRestore();
    expect(await everything()).toEqual(beforeRestore);
    expect(await hasRevertableRestore()).toBe(false);
  });

  it('files the touches into their people’s logs, whatever the participations say', async () => {
    const { anna, bo } = await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    const backup = parseBackup(text);
    const [touch] = backup.tables.interactions;
    // An older file may lack a participation: the touch's people decide whose log it is in.
    backup.tables.participations = backup.tables.participations.filter(
      (row) => row.contactId !== bo.id,
    );
    await freshDatabase();
    const result = await restoreBackup(backup, T2);
    expect(result.isDerivedRebuilt).toBe(false);
    expect((await db.touchLogs.get(anna.id))?.touches).toEqual([touch]);
    expect((await db.touchLogs.get(bo.id))?.touches).toEqual([touch]);
    expect(await db.touchLogs.count()).toBe(2);
  });

  it('reverts to a copy kept before touches moved into logs', async () => {
    const { anna, bo } = await seedAnnaAndBo();
    const [touch] = await readAllTouches();
    const contacts = await db.contacts.toArray();
    const settings = await db.settings.toArray();
    // Such a copy holds touches and participations as tables of their own.
    const legacy = new Dexie(RESTORE_COPY_DATABASE);
    legacy.version(1).stores({ chunks: 'id', meta: 'id' });
    try {
      await legacy.table('chunks').bulkAdd([
        { id: 'contacts:0', table: 'contacts', index: 0, rows: contacts },
        { id: 'interactions:0', table: 'interactions', index: 0, rows: [touch] },
        {
          id: 'participations:0',
          table: 'participations',
          index: 0,
          rows: [{ id: participationId(touch?.id ?? '', anna.id), interactionId: touch?.id }],
        },
        { id: 'settings:0', table: 'settings', index: 0, rows: settings },
      ]);
      await legacy.table('meta').add({ id: 'meta', savedAt: T1, counts: {} });
    } finally {
      legacy.close();
    }
    await freshDatabase();

    expect(await revertRestore()).toMatchObject({
      contacts: 2,
      interactions: 1,
      participations: 2,
    });
    expect((await db.touchLogs.get(anna.id))?.touches).toEqual([touch]);
    expect((await db.touchLogs.get(bo.id))?.touches).toEqual([touch]);
    expect(await db.contacts.count()).toBe(2);
  });

  it('keeps the copy in its own database, so a reload can still revert', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    await restoreBackup(parseBackup(text), T2);
    const reopened = new Dexie(RESTORE_COPY_DATABASE);
    reopened.version(1).stores({ chunks: 'id', meta: 'id' });
    try {
      expect(await reopened.table('meta').get('meta')).toMatchObject({ savedAt: T2 });
      expect(await reopened.table('chunks').get('contacts:0')).toMatchObject({ table: 'contacts' });
    } finally {
      reopened.close();
    }
  });

  it('keeps touch logs in the copy in records of at most 5,000 touches', async () => {
    const { anna, bo } = await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    const [touch] = await readAllTouches();
    if (!touch) throw new Error('Anna and Bo have a touch');
    const many = Array.from({ length: 3_000 }, (_, index) => ({
      ...touch,
      id: `bulk-${index}`,
      at: T0 - index,
    }));
    await db.touchLogs.bulkPut(logsOfTouches([touch, ...many]));
    const before = await everything();

    await restoreBackup(parseBackup(text), T2);
    const reopened = new Dexie(RESTORE_COPY_DATABASE);
    reopened.version(1).stores({ chunks: 'id', meta: 'id' });
    try {
      const chunks = (await reopened.table('chunks').toArray()) as {
        table: string;
        rows: { touches: unknown[] }[];
      }[];
      const logChunks = chunks.filter((chunk) => chunk.table === 'touchLogs');
      expect(logChunks.map((chunk) => chunk.rows.length)).toEqual([1, 1]);
      expect(logChunks.flatMap((chunk) => chunk.rows.map((log) => log.touches.length))).toEqual([
        3_001, 3_001,
      ]);
    } finally {
      reopened.close();
    }
    await revertRestore();
    expect(await everything()).toEqual(before);
    expect((await db.touchLogs.get(anna.id))?.touches).toHaveLength(3_001);
    expect((await db.touchLogs.get(bo.id))?.touches).toHaveLength(3_001);
  });

  it('rebuilds derived fields that disagree with the file’s touches', async () => {
    const { anna } = await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    const backup = parseBackup(text);
    const stored = backup.tables.contacts.find((contact) => contact.id === anna.id);
    if (stored) stored.touchCount = 9;
    const result = await restoreBackup(backup, T2);
    expect(result.isDerivedRebuilt).toBe(true);
    expect((await db.contacts.get(anna.id))?.touchCount).toBe(1);
  });

  it('leaves the data as it was when writing the restore fails', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    await seedPeople(makePerson('Cia', 'Lund'));
    const before = await everything();
    // The settings row, written last, cannot be stored: every table before it was cleared
    // and written in the same transaction.
    const backup = parseBackup(text);
    Object.assign(backup.tables.settings[0] ?? {}, { theme: () => 'dark' });
    await expect(restoreBackup(backup, T2)).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('refuses to revert when there is nothing to go back to', async () => {
    await expect(revertRestore()).rejects.toMatchObject({ reason: 'no-copy' });
  });
});
