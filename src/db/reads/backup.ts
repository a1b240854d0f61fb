// Making a backup: every table of user data read in ONE read transaction (a consistent
// snapshot; toArray per table, never cursors) and serialised (interop/backup-format.ts); and
// checking a file before a restore (writes/restore.ts) says what it would replace.
import type { Table } from 'dexie';
import { version as packageVersion } from '../../../package.json';
import { db, DATA_TABLES } from '../db';
import { currentTime } from '../clock';
import { LATEST_VERSION } from '../schema';
import { backupTablesOf, touchCountsOf, type DataTables } from '../codecs/backup-tables';
import {
  BACKUP_TABLES,
  countsOf,
  parseBackup,
  serialiseBackup,
  type Backup,
  type BackupCounts,
  type BackupTables,
} from '../../interop/backup-format';
import type { EpochMs } from '../../domain/types';

/** The app version written into every backup. */
export const APP_VERSION: string = packageVersion;

export type BackupFile = { text: string; counts: BackupCounts; createdAt: EpochMs };

function tableOf(name: (typeof DATA_TABLES)[number]): Table {
  return db.table(name);
}

/** Every table of user data as a backup holds it, read in one transaction. */
export async function readBackupTables(): Promise<BackupTables> {
  const tables = await db.transaction('r', [...DATA_TABLES], async () => {
    const rows = await Promise.all(DATA_TABLES.map((name) => tableOf(name).toArray()));
    return Object.fromEntries(DATA_TABLES.map((name, index) => [name, rows[index]])) as DataTables;
  });
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
