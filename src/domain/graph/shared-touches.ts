// How many touches each pair of people shared: a dinner with Anna and Björn says Anna and
// Björn have met. Only touches with two or more people in the graph count, deleted ones do
// not, and a touch with more than MAX_SHARED_TOUCH_PEOPLE people (a conference, a town
// hall) is left out: a crowd is no sign that two of its people know each other, and its
// O(p²) pairs would swamp the graph.

import type { EpochMs, Id } from '../types';

/** The part of a touch (touch) the graph reads. */
export type GraphTouch = { participantIds: readonly Id[]; deletedAt?: EpochMs | undefined };

/** Most people a touch may have and still link its people to each other. */
export const MAX_SHARED_TOUCH_PEOPLE = 12;

/** A key for the unordered pair of node indexes a < b, in a graph of `nodeCount` nodes. */
export function pairKey(a: number, b: number, nodeCount: number): number {
  return a < b ? a * nodeCount + b : b * nodeCount + a;
}

/**
 * Shared touches per pair of nodes, keyed by pairKey. `indexOf` maps a person's id to their
 * node index; people not in it (archived, deleted, unknown) are skipped.
 */
export function countSharedTouches(
  touches: readonly GraphTouch[],
  indexOf: ReadonlyMap<Id, number>,
  nodeCount: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  const present: number[] = [];
  for (const touch of touches) {
    if (touch.deletedAt !== undefined || touch.participantIds.length < 2) continue;
    present.length = 0;
    for (const id of touch.participantIds) {
      const index = indexOf.get(id);
      // A person listed twice on one touch counts once.
      if (index !== undefined && !present.includes(index)) present.push(index);
      if (present.length > MAX_SHARED_TOUCH_PEOPLE) break;
    }
    if (present.length < 2 || present.length > MAX_SHARED_TOUCH_PEOPLE) continue;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const key = pairKey(present[i] as number, present[j] as number, nodeCount);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}
