// Exponentially decayed sums that can be kept incrementally and back-dated exactly
// (docs/tie-health.md, "Decayed sums"). A Decayed {value, at} stands for
// value · 2^(−(t − at)/halfLife) at time t: every amount added at time s contributes
// amount · 2^(−(t − s)/halfLife). `at` is the latest time ever added, so the stored value
// never grows by a factor above 1 and a back-dated amount is scaled down to `at` instead of
// the whole sum being scaled up.
// Units: `at`, times and half-lives in ms; `value` in the caller's unit (touch units for
// strength, value units for gave/received).

import type { Decayed, EpochMs } from '../types';

/** The empty sum. */
export const EMPTY_DECAYED: Decayed = Object.freeze({ value: 0, at: 0 });

/**
 * After a removal, a remainder below this fraction of the sum before it is rounding
 * noise from adding and then subtracting the same amount (unitless): it becomes 0.
 */
const NOISE_FRACTION = 1e-9;

/** 2^(−elapsed/halfLife): the factor an amount keeps after `elapsed` ms. */
export function decayFactor(elapsedMs: number, halfLifeMs: number): number {
  return Math.pow(2, -elapsedMs / halfLifeMs);
}

/** The sum's value at time `now`. */
export function readDecayed(decayed: Decayed, now: EpochMs, halfLifeMs: number): number {
  if (decayed.value === 0) return 0;
  return decayed.value * decayFactor(now - decayed.at, halfLifeMs);
}

/**
 * Adds `amount` at time `at`. A touch older than the sum's `at` adds
 * amount · 2^(−(sum.at − at)/halfLife); a newer one rescales the sum to the new `at` first.
 */
export function addToDecayed(
  decayed: Decayed,
  amount: number,
  at: EpochMs,
  halfLifeMs: number,
): Decayed {
  if (at <= decayed.at) {
    return {
      value: decayed.value + amount * decayFactor(decayed.at - at, halfLifeMs),
      at: decayed.at,
    };
  }
  return { value: readDecayed(decayed, at, halfLifeMs) + amount, at };
}

/** Exactly undoes addToDecayed(…, amount, at, …); `at` stays where it is. */
export function removeFromDecayed(
  decayed: Decayed,
  amount: number,
  at: EpochMs,
  halfLifeMs: number,
): Decayed {
  // A removal newer than the sum only happens if it was never added; treat it the same way.
  const base = at <= decayed.at ? decayed : { value: readDecayed(decayed, at, halfLifeMs), at };
  const value = base.value - amount * decayFactor(base.at - at, halfLifeMs);
  const isNoise = value <= Math.abs(base.value) * NOISE_FRACTION;
  return { value: isNoise ? 0 : value, at: base.at };
}
