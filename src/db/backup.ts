// Making a backup and restoring one (DESIGN §2.6), with a way back from a restore.
//
// - makeBackup reads every table of user data in ONE read transaction (a consistent
//   snapshot; toArray per table, never cursors) and serialises it (interop/backup-format.ts).
// - restoreBackup takes a file already checked by parseBackup (previewRestore), so nothing is
//   written for a bad file. It first keeps a copy of the current data in a second IndexedDB
//   database, 'ties-before-restore', in one transaction of its own, written in full before
//   the main database is touched; a copy cut short (a closed tab) is rolled back with its
//   transaction, leaving any earlier copy as it was. Only then does one transaction over
//   every table clear them and bulk-write the file's rows. The copy lives in IndexedDB, so
//   "revert the restore" still works after a reload, until revertRestore puts it back or
//   discardRestoreCopy drops it.
// - The copy is stored as chunks of rows (one record per COPY_CHUNK rows of a table, a touch
//   log weighing as its touches): far fewer records than rows, so keeping it costs a
//   structured clone rather than an index update per row, and no single clone is huge.
// - planInputs follows the contacts through its middleware (plan-inputs.ts); the graph's
//   layout cache is cleared; import batches are cleared (their undo refers to data the
//   restore replaced) but kept in the copy, so a revert brings them back.
// - Derived fields come from the file: they were kept true where it was made, and a restore
//   is exact. When the file's touch counts disagree with its touches (an edited file), they
//   are rebuilt in the same transaction.
// - The file keeps the format it always had: a table of touches and one of participations
//   (touch, person). The database keeps touches in each person's log (touch-logs.ts), so a
//   backup lists every touch once, by id, with its participations made from its people; a
//   restore checks both tables and writes the touches into logs. The participations were
//   only ever an index of each touch's people: the touches' participantIds are what count.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { version as packageVersion } from '../../package.json';
import { db, DATA_TABLES } from './db';
import { currentTime } from './clock';
import { rebuildAllDerived } from './derived';
import { LATEST_VERSION } from './schema';
import { getSettings } from './settings';
import { logsOfTouches, participationsOfTouches, touchesOfLogs, type TouchLog } from './touch-logs';
import {
  BACKUP_TABLES,
  countsOf,
  hasConsistentDerived,
  parseBackup,
  serialiseBackup,
  type Backup,
  type BackupCounts,
  type BackupTables,
} from '../interop/backup-format';
import type { EpochMs, Id, ImportBatch, Interaction, Settings } from '../domain/types';

/** The app version written into every backup. */
export const APP_VERSION: string = packageVersion;

export const RESTORE_COPY_DATABASE = 'ties-before-restore';

/** Rows per bulk request when writing a table, and per record of the kept copy. */
export const RESTORE_WRITE_CHUNK = 5_000;
const COPY_CHUNK = 5_000;

/** The database's tables of user data: a backup's tables, with touches kept in logs. */
type DataTables = Omit<BackupTables, 'interactions' | 'participations'> & {
  touchLogs: TouchLog[];
};
/** Everything a restore replaces, and its revert puts back. */
type KeptTables = DataTables & { importBatches: ImportBatch[] };
type KeptTableName = keyof KeptTables;
const KEPT_TABLES: readonly KeptTableName[] = [...DATA_TABLES, 'importBatches'];

/**
 * One record of the kept copy. A copy kept before touches moved into logs has chunks of
 * the old 'interactions' and 'participations' tables instead of 'touchLogs' (readCopy).
 */
type CopyChunk = {
  id: string;
  table: KeptTableName | 'interactions' | 'participations';
  index: number;
  rows: unknown[];
};
type CopyMeta = { id: 'meta'; savedAt: EpochMs; counts: Record<KeptTableName, number> };

class RestoreCopyDatabase extends Dexie {
  chunks!: EntityTable<CopyChunk, 'id'>;
  meta!: EntityTable<CopyMeta, 'id'>;

  constructor() {
    super(RESTORE_COPY_DATABASE);
    this.version(1).stores({ chunks: 'id', meta: 'id' });
  }
}

const copyDb = new RestoreCopyDatabase();

export type BackupFile = { text: string; counts: BackupCounts; createdAt: EpochMs };

function tableOf(name: KeptTableName): Table {
  return db.table(name);
}

async function readTables(names: readonly KeptTableName[]): Promise<Partial<KeptTables>> {
  const rows = await Promise.all(names.map((name) => tableOf(name).toArray()));
  return Object.fromEntries(names.map((name, index) => [name, rows[index]]));
}

function byId<T extends { id: Id }>(a: T, b: T): number {
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * The backup's tables of this data: every touch once, and a participation for each of its
 * people, both sorted by id as the tables of one row each used to hold them, so that a
 * backup of the same data is the same file as before touches moved into logs.
 */
export function backupTablesOf({ touchLogs, ...rest }: DataTables): BackupTables {
  const interactions = touchesOfLogs(touchLogs).sort(byId);
  const participations = participationsOfTouches(interactions).sort(byId);
  return {
    contacts: rest.contacts,
    interactions,
    participations,
    relations: rest.relations,
    groups: rest.groups,
    goals: rest.goals,
    weekPlans: rest.weekPlans,
    settings: rest.settings,
  };
}

/**
 * The database's tables for a backup's: its touches go into the logs of their people. The
 * participations are left out: checked by parseBackup, they only indexed those people.
 */
function dataTablesOf(tables: BackupTables): DataTables {
  return {
    contacts: tables.contacts,
    touchLogs: logsOfTouches(tables.interactions),
    relations: tables.relations,
    groups: tables.groups,
    goals: tables.goals,
    weekPlans: tables.weekPlans,
    settings: tables.settings,
  };
}

/** Every table of user data as a backup holds it, read in one transaction. */
export async function readBackupTables(): Promise<BackupTables> {
  const tables = (await db.transaction('r', [...DATA_TABLES], () =>
    readTables(DATA_TABLES),
  )) as DataTables;
  return backupTablesOf(tables);
}

/** Reads every table of user data in one transaction and returns the backup file's text. */
export async function makeBackup({
  now = currentTime(),
  appVersion = APP_VERSION,
}: { now?: EpochMs; appVersion?: string } = {}): Promise<BackupFile> {
  const tables = await readBackupTables();
  const text = serialiseBackup(tables, {
    appVersion,
    createdAt: now,
    schemaVersion: LATEST_VERSION,
  });
  return { text, counts: countsOf(tables), createdAt: now };
}

/** Records that a backup was saved: the reminder counts from here, and any snooze ends. */
export async function markBackupSaved(now = currentTime()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings: Settings = { ...(await getSettings()), lastBackupAt: now };
    delete settings.backupSnoozedUntil;
    await db.settings.put(settings);
  });
}

export type RestorePreview = {
  backup: Backup;
  /** For each table: rows stored now, which the restore replaces, and rows in the file. */
  replaces: Record<keyof BackupTables, { now: number; file: number }>;
};

/** Checks a backup file (throws BackupError) and says what restoring it would replace. */
export async function previewRestore(text: string): Promise<RestorePreview> {
  const backup = parseBackup(text);
  const stored = await storedCounts();
  const file = countsOf(backup.tables);
  const replaces = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, { now: stored[name], file: file[name] }]),
  ) as RestorePreview['replaces'];
  return { backup, replaces };
}

/**
 * The rows of each backup table the database holds now. Touches are counted from the logs
 * (a touch with several people is in several): every log is read, as for a backup.
 */
async function storedCounts(): Promise<BackupCounts> {
  return db.transaction('r', [...DATA_TABLES], async () => {
    const [logs, ...counts] = await Promise.all([
      db.touchLogs.toArray(),
      ...DATA_TABLES.map((name) => tableOf(name).count()),
    ]);
    return touchCountsOf(
      logs,
      Object.fromEntries(DATA_TABLES.map((name, index) => [name, counts[index] ?? 0])),
    );
  });
}

/** Backup counts from the counts of the database's tables and its touch logs. */
function touchCountsOf(
  logs: readonly TouchLog[],
  tableCounts: Partial<Record<KeptTableName, number>>,
): BackupCounts {
  const touches = touchesOfLogs(logs);
  let participations = 0;
  for (const touch of touches) participations += new Set(touch.participantIds).size;
  const counts = {} as BackupCounts;
  for (const name of BACKUP_TABLES) {
    if (name === 'interactions') counts[name] = touches.length;
    else if (name === 'participations') counts[name] = participations;
    else counts[name] = tableCounts[name] ?? 0;
  }
  return counts;
}

/**
 * A table's rows in records of at most COPY_CHUNK rows. A touch log holds all of a person's
 * touches, so it weighs as many rows as it has touches.
 */
function copyChunksOf(table: KeptTableName, rows: readonly unknown[]): CopyChunk[] {
  const weightOf = (row: unknown) =>
    table === 'touchLogs' ? Math.max(1, (row as TouchLog).touches.length) : 1;
  const chunks: CopyChunk[] = [];
  let chunkRows: unknown[] = [];
  let weight = 0;
  for (const row of rows) {
    const rowWeight = weightOf(row);
    if (chunkRows.length > 0 && weight + rowWeight > COPY_CHUNK) {
      chunks.push({
        id: `${table}:${chunks.length}`,
        table,
        index: chunks.length,
        rows: chunkRows,
      });
      chunkRows = [];
      weight = 0;
    }
    chunkRows.push(row);
    weight += rowWeight;
  }
  if (chunkRows.length > 0) {
    chunks.push({ id: `${table}:${chunks.length}`, table, index: chunks.length, rows: chunkRows });
  }
  return chunks;
}

async function keepCopy(now: EpochMs): Promise<void> {
  const current = (await db.transaction('r', [...DATA_TABLES, db.importBatches], () =>
    readTables(KEPT_TABLES),
  )) as KeptTables;
  const chunks: CopyChunk[] = [];
  const counts = {} as CopyMeta['counts'];
  for (const table of KEPT_TABLES) {
    const rows: unknown[] = current[table];
    counts[table] = rows.length;
    chunks.push(...copyChunksOf(table, rows));
  }
  await copyDb.transaction('rw', copyDb.chunks, copyDb.meta, async () => {
    await copyDb.chunks.clear();
    await copyDb.meta.clear();
    await copyDb.chunks.bulkAdd(chunks);
    // Written last: a copy without its meta row does not count.
    await copyDb.meta.add({ id: 'meta', savedAt: now, counts });
  });
}

/** Clears every table a restore replaces and writes these rows, in one transaction. */
async function replaceAll(tables: KeptTables, rebuildDerived: boolean): Promise<void> {
  await db.transaction('rw', [...DATA_TABLES, db.importBatches, db.graphLayouts], async () => {
    for (const name of KEPT_TABLES) await tableOf(name).clear();
    await db.graphLayouts.clear();
    for (const name of KEPT_TABLES) {
      const rows: unknown[] = tables[name];
      for (let start = 0; start < rows.length; start += RESTORE_WRITE_CHUNK) {
        await tableOf(name).bulkAdd(rows.slice(start, start + RESTORE_WRITE_CHUNK));
      }
    }
    if (rebuildDerived) await rebuildAllDerived();
  });
}

export type RestoreResult = {
  counts: BackupCounts;
  /** The file's derived fields disagreed with its touches and were rebuilt. */
  isDerivedRebuilt: boolean;
  /** When the copy of the data before the restore was kept (see revertRestore). */
  copiedAt: EpochMs;
};

/**
 * Replaces all data with the backup's, after keeping a copy of the current data that
 * revertRestore can put back (see the module comment).
 */
export async function restoreBackup(backup: Backup, now = currentTime()): Promise<RestoreResult> {
  await keepCopy(now);
  const isDerivedRebuilt = !hasConsistentDerived(backup.tables);
  await replaceAll({ ...dataTablesOf(backup.tables), importBatches: [] }, isDerivedRebuilt);
  return { counts: countsOf(backup.tables), isDerivedRebuilt, copiedAt: now };
}

/** True when a copy from before a restore is kept and can be put back. */
export async function hasRevertableRestore(): Promise<boolean> {
  return (await copyDb.meta.get('meta')) !== undefined;
}

/** When the copy from before the last restore was kept, or undefined when there is none. */
export async function revertableRestoreAt(): Promise<EpochMs | undefined> {
  return (await copyDb.meta.get('meta'))?.savedAt;
}

export type RestoreErrorReason = 'no-copy';

export class RestoreError extends Error {
  readonly reason: RestoreErrorReason;

  constructor(reason: RestoreErrorReason, message: string) {
    super(message);
    this.name = 'RestoreError';
    this.reason = reason;
  }
}

async function readCopy(): Promise<KeptTables> {
  return copyDb.transaction('r', copyDb.chunks, copyDb.meta, async () => {
    const meta = await copyDb.meta.get('meta');
    if (!meta) throw new RestoreError('no-copy', 'There is no data from before a restore.');
    const chunks = await copyDb.chunks.toArray();
    chunks.sort((a, b) => a.index - b.index);
    const tables: Record<string, unknown[]> = Object.fromEntries(
      [...KEPT_TABLES, 'interactions'].map((name) => [name, [] as unknown[]]),
    );
    for (const chunk of chunks) tables[chunk.table]?.push(...chunk.rows);
    // A copy kept before touches moved into logs holds the touches as rows of their own.
    const { interactions = [], ...kept } = tables;
    if (interactions.length > 0) kept.touchLogs = logsOfTouches(interactions as Interaction[]);
    return kept as unknown as KeptTables;
  });
}

/**
 * Puts back the data from just before the last restore, then drops the copy. Changes made
 * after the restore are replaced too: the revert returns to that moment.
 */
export async function revertRestore(): Promise<BackupCounts> {
  const tables = await readCopy();
  await replaceAll(tables, false);
  await discardRestoreCopy();
  return touchCountsOf(
    tables.touchLogs,
    Object.fromEntries(DATA_TABLES.map((name) => [name, tables[name].length])),
  );
}

/** Drops the copy from before the last restore (the user keeps the restored data). */
export async function discardRestoreCopy(): Promise<void> {
  await copyDb.transaction('rw', copyDb.chunks, copyDb.meta, async () => {
    await copyDb.meta.clear();
    await copyDb.chunks.clear();
  });
}
