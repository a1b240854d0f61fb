// A touch is the per-person view of a Touch: what one participant's derived fields
// are computed from. An Touch itself satisfies the type, so callers pass it as is
// once for every participant. This module also fixes which touch counts as "the latest"
// when two share a timestamp, so that incremental updates and rebuilds agree on the kind.

import { TOUCH_KINDS, type Touch } from '../types';
import { touchWeight } from './strength';

export type TouchFacts = Pick<
  Touch,
  'at' | 'kind' | 'initiator' | 'gave' | 'received' | 'askedForHelp'
>;

/** What the derived fields remember of the latest touch. */
export type TouchMoment = Pick<TouchFacts, 'at' | 'kind'>;

/**
 * Orders touches by time; at the same instant the weightier kind counts as later (a coffee
 * and a message logged together read as "last coffee"), then the kind listed first.
 * Negative when a is earlier than b, 0 when they are interchangeable.
 */
export function compareTouchMoments(a: TouchMoment, b: TouchMoment): number {
  if (a.at !== b.at) return a.at - b.at;
  const byWeight = touchWeight(a.kind) - touchWeight(b.kind);
  if (byWeight !== 0) return byWeight;
  return TOUCH_KINDS.indexOf(b.kind) - TOUCH_KINDS.indexOf(a.kind);
}

/** The latest of some touches by compareTouchMoments, or undefined when there are none. */
export function latestTouchOf(touches: readonly TouchMoment[]): TouchMoment | undefined {
  let latest: TouchMoment | undefined;
  for (const touch of touches) {
    if (!latest || compareTouchMoments(touch, latest) > 0) latest = touch;
  }
  return latest ? { at: latest.at, kind: latest.kind } : undefined;
}
