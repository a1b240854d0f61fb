// The geometry of the network picture, shared by the layout worker (which places people)
// and the canvas (which may draw the rings and size the dots the same way). Lengths are
// layout units: one unit is one CSS pixel at zoom 1.
//
// The user sits at (0, 0). Each tier is a ring around them, Dunbar's layers outwards:
// inner, close, active, wide, acquaintance. A ring sits at its base radius (RING_RADII)
// unless its people need more room: each ring gets a band of AREA_PER_PERSON per person
// around it, and a ring starts outside the band of the ring within it. So a demo-sized
// network keeps the base radii, and 2,000 people, nearly all wide or acquaintances, push
// only the outer rings out.

import { TIERS, type Tier } from '../types';

/** Ring radius per tier when its people fit (layout units). */
export const RING_RADII: Readonly<Record<Tier, number>> = {
  inner: 70,
  close: 130,
  active: 200,
  wide: 280,
  acquaintance: 360,
};

/** Least distance between two neighbouring rings (units). */
export const MIN_RING_GAP = 60;
/** Room each person gets in their ring's band (units², about a 26 × 26 square). */
export const AREA_PER_PERSON = 700;

/** Dot radius of a person with no strength, and the extra radius at full strength (units). */
export const NODE_MIN_RADIUS = 4;
export const NODE_STRENGTH_RADIUS = 6;
/** The user's own dot (units). */
export const ME_RADIUS = 12;

/**
 * Within its ring, a stronger tie sits a little further in: the target radius is the ring's
 * times (1 + 0.1 · (0.5 − strength)), i.e. ±5 % of the ring.
 */
export const STRENGTH_RING_SHIFT = 0.1;

export type TierCounts = Record<Tier, number>;
export type RingRadii = Record<Tier, number>;

/** How many nodes are in each tier (the user's node, with no tier, is not counted). */
export function tierCountsOf(nodes: readonly { tier: Tier | undefined }[]): TierCounts {
  const counts: TierCounts = { inner: 0, close: 0, active: 0, wide: 0, acquaintance: 0 };
  for (const { tier } of nodes) {
    if (tier !== undefined) counts[tier] += 1;
  }
  return counts;
}

/** The radius of each tier's ring for these numbers of people (see the module comment). */
export function ringRadii(counts: Readonly<TierCounts>): RingRadii {
  const radii: RingRadii = { ...RING_RADII };
  let bandEdge = 0;
  let previousRing = 0;
  for (const tier of TIERS) {
    const area = Math.max(0, counts[tier]) * AREA_PER_PERSON;
    // The ring in the middle of a band from bandEdge that holds `area`.
    const middle = (bandEdge + Math.sqrt(bandEdge * bandEdge + area / Math.PI)) / 2;
    const ring = Math.max(RING_RADII[tier], previousRing + MIN_RING_GAP, middle);
    radii[tier] = ring;
    // Half the width of a band of that area centred on the ring.
    bandEdge = ring + area / (4 * Math.PI * ring);
    previousRing = ring;
  }
  return radii;
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Where a person of this tier and strength settles: near the ring, stronger further in. */
export function targetRadius(tier: Tier, strength: number, radii: Readonly<RingRadii>): number {
  return radii[tier] * (1 + STRENGTH_RING_SHIFT * (0.5 - clampUnit(strength)));
}

/** A person's dot radius from their tie strength (0…1), in units. */
export function nodeRadius(strength: number): number {
  return NODE_MIN_RADIUS + NODE_STRENGTH_RADIUS * clampUnit(strength);
}
