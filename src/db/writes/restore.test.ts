import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DATA_TABLES } from '../db';
import {
  discardRestoreCopy,
  isCancelledRestore,
  restoreBackup,
  revertRestore,
  type RestoreProgress,
} from './restore';
import { RESTORE_COPY_DATABASE } from '../restore-copies';
import { hasRevertableRestore, revertableRestoreAt } from '../revert-point';
import { markBackupSaved } from './backup';
import { APP_VERSION, makeBackup, previewRestore } from '../reads/backup';
import { REVERT_POINT_ID, storedCopyIds, writeCopy } from '../restore-copies';
import { withRestoreLock } from '../restore-lock';
import { discardStrayRestoreCopies } from '../revert-point';
import { addTouch, deleteTouch } from './touches';
import { logAsk, setAskOutcome } from './asks';
import { createIntroduction, deleteIntroduction, setIntroductionState } from './introductions';
import { logsOfTouches, participationId } from '../codecs/touch-log';
import { readAllTouches } from '../reads/touches';
import { applyImport } from './imports';
import { planImportFromDatabase } from '../reads/imports';
import { snoozeBackupReminder } from './backup';
import {
  BACKUP_TABLES,
  BackupError,
  parseBackup,
  type BackupTables,
} from '../../interop/backup-format';
import type { Settings } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';
import { imported, vCardFile } from '../../../tests/support/import-seed';

const T0 = Date.UTC(2025, 4, 1, 12, 0);
const T1 = T0 + 60_000;
const T2 = T1 + 60_000;

beforeEach(async () => {
  await freshDatabase();
  await discardRestoreCopy();
});

/** The copy database as the app opens it now, for a look at what is stored. */
function openCopyDatabase(): Dexie {
  const copies = new Dexie(RESTORE_COPY_DATABASE);
  copies.version(2).stores({ chunks: 'id, copyId', meta: 'id' });
  return copies;
}

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
  await addTouch(touchDraft([anna.id, bo.id], T0, { note: 'Lunch 🍜' }), T0);
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
    const second = await addTouch(touchDraft([bo.id], T1), T1);
    await deleteTouch({ id: second, participantIds: [bo.id] }, T2);
    await addTouch(touchDraft([anna.id], T2), T2);
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

  it('leaves out derived caches, import history and the revert point', async () => {
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
    expect(file.tables).not.toHaveProperty('revertPoint');
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
    // The file's data, the settings recording the file as the last backup.
    expect(await everything()).toEqual({
      ...backedUp,
      settings: (backedUp.settings as Settings[]).map((row) => ({ ...row, lastBackupAt: T1 })),
    });
    expect(await db.graphLayouts.count()).toBe(0);
    expect(await hasRevertableRestore()).toBe(true);
    expect(await revertableRestoreAt()).toBe(T2);

    await revertRestore();
    expect(await everything()).toEqual(beforeRestore);
    expect(await hasRevertableRestore()).toBe(false);
    // The revert cleared the revert point with its write, then dropped the copy.
    expect(await db.revertPoint.count()).toBe(0);
    expect(await storedCopyIds()).toEqual([]);
  });

  it('brings back asks and introductions, and the revert puts back those made since', async () => {
    const { anna, bo } = await seedAnnaAndBo();
    const askId = await logAsk({ contactId: anna.id, what: 'Intro', at: T0 }, T0);
    await setAskOutcome(askId, 'helped', T0, T0);
    const introId = await createIntroduction(
      { direction: 'for-me', firstId: anna.id, secondId: bo.id, note: '', at: T0 },
      T0,
    );
    for (const state of ['first-agreed', 'second-agreed', 'made'] as const) {
      await setIntroductionState(introId, state, T0, T0);
    }
    const backedUp = await everything();
    expect(backedUp.asks).toHaveLength(1);
    expect(backedUp.introductions).toHaveLength(1);
    const { text } = await makeBackup({ now: T1 });

    await logAsk({ contactId: bo.id, what: 'Advice', at: T1 }, T1);
    await deleteIntroduction(introId, T1);
    const beforeRestore = await everything();

    await restoreBackup(parseBackup(text), T2);
    expect(await everything()).toEqual({
      ...backedUp,
      settings: (backedUp.settings as Settings[]).map((row) => ({ ...row, lastBackupAt: T1 })),
    });
    await revertRestore();
    expect(await everything()).toEqual(beforeRestore);
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

  it('keeps the copy in its own database under the id the main database names', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    await restoreBackup(parseBackup(text), T2);
    const point = await db.revertPoint.get(REVERT_POINT_ID);
    expect(point?.copyId).toEqual(expect.any(String));
    const reopened = openCopyDatabase();
    try {
      expect(await reopened.table('meta').toArray()).toEqual([
        expect.objectContaining({ id: point?.copyId, savedAt: T2 }),
      ]);
      const chunks = (await reopened.table('chunks').toArray()) as { copyId: string }[];
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.every((chunk) => chunk.copyId === point?.copyId)).toBe(true);
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
    const reopened = openCopyDatabase();
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

  it('refuses to revert when there is nothing to go back to', async () => {
    await expect(revertRestore()).rejects.toMatchObject({ reason: 'no-copy' });
  });

  it('reports its progress through both phases, ending with every row written', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    const seen: RestoreProgress[] = [];
    await restoreBackup(parseBackup(text), T2, { onProgress: (progress) => seen.push(progress) });
    expect(seen[0]).toMatchObject({ phase: 'copying', done: 0 });
    expect(seen.some((progress) => progress.phase === 'writing')).toBe(true);
    const last = seen.at(-1);
    expect(last?.done).toBe(last?.total);
    const dones = seen.map((progress) => progress.done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
  });
});

/** Backup text of Anna and Bo, and the data after a real restore of it over Cia. */
async function afterARealRestore() {
  await seedAnnaAndBo();
  const { text } = await makeBackup({ now: T1 });
  await freshDatabase();
  await seedPeople(makePerson('Cia', 'Lund'));
  const beforeRealRestore = await everything();
  await restoreBackup(parseBackup(text), T1);
  const point = await db.revertPoint.get(REVERT_POINT_ID);
  if (!point) throw new Error('a real restore names its copy');
  return { text, beforeRealRestore, copyId: point.copyId };
}

describe('a restore happens whole or leaves no trace', () => {
  it('a restore whose transaction fails leaves the data and the earlier revert point exactly', async () => {
    const { text, beforeRealRestore, copyId } = await afterARealRestore();
    // Work done after the real restore, which the failing one must not touch either.
    await seedPeople(makePerson('Dan', 'Holm'));
    const before = await everything();

    // The settings row, written last, cannot be stored: every table before it was cleared
    // and written in the same transaction, and its copy was kept before it.
    const failing = parseBackup(text);
    Object.assign(failing.tables.settings[0] ?? {}, { theme: () => 'dark' });
    await expect(restoreBackup(failing, T2)).rejects.toThrow();

    expect(await everything()).toEqual(before);
    expect((await db.revertPoint.get(REVERT_POINT_ID))?.copyId).toBe(copyId);
    expect(await revertableRestoreAt()).toBe(T1);
    // The failed restore's own copy is gone; the real one is untouched.
    expect(await storedCopyIds()).toEqual([copyId]);

    await revertRestore();
    expect(await everything()).toEqual(beforeRealRestore);
  });

  it('a restore cancelled while writing leaves the data and the revert point as they were', async () => {
    const { text, copyId } = await afterARealRestore();
    await seedPeople(makePerson('Dan', 'Holm'));
    const before = await everything();
    const controller = new AbortController();
    const phases: string[] = [];
    const restoring = restoreBackup(parseBackup(text), T2, {
      signal: controller.signal,
      onProgress: ({ phase }) => {
        phases.push(phase);
        if (phase === 'writing') controller.abort();
      },
    });
    await expect(restoring).rejects.toSatisfy(isCancelledRestore);
    expect(phases).toContain('writing');
    expect(await everything()).toEqual(before);
    expect((await db.revertPoint.get(REVERT_POINT_ID))?.copyId).toBe(copyId);
    expect(await storedCopyIds()).toEqual([copyId]);
  });

  it('a restore cancelled while keeping its copy keeps no part of it', async () => {
    await seedAnnaAndBo();
    const { text } = await makeBackup({ now: T1 });
    const before = await everything();
    const controller = new AbortController();
    const restoring = restoreBackup(parseBackup(text), T2, {
      signal: controller.signal,
      onProgress: ({ phase, done }) => {
        if (phase === 'copying' && done > 0) controller.abort();
      },
    });
    await expect(restoring).rejects.toSatisfy(isCancelledRestore);
    expect(await everything()).toEqual(before);
    expect(await hasRevertableRestore()).toBe(false);
    expect(await storedCopyIds()).toEqual([]);
  });

  it('a copy no revert point names is never offered, and the next clean-up discards it', async () => {
    const { beforeRealRestore, copyId } = await afterARealRestore();
    // What a tab closed after keeping its copy but before its restore committed leaves.
    await writeCopy({ id: 'cut-short', savedAt: T2, counts: {} }, [
      { id: 'cut-short:contacts:0', copyId: 'cut-short', table: 'contacts', index: 0, rows: [] },
    ]);
    expect(await revertableRestoreAt()).toBe(T1);
    expect((await storedCopyIds()).sort()).toEqual([copyId, 'cut-short'].sort());

    await discardStrayRestoreCopies();
    expect(await storedCopyIds()).toEqual([copyId]);
    await revertRestore();
    expect(await everything()).toEqual(beforeRealRestore);
  });

  it('a copy alone, without any revert point, is not offered either', async () => {
    await seedAnnaAndBo();
    const before = await everything();
    await writeCopy({ id: 'orphan', savedAt: T2, counts: {} }, []);
    expect(await hasRevertableRestore()).toBe(false);
    await expect(revertRestore()).rejects.toMatchObject({ reason: 'no-copy' });
    expect(await everything()).toEqual(before);
    await discardStrayRestoreCopies();
    expect(await storedCopyIds()).toEqual([]);
  });

  it('a revert point naming no complete copy is not offered, and the clean-up clears it', async () => {
    await db.revertPoint.put({ id: REVERT_POINT_ID, copyId: 'never-finished' });
    expect(await hasRevertableRestore()).toBe(false);
    await discardStrayRestoreCopies();
    expect(await db.revertPoint.count()).toBe(0);
  });

  it('the clean-up leaves alone a copy kept by a restore still running', async () => {
    await withRestoreLock(async () => {
      await writeCopy({ id: 'in-progress', savedAt: T2, counts: {} }, []);
      await discardStrayRestoreCopies();
      expect(await storedCopyIds()).toEqual(['in-progress']);
    });
    await discardStrayRestoreCopies();
    expect(await storedCopyIds()).toEqual([]);
  });

  it('keeping the restored data forgets the revert point and its copy', async () => {
    await afterARealRestore();
    await discardRestoreCopy();
    expect(await hasRevertableRestore()).toBe(false);
    expect(await db.revertPoint.count()).toBe(0);
    expect(await storedCopyIds()).toEqual([]);
  });
});
