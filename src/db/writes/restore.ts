// Restoring a backup, with a way back from a restore (making one is reads/backup.ts).
//
// - restoreBackup takes a file already checked by parseBackup (previewRestore), so nothing is
//   written for a bad file. It replaces every table of user data in one transaction, after
//   keeping a copy of the data it replaces in a second database (restore-copies.ts), so that
//   revertRestore can put it back, after a reload too.
//
// A restore happens whole or leaves no trace. The invariant:
//
//   The main database's revertPoint row names the copy that revertRestore puts back, and
//   it names a copy only from the commit of the restore that kept it until the commit of
//   the revert that uses it (or of discardRestoreCopy). A copy it does not name counts for
//   nothing: it is never shown, never read, and is deleted by the next clean-up.
//
// The order that keeps it:
//   1. Take the restore lock (restore-lock.ts), so no clean-up or other restore runs
//      meanwhile, in any tab; drop stray copies.
//   2. Read the current data; write it as a NEW copy under a fresh id, in one transaction
//      of the copy database. The copy the revert point names, if any, is not touched.
//   3. In ONE transaction of the main database: clear and write every table, and set the
//      revert point to the new copy. If the tab closes, the file fails to write, the disk
//      is full, or the user cancels, this transaction aborts whole: the data and the revert
//      point are as they were, and the new copy is a stray.
//   4. After the commit, delete the copy the revert point named before (now a stray); after
//      a failure, delete the new copy. A tab closed between the steps leaves strays only,
//      which the next open of the app (revert-point.ts) or the next restore discards.
// revertRestore reads the named copy, then in ONE transaction writes it back and clears the
// revert point (checking it still names that copy); only after that commit is the copy
// deleted. An earlier real revert point is therefore never replaced by a restore that did
// not commit, and a copy from a restore that never happened is never offered.
//
// - The copy is stored as chunks of rows (one record per CHUNK_WEIGHT rows of a table, a
//   touch log weighing as its touches): far fewer records than rows, so keeping it costs a
//   structured clone rather than an index update per row, and no single clone is huge. The
//   restore writes its tables in chunks of the same weight, reporting its progress after
//   each, and a cancel is honoured between chunks until the revert point is set.
// - The packed tables (planInputs, planStats, peopleRows) follow the contacts through their
//   middlewares (derived/middlewares.ts); the graph's layout cache is cleared; import
//   batches are cleared (their undo refers to data the restore replaced) but kept in the
//   copy, so a revert brings them back.
// - Derived fields come from the file: they were kept true where it was made, and a restore
//   is exact. When the file's touch counts disagree with its touches (an edited file), they
//   are rebuilt in the same transaction.
// - The file keeps the format it always had: a table of touches and one of participations
//   (touch, person). The database keeps touches in each person's log (codecs/touch-log.ts), so a
//   backup lists every touch once, by id, with its participations made from its people; a
//   restore checks both tables and writes the touches into logs. The participations were
//   only ever an index of each touch's people: the touches' participantIds are what count.
import type { Table } from 'dexie';
import { db, DATA_TABLES } from '../db';
import { runWrite } from './run-write';
import { WriteError, type RestoreErrorReason } from '../write-errors';
import { currentTime, newId } from '../clock';
import { rebuildAllDerived } from '../derived/contact-fields';
import { chunksByShard } from '../codecs/shard-chunks';
import {
  copyChunkId,
  deleteCopy,
  readCopy,
  REVERT_POINT_ID,
  writeCopy,
  type CopyChunk,
} from '../restore-copies';
import { withRestoreLock } from '../restore-lock';
import { discardStrayCopiesHoldingLock, namedCopyId } from '../revert-point';
import { logsOfTouches, type TouchLog } from '../codecs/touch-log';
import { dataTablesOf, touchCountsOf, type DataTables } from '../codecs/backup-tables';
import {
  countsOf,
  hasConsistentDerived,
  type Backup,
  type BackupCounts,
} from '../../interop/backup-format';
import type { Contact, EpochMs, ImportBatch, Touch, Settings } from '../../domain/types';

/**
 * Rows per chunk of the kept copy and per bulk write of a restore (a touch log weighing as
 * its touches): a few dozen chunks for 10,000 people and 100,000 touches.
 */
const CHUNK_WEIGHT = 5_000;

/** Everything a restore replaces, and its revert puts back. */
type KeptTables = DataTables & { importBatches: ImportBatch[] };
type KeptTableName = keyof KeptTables;
const KEPT_TABLES: readonly KeptTableName[] = [...DATA_TABLES, 'importBatches'];

function tableOf(name: KeptTableName): Table {
  return db.table(name);
}

async function readTables(names: readonly KeptTableName[]): Promise<Partial<KeptTables>> {
  const rows = await Promise.all(names.map((name) => tableOf(name).toArray()));
  return Object.fromEntries(names.map((name, index) => [name, rows[index]]));
}

/** How much a row weighs in a chunk: a touch log as many rows as it has touches. */
function weightOf(table: KeptTableName, row: unknown): number {
  return table === 'touchLogs' ? Math.max(1, (row as TouchLog).touches.length) : 1;
}

/** A table's rows in runs of at most CHUNK_WEIGHT (a single heavier row is a run alone). */
function runsOf(
  table: KeptTableName,
  rows: readonly unknown[],
): { rows: unknown[]; weight: number }[] {
  // People in whole shards, so their derived rows are written once (codecs/shard-chunks.ts).
  if (table === 'contacts') {
    return chunksByShard(rows as Contact[], (contact) => contact.id, CHUNK_WEIGHT).map((chunk) => ({
      rows: chunk,
      weight: chunk.length,
    }));
  }
  const runs: { rows: unknown[]; weight: number }[] = [];
  let current: { rows: unknown[]; weight: number } = { rows: [], weight: 0 };
  for (const row of rows) {
    const rowWeight = weightOf(table, row);
    if (current.rows.length > 0 && current.weight + rowWeight > CHUNK_WEIGHT) {
      runs.push(current);
      current = { rows: [], weight: 0 };
    }
    current.rows.push(row);
    current.weight += rowWeight;
  }
  if (current.rows.length > 0) runs.push(current);
  return runs;
}

/** The rows a set of tables weighs in all, as the progress counts them. */
function totalWeight(tables: KeptTables): number {
  let total = 0;
  for (const table of KEPT_TABLES) {
    for (const row of tables[table] as unknown[]) total += weightOf(table, row);
  }
  return total;
}

/** A copy of these tables as chunks, with each chunk's weight for the progress. */
function copyChunksOf(copyId: string, tables: KeptTables): Map<CopyChunk, number> {
  const chunks = new Map<CopyChunk, number>();
  for (const table of KEPT_TABLES) {
    runsOf(table, tables[table]).forEach((run, index) => {
      const chunk = { id: copyChunkId(copyId, table, index), copyId, table, index, rows: run.rows };
      chunks.set(chunk, run.weight);
    });
  }
  return chunks;
}

/** The tables a copy holds, from its chunks in index order. */
function keptTablesOf(chunks: readonly CopyChunk[]): KeptTables {
  const tables: Record<string, unknown[]> = Object.fromEntries(
    [...KEPT_TABLES, 'interactions'].map((name) => [name, [] as unknown[]]),
  );
  for (const chunk of chunks) tables[chunk.table]?.push(...chunk.rows);
  // A copy kept before touches moved into logs holds the touches as rows of their own.
  const { interactions = [], ...kept } = tables;
  if (interactions.length > 0) kept.touchLogs = logsOfTouches(interactions as Touch[]);
  return kept as unknown as KeptTables;
}

export class RestoreError extends WriteError<RestoreErrorReason> {
  constructor(reason: RestoreErrorReason, message: string) {
    super(reason, message);
    this.name = 'RestoreError';
  }
}

/** True for the error a cancelled restore ends with. */
export function isCancelledRestore(error: unknown): boolean {
  return error instanceof RestoreError && error.reason === 'cancelled';
}

/** What replaceAll does besides writing the tables. */
type ReplaceOptions = {
  rebuildDerived: boolean;
  /** The copy the revert point names once this commits; null clears it. */
  revertPointTo: string | null;
  /** Refuse (no-copy) unless the revert point still names this copy when the write starts. */
  revertPointWas?: string | undefined;
  /**
   * Runs after each chunk is written, with its weight, and once more (weight 0) before the
   * revert point is set, the last write. Throwing from it aborts the whole transaction.
   */
  afterChunk?: ((weight: number) => void) | undefined;
};

/**
 * In ONE transaction: clears every table a restore replaces, writes these rows, and sets
 * the revert point (see the module comment).
 */
async function replaceAll(tables: KeptTables, options: ReplaceOptions): Promise<void> {
  const { rebuildDerived, revertPointTo, revertPointWas, afterChunk } = options;
  const scope = [...DATA_TABLES, db.importBatches, db.graphLayouts, db.revertPoint];
  // A restore has never asked the browser to keep the data; this layer keeps it so.
  await runWrite(scope, { asksToKeepData: false }, async () => {
    if (revertPointWas !== undefined && (await namedCopyId()) !== revertPointWas) {
      throw new RestoreError('no-copy', 'The data from before the restore is no longer kept.');
    }
    for (const name of KEPT_TABLES) await tableOf(name).clear();
    await db.graphLayouts.clear();
    for (const name of KEPT_TABLES) {
      for (const run of runsOf(name, tables[name])) {
        await tableOf(name).bulkAdd(run.rows);
        afterChunk?.(run.weight);
      }
    }
    if (rebuildDerived) await rebuildAllDerived();
    afterChunk?.(0);
    if (revertPointTo === null) await db.revertPoint.delete(REVERT_POINT_ID);
    else await db.revertPoint.put({ id: REVERT_POINT_ID, copyId: revertPointTo });
  });
}

/**
 * The restored settings, recording the file as the last backup: right after a restore the
 * data is exactly what the file holds, so the backup reminder counts from the file's time
 * (domain/backup-reminder.ts) instead of greeting the user with every restored row as a change.
 * A later backup recorded in the file itself is kept.
 */
function backedUpAt(rows: readonly Settings[], fileCreatedAt: EpochMs): Settings[] {
  return rows.map((row) => ({
    ...row,
    lastBackupAt: Math.max(row.lastBackupAt ?? fileCreatedAt, fileCreatedAt),
  }));
}

export type RestoreResult = {
  counts: BackupCounts;
  /** The file's derived fields disagreed with its touches and were rebuilt. */
  isDerivedRebuilt: boolean;
  /** When the copy of the data before the restore was kept (see revertRestore). */
  copiedAt: EpochMs;
};

/** Where a restore is: keeping the copy, then writing the file's data. */
export type RestorePhase = 'copying' | 'writing';

/** done of total rows (a touch log weighing as its touches), both phases together. */
export type RestoreProgress = { phase: RestorePhase; done: number; total: number };

export type RestoreOptions = {
  /** Stops the restore before it commits; it then throws a RestoreError 'cancelled'. */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: RestoreProgress) => void) | undefined;
};

/**
 * Replaces all data with the backup's, keeping a copy of the current data that
 * revertRestore can put back. Happens whole or not at all (see the module comment).
 */
export async function restoreBackup(
  backup: Backup,
  now = currentTime(),
  { signal, onProgress }: RestoreOptions = {},
): Promise<RestoreResult> {
  const checkpoint = () => {
    if (signal?.aborted) throw new RestoreError('cancelled', 'The restore was cancelled.');
  };
  return withRestoreLock(async () => {
    await discardStrayCopiesHoldingLock();
    checkpoint();
    const current = (await db.transaction('r', [...DATA_TABLES, db.importBatches], () =>
      readTables(KEPT_TABLES),
    )) as KeptTables;
    const restored = dataTablesOf(backup.tables);
    const next: KeptTables = {
      ...restored,
      settings: backedUpAt(restored.settings, backup.createdAt),
      importBatches: [],
    };
    const copyId = newId();
    const chunks = copyChunksOf(copyId, current);
    const counts = Object.fromEntries(KEPT_TABLES.map((name) => [name, current[name].length]));
    const total = totalWeight(current) + totalWeight(next);
    let done = 0;
    const advance = (phase: RestorePhase, weight: number) => {
      checkpoint();
      done += weight;
      onProgress?.({ phase, done, total });
    };
    onProgress?.({ phase: 'copying', done, total });

    await writeCopy({ id: copyId, savedAt: now, counts }, [...chunks.keys()], (chunk) => {
      advance('copying', chunks.get(chunk) ?? 0);
    });
    onProgress?.({ phase: 'writing', done, total });
    const isDerivedRebuilt = !hasConsistentDerived(backup.tables);
    try {
      await replaceAll(next, {
        rebuildDerived: isDerivedRebuilt,
        revertPointTo: copyId,
        afterChunk: (weight) => {
          advance('writing', weight);
        },
      });
    } catch (error) {
      // Nothing names the new copy: it goes now, or with the next clean-up if this fails.
      await deleteCopy(copyId).catch((cleanUpError: unknown) => {
        console.error('Ties could not drop the copy of a restore that failed', cleanUpError);
      });
      throw error;
    }
    // The copy the revert point named before this restore is a stray now.
    await discardStrayCopiesHoldingLock().catch((cleanUpError: unknown) => {
      console.error('Ties could not drop the copy of an earlier restore', cleanUpError);
    });
    return { counts: countsOf(backup.tables), isDerivedRebuilt, copiedAt: now };
  });
}

/**
 * Puts back the data from just before the last restore, and clears the revert point in the
 * same transaction; only then is the copy dropped. Changes made after the restore are
 * replaced too: the revert returns to that moment.
 */
export async function revertRestore(): Promise<BackupCounts> {
  return withRestoreLock(async () => {
    const copyId = await namedCopyId();
    const copy = copyId === undefined ? undefined : await readCopy(copyId);
    if (copyId === undefined || !copy) {
      throw new RestoreError('no-copy', 'There is no data from before a restore.');
    }
    const tables = keptTablesOf(copy.chunks);
    await replaceAll(tables, {
      rebuildDerived: false,
      revertPointTo: null,
      revertPointWas: copyId,
    });
    await discardStrayCopiesHoldingLock().catch((cleanUpError: unknown) => {
      console.error('Ties could not drop the copy a revert put back', cleanUpError);
    });
    return touchCountsOf(
      tables.touchLogs,
      Object.fromEntries(DATA_TABLES.map((name) => [name, tables[name].length])),
    );
  });
}

/** Forgets the data from before the last restore (the user keeps the restored data). */
export async function discardRestoreCopy(): Promise<void> {
  await withRestoreLock(async () => {
    await runWrite([db.revertPoint], { asksToKeepData: false }, () =>
      db.revertPoint.delete(REVERT_POINT_ID),
    );
    await discardStrayCopiesHoldingLock();
  });
}
