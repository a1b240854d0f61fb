// The copies a restore keeps of the data it replaces, in a second IndexedDB database,
// 'ties-before-restore', so that "revert the restore" still works after a reload. This
// module only stores and reads copies; which copy counts is decided by the main database
// (its revertPoint record, writes/restore.ts and revert-point.ts), never by a copy being here.
//
// - A copy has an id of its own: a new restore writes a new copy and never touches the one
//   an earlier restore kept, which stays valid until the new restore commits.
// - A copy is chunks of rows (one record per chunk, see writes/restore.ts) and a meta row, written
//   together in one transaction, the meta row last: a copy cut short by a closed tab is
//   rolled back whole, and one without its meta row is never read.
// - An app from before copy ids kept at most one copy, under the meta key 'meta' and chunks
//   without a copy id; version 2 of this database files those chunks under that copy id,
//   so that copy reads like any other (LEGACY_COPY_ID).
import { Dexie, type EntityTable } from 'dexie';
import type { EpochMs } from '../domain/types';

export const RESTORE_COPY_DATABASE = 'ties-before-restore';

/** The id of the one copy an app from before copy ids kept: its meta row's key. */
export const LEGACY_COPY_ID = 'meta';

/**
 * The main database's record of which copy a "revert the restore" puts back (db.ts
 * revertPoint, one row). Set in the same transaction as the restore that made the copy,
 * cleared in the same transaction as the revert that uses it.
 */
export type RevertPoint = { id: typeof REVERT_POINT_ID; copyId: string };
export const REVERT_POINT_ID = 'revert-point';

/** One record of a copy: some rows of one table, in the order they are read back. */
export type CopyChunk = {
  id: string;
  copyId: string;
  table: string;
  index: number;
  rows: unknown[];
};

/** Written last: a copy without its meta row is incomplete and never read. */
export type CopyMeta = { id: string; savedAt: EpochMs; counts: Record<string, number> };

class RestoreCopyDatabase extends Dexie {
  chunks!: EntityTable<CopyChunk, 'id'>;
  meta!: EntityTable<CopyMeta, 'id'>;

  constructor() {
    super(RESTORE_COPY_DATABASE);
    this.version(1).stores({ chunks: 'id', meta: 'id' });
    this.version(2)
      .stores({ chunks: 'id, copyId' })
      .upgrade(async (tx) => {
        await tx
          .table<Partial<CopyChunk>>('chunks')
          .toCollection()
          .modify((chunk) => {
            chunk.copyId ??= LEGACY_COPY_ID;
          });
      });
  }
}

const copyDb = new RestoreCopyDatabase();

/** The id of a copy's chunk: unique across copies, tables and chunks. */
export function copyChunkId(copyId: string, table: string, index: number): string {
  return `${copyId}:${table}:${index}`;
}

/**
 * Writes a whole copy in one transaction, the meta row last. `afterChunk` runs after each
 * chunk is written; throwing from it (a cancelled restore) rolls the whole copy back.
 */
export async function writeCopy(
  meta: CopyMeta,
  chunks: readonly CopyChunk[],
  afterChunk: (chunk: CopyChunk) => void = () => undefined,
): Promise<void> {
  await copyDb.transaction('rw', copyDb.chunks, copyDb.meta, async () => {
    for (const chunk of chunks) {
      await copyDb.chunks.add(chunk);
      afterChunk(chunk);
    }
    await copyDb.meta.add(meta);
  });
}

/** A complete copy's meta row and chunks (in index order), or undefined when there is none. */
export async function readCopy(
  copyId: string,
): Promise<{ meta: CopyMeta; chunks: CopyChunk[] } | undefined> {
  return copyDb.transaction('r', copyDb.chunks, copyDb.meta, async () => {
    const meta = await copyDb.meta.get(copyId);
    if (!meta) return undefined;
    const chunks = await copyDb.chunks.where('copyId').equals(copyId).toArray();
    return { meta, chunks: chunks.sort((a, b) => a.index - b.index) };
  });
}

/** The meta row of a complete copy, or undefined. */
export async function copyMetaOf(copyId: string): Promise<CopyMeta | undefined> {
  return copyDb.meta.get(copyId);
}

/** Every copy with anything stored: a meta row, chunks, or both (one cut short). */
export async function storedCopyIds(): Promise<string[]> {
  return copyDb.transaction('r', copyDb.chunks, copyDb.meta, async () => {
    const [withMeta, withChunks] = await Promise.all([
      copyDb.meta.toCollection().primaryKeys(),
      copyDb.chunks.orderBy('copyId').uniqueKeys(),
    ]);
    return [...new Set([...withMeta, ...withChunks.map(String)])];
  });
}

/** Deletes a copy: its meta row and every chunk, in one transaction. */
export async function deleteCopy(copyId: string): Promise<void> {
  await copyDb.transaction('rw', copyDb.chunks, copyDb.meta, async () => {
    await copyDb.meta.delete(copyId);
    await copyDb.chunks.where('copyId').equals(copyId).delete();
  });
}
