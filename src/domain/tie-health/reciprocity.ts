// Reciprocity: what the user gave a person and received from them, as sums that decay
// with a half-life of 180 days (give-and-take from last year matters half as much).
//
// Units ("value units"): each distinct item ticked on a touch counts 1, whatever its kind
// (help, advice, intro, article, favour), so a touch where the user helped and shared an
// article gives 2. Asking for help adds nothing by itself: if they helped, the user ticks
// what they received and that counts; an ask that came to nothing is no debt. A group
// touch counts in full for every participant, like strength.
//
// Balance b = (gave − received) / (gave + received), in [−1, 1]; 0 when both are 0.
// b = −1: only received; b = 1: only gave.

import type { Contact, EpochMs, ValueKind } from '../types';
import { readDecayed } from './decayed';
import type { TouchFacts } from './touch';
import { DAY_MS } from './zone-days';

/** Half-life of given and received value: 180 days, in ms. */
export const RECIPROCITY_HALF_LIFE_MS = 180 * DAY_MS;

/**
 * Totals below this many value units count as none. Removing a touch leaves rounding
 * residue around 1e-16, which must not read as a balance of ±1.
 */
export const NEGLIGIBLE_VALUE_UNITS = 1e-9;

function distinctCount(items: readonly ValueKind[]): number {
  let count = 0;
  for (let index = 0; index < items.length; index += 1) {
    if (items.indexOf(items[index] as ValueKind) === index) count += 1;
  }
  return count;
}

/** Value units the user gave in this touch. */
export function gaveUnitsOf(touch: Pick<TouchFacts, 'gave'>): number {
  return distinctCount(touch.gave);
}

/** Value units the user received in this touch (an ask alone counts 0). */
export function receivedUnitsOf(touch: Pick<TouchFacts, 'received'>): number {
  return distinctCount(touch.received);
}

/** b = (gave − received) / (gave + received); 0 when the total is negligible. */
export function balanceOf(gave: number, received: number): number {
  const total = gave + received;
  return total < NEGLIGIBLE_VALUE_UNITS ? 0 : (gave - received) / total;
}

export type GiveAndTake = { gave: number; received: number; balance: number };

/** Decayed gave and received (value units) at `now`, and their balance. */
export function giveAndTakeAt(
  derived: Pick<Contact, 'gave' | 'received'>,
  now: EpochMs,
): GiveAndTake {
  const gave = readDecayed(derived.gave, now, RECIPROCITY_HALF_LIFE_MS);
  const received = readDecayed(derived.received, now, RECIPROCITY_HALF_LIFE_MS);
  return { gave, received, balance: balanceOf(gave, received) };
}

/** The user's overall give-and-take over all these people (skip deleted ones first). */
export function networkGiveAndTakeAt(
  contacts: readonly Pick<Contact, 'gave' | 'received'>[],
  now: EpochMs,
): GiveAndTake {
  let gave = 0;
  let received = 0;
  for (const contact of contacts) {
    gave += readDecayed(contact.gave, now, RECIPROCITY_HALF_LIFE_MS);
    received += readDecayed(contact.received, now, RECIPROCITY_HALF_LIFE_MS);
  }
  return { gave, received, balance: balanceOf(gave, received) };
}
