// Reading for imports: the plan of an import against the people stored now, and the
// imports made so far (writes/imports.ts writes and undoes them).
import { db } from '../db';
import { planImport, type ImportPlan, type ImportPlanOptions } from '../../interop/merge';
import type { ParsedImport } from '../../interop/import-types';
import type { EpochMs, Id, ImportBatch } from '../../domain/types';

/** Reads every stored person and plans the import against them. */
export async function planImportFromDatabase(
  parsed: ParsedImport,
  options: ImportPlanOptions = {},
): Promise<ImportPlan> {
  const existing = await db.contacts.toArray();
  return planImport(parsed, existing, options);
}

/** The imports that can still be undone, newest first. */
export async function recentImports(limit = 10): Promise<ImportBatch[]> {
  return db.importBatches
    .orderBy('at')
    .reverse()
    .filter((batch) => batch.undoneAt === undefined)
    .limit(limit)
    .toArray();
}

/** One import as the data page lists it: when, from what, how much, and whether undone. */
export type ImportSummary = {
  id: Id;
  at: EpochMs;
  source: ImportBatch['source'];
  fileName: string;
  added: number;
  updated: number;
  undoneAt?: EpochMs | undefined;
};

/**
 * The last imports, undone ones included, newest first, without the people they hold. A
 * batch of a big import carries thousands of ids and earlier copies of people, so this is
 * read in the data-file worker and only the summaries reach the screen.
 */
export async function importHistory(limit = 5): Promise<ImportSummary[]> {
  const batches = await db.importBatches.orderBy('at').reverse().limit(limit).toArray();
  return batches.map((batch) => ({
    id: batch.id,
    at: batch.at,
    source: batch.source,
    fileName: batch.fileName,
    added: batch.addedIds.length,
    updated: batch.before.length,
    undoneAt: batch.undoneAt,
  }));
}
