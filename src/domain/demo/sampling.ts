import type { Random } from './random';

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const item = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = item;
  }
  return copy;
}

/** Up to `count` distinct items in random order, without copying more than needed. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const wanted = Math.min(count, items.length);
  if (wanted <= 0) return [];
  // Partial Fisher–Yates over a sparse map of swapped positions: O(count), not O(items).
  const swapped = new Map<number, number>();
  const picked: T[] = [];
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(random.next() * (items.length - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    picked.push(items[atJ] as T);
  }
  return picked;
}
