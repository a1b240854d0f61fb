// A small seeded pseudo-random generator (mulberry32) so the demo network is reproducible:
// the same seed always yields the same people, touches and ids. Not for anything secret.

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An unsigned 32-bit integer. */
  nextUint32: () => number;
  /** An integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** A float in [min, max). */
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by relative weight: [[value, weight], …]. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** A UUID-shaped (version 4 layout) id drawn from this generator. */
  uuid: () => string;
};

const UINT32_RANGE = 4_294_967_296; // 2^32
/** Two hex digits per byte value: ids are made by the hundred thousand in benchmarks. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return (
    (HEX_BYTES[word >>> 24] ?? '') +
    (HEX_BYTES[(word >>> 16) & 255] ?? '') +
    (HEX_BYTES[(word >>> 8) & 255] ?? '') +
    (HEX_BYTES[word & 255] ?? '')
  );
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / UINT32_RANGE;

  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let target = next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new RangeError('Cannot pick from an empty list');
    return last[0];
  };

  const uuid = (): string => {
    const a = hex32(nextUint32());
    const b = hex32(nextUint32());
    const c = hex32(nextUint32());
    const d = hex32(nextUint32());
    const variant = '89ab'[nextUint32() & 3] ?? '8';
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };

  return {
    next,
    nextUint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted,
    uuid,
  };
}
