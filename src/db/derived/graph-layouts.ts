// The network graph's positions from the last visit: one row, 'last',
// saved when the layout settles (by the layout worker, which reads it back too) and when the
// screen is left (by the screen), so the next visit starts from
// the same picture instead of a fresh, different one. A cache: never backed up, never a
// user write (so it does not ask for persistent storage), and safe to lose.

import { db } from '../db';
import type { GraphLayout, Id } from '../../domain/types';

export const LAST_LAYOUT_ID = 'last';

/** The positions saved last, or undefined when there are none (or they are unreadable). */
export async function readGraphLayout(): Promise<GraphLayout | undefined> {
  const row = await db.graphLayouts.get(LAST_LAYOUT_ID);
  if (!row || !ArrayBuffer.isView(row.xy) || row.xy.length !== 2 * row.ids.length) {
    return undefined;
  }
  return row;
}

/**
 * The saved positions in the order of `ids` (NaN for anyone not in the saved layout), or
 * undefined when no one in `ids` has a saved position: what the layout worker starts from.
 */
export function positionsFor(
  layout: GraphLayout | undefined,
  ids: readonly Id[],
): Float32Array | undefined {
  if (!layout) return undefined;
  const indexOf = new Map<Id, number>();
  layout.ids.forEach((id, index) => indexOf.set(id, index));
  const xy = new Float32Array(2 * ids.length).fill(NaN);
  let found = 0;
  ids.forEach((id, index) => {
    const saved = indexOf.get(id);
    if (saved === undefined) return;
    const x = layout.xy[2 * saved];
    const y = layout.xy[2 * saved + 1];
    if (x === undefined || y === undefined) return;
    xy[2 * index] = x;
    xy[2 * index + 1] = y;
    found++;
  });
  return found > 0 ? xy : undefined;
}
