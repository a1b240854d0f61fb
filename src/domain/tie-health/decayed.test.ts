import { describe, expect, it } from 'vitest';
import {
  addToDecayed,
  decayFactor,
  EMPTY_DECAYED,
  readDecayed,
  removeFromDecayed,
} from './decayed';

const H = 1_000; // a half-life of 1000 ms keeps the numbers readable

describe('readDecayed', () => {
  it('halves the value after each half-life', () => {
    const decayed = { value: 8, at: 5_000 };
    expect(readDecayed(decayed, 5_000, H)).toBe(8);
    expect(readDecayed(decayed, 6_000, H)).toBe(4);
    expect(readDecayed(decayed, 8_000, H)).toBe(1);
  });

  it('reads the empty sum as 0 at any time', () => {
    expect(readDecayed(EMPTY_DECAYED, 1e13, H)).toBe(0);
    expect(readDecayed(EMPTY_DECAYED, -1e13, H)).toBe(0);
  });
});

describe('addToDecayed', () => {
  it('moves the sum to a newer touch and adds the amount in full', () => {
    const sum = addToDecayed({ value: 8, at: 1_000 }, 3, 3_000, H);
    expect(sum).toEqual({ value: 8 / 4 + 3, at: 3_000 });
  });

  it('back-dates an older touch exactly, keeping `at`', () => {
    const sum = addToDecayed({ value: 3, at: 3_000 }, 8, 1_000, H);
    expect(sum).toEqual({ value: 3 + 8 / 4, at: 3_000 });
  });

  it('gives the same reading whatever order touches are added in', () => {
    const forwards = addToDecayed(addToDecayed(EMPTY_DECAYED, 2, 1_000, H), 5, 2_500, H);
    const backwards = addToDecayed(addToDecayed(EMPTY_DECAYED, 5, 2_500, H), 2, 1_000, H);
    expect(readDecayed(forwards, 4_000, H)).toBeCloseTo(readDecayed(backwards, 4_000, H), 12);
    expect(readDecayed(forwards, 4_000, H)).toBeCloseTo(
      2 * decayFactor(3_000, H) + 5 * decayFactor(1_500, H),
      12,
    );
  });

  it('does not change the value when adding zero at an older time', () => {
    expect(addToDecayed({ value: 3, at: 3_000 }, 0, 1_000, H)).toEqual({ value: 3, at: 3_000 });
  });
});

describe('removeFromDecayed', () => {
  it('undoes a back-dated add', () => {
    const base = { value: 3, at: 3_000 };
    expect(removeFromDecayed(addToDecayed(base, 8, 1_000, H), 8, 1_000, H)).toEqual(base);
  });

  it('undoes the newest add, leaving the older touches at the same reading', () => {
    const base = { value: 4, at: 1_000 };
    const added = addToDecayed(base, 3, 2_000, H);
    const removed = removeFromDecayed(added, 3, 2_000, H);
    expect(removed.at).toBe(2_000);
    expect(readDecayed(removed, 5_000, H)).toBeCloseTo(readDecayed(base, 5_000, H), 12);
  });

  it('turns rounding residue into exactly zero', () => {
    // 1 at 1037, then 3 at 5000; taking both away again leaves ~8e-17 in plain arithmetic.
    let sum = addToDecayed(EMPTY_DECAYED, 1, 1_037, H);
    sum = addToDecayed(sum, 3, 5_000, H);
    sum = removeFromDecayed(sum, 3, 5_000, H);
    expect(sum.value - decayFactor(5_000 - 1_037, H)).not.toBe(0);
    sum = removeFromDecayed(sum, 1, 1_037, H);
    expect(sum.value).toBe(0);
  });

  it('never goes negative', () => {
    expect(removeFromDecayed({ value: 1, at: 0 }, 2, 0, H).value).toBe(0);
  });
});
