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
import { addInteraction } from '../../../src/db/interactions';
import { applyImport, planImportFromDatabase } from '../../../src/db/imports';
import { snoozeBackupReminder } from '../../../src/db/backup-reminder';
import { BackupError, parseBackup } from '../../../src/interop/backup-format';
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
    expect(Object.keys(file.tables)).toEqual([...DATA_TABLES]);
    expect(counts).toMatchObject({ contacts: 2, interactions: 1, participations: 2, settings: 1 });
    expect(createdAt).toBe(T1);
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
