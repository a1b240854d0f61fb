// Reciprocity flags (docs/tie-health.md, "Give-and-take"), from the decayed sums (value
// units, see reciprocity.ts) and the lifetime initiative counts:
//   you-owe      received ≥ 1.5 and b ≤ −0.5: they clearly gave more than they got
//                (b = −0.5 means received is three times gave)
//   over-giving  gave ≥ 1.5 and b ≥ 0.5: the mirror image, shown as information only, never
//                as a prompt (giving first is to be encouraged, not flagged)
//   one-sided    of at least 5 touches whose initiator is known, the user started ≥ 80%;
//                touches with an unknown initiator are left out of both counts

import type { Contact, EpochMs, InitiativeCounts } from '../types';
import { giveAndTakeAt } from './reciprocity';

/**
 * Least received value units for "you owe them": 1.5 rather than 2, because the sums decay,
 * so two things received start at 2 and drop below it at once. 1.5 keeps two recent items
 * counting for log2(4/3) half-lives (about 75 days at 180 days), while one item (at most
 * 1 unit) never does.
 */
export const YOU_OWE_MIN_RECEIVED = 1.5;
/** Balance at or below which "you owe them" applies (unitless, in [−1, 1]). */
export const YOU_OWE_MAX_BALANCE = -0.5;
/** Least given value units for "over-giving"; 1.5 for the same reason as above. */
export const OVER_GIVING_MIN_GAVE = 1.5;
/** Balance at or above which "over-giving" applies. */
export const OVER_GIVING_MIN_BALANCE = 0.5;
/** Least touches with a known initiator before effort can be called one-sided. */
export const ONE_SIDED_MIN_TOUCHES = 5;
/** Share of those touches the user must have started (as the fraction 4/5). */
export const ONE_SIDED_MIN_SHARE = 0.8;

export type ReciprocityFlag = 'you-owe' | 'one-sided' | 'over-giving';

export function isYouOwe(received: number, balance: number): boolean {
  return received >= YOU_OWE_MIN_RECEIVED && balance <= YOU_OWE_MAX_BALANCE;
}

export function isOverGiving(gave: number, balance: number): boolean {
  return gave >= OVER_GIVING_MIN_GAVE && balance >= OVER_GIVING_MIN_BALANCE;
}

export function isOneSided(initiative: InitiativeCounts): boolean {
  const known = initiative.me + initiative.them;
  // me / known ≥ 4/5, compared in integers so that exactly 80% counts.
  return known >= ONE_SIDED_MIN_TOUCHES && initiative.me * 5 >= known * 4;
}

/** The flags that apply to a person at `now`, in a fixed order. */
export function reciprocityFlagsAt(
  derived: Pick<Contact, 'gave' | 'received' | 'initiative'>,
  now: EpochMs,
): ReciprocityFlag[] {
  const { gave, received, balance } = giveAndTakeAt(derived, now);
  const flags: ReciprocityFlag[] = [];
  if (isYouOwe(received, balance)) flags.push('you-owe');
  if (isOneSided(derived.initiative)) flags.push('one-sided');
  if (isOverGiving(gave, balance)) flags.push('over-giving');
  return flags;
}
