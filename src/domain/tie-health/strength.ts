// Tie strength in [0, 1): a decayed, kind-weighted count of touches (Granovetter: time
// spent together and its intensity), squashed so that more touches matter less and less.
//
//   s(t)        = Σ weight(kind) · 2^(−(t − touchAt)/90 days)      (touch units)
//   strength(t) = 1 − e^(−s/6)
//
// Weights (touch units): in person (coffee, meal, meeting, event) 3, voice or face on a
// screen (call, video) 2, written (message, email) and other 1.
// The scale of 6 touch units puts typical rhythms where the words fit: one coffee just
// now ≈ 0.39; a coffee every 90 days swings ≈ 0.39–0.63; a coffee a month stays ≈ 0.85–0.91;
// a single message ≈ 0.15 and fades to half of its units in 90 days.
// Every participant of a group touch gets the full weight: a dinner with three people is
// a dinner with each of them.

import type { Decayed, EpochMs, TouchKind } from '../types';
import { readDecayed } from './decayed';
import { DAY_MS } from './zone-days';

/** Half-life of a touch's contribution to strength: 90 days, in ms. */
export const STRENGTH_HALF_LIFE_MS = 90 * DAY_MS;

/** Touch units per kind of touch. */
export const KIND_WEIGHTS: Readonly<Record<TouchKind, number>> = {
  coffee: 3,
  meal: 3,
  meeting: 3,
  event: 3,
  call: 2,
  video: 2,
  message: 1,
  email: 1,
  other: 1,
};

/** Touch units at which strength reaches 1 − 1/e ≈ 0.63 (the squash's scale). */
export const STRENGTH_SCALE_UNITS = 6;

/** The touch units one touch of this kind adds. */
export function touchWeight(kind: TouchKind): number {
  return KIND_WEIGHTS[kind];
}

/** Squashes a decayed sum of touch units into [0, 1). */
export function squashStrength(touchUnits: number): number {
  return touchUnits <= 0 ? 0 : 1 - Math.exp(-touchUnits / STRENGTH_SCALE_UNITS);
}

/** Tie strength at `now` from the person's decayed strength sum. */
export function strengthAt(strength: Decayed, now: EpochMs): number {
  return squashStrength(readDecayed(strength, now, STRENGTH_HALF_LIFE_MS));
}
