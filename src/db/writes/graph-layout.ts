// Saving the graph's positions: a cache (derived/registry.ts), never a user write, so it
// does not ask for persistent storage.
import { db } from '../db';
import { runWrite } from './run-write';
import { currentTime } from '../clock';
import { LAST_LAYOUT_ID } from '../derived/graph-layouts';
import type { GraphLayout, Id } from '../../domain/types';

/**
 * Saves the positions of `ids` (x, y of ids[i] at 2i and 2i + 1), replacing the last ones.
 * The array is copied, so the caller may keep using (or transfer) its own.
 */
export async function saveGraphLayout(
  ids: readonly Id[],
  xy: Float32Array,
  now = currentTime(),
): Promise<void> {
  if (xy.length !== 2 * ids.length) {
    throw new Error(`A layout of ${ids.length} people needs ${2 * ids.length} numbers`);
  }
  const row: GraphLayout = { id: LAST_LAYOUT_ID, savedAt: now, ids: [...ids], xy: xy.slice() };
  await runWrite([db.graphLayouts], { asksToKeepData: false }, async () => {
    await db.graphLayouts.put(row);
  });
}
