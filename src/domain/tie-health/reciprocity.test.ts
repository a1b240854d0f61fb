import { describe, expect, it } from 'vitest';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import { touch } from '../../../tests/support/tie-health';
import {
  balanceOf,
  gaveUnitsOf,
  giveAndTakeAt,
  networkGiveAndTakeAt,
  receivedUnitsOf,
  RECIPROCITY_HALF_LIFE_MS,
} from './reciprocity';

const T = 1_700_000_000_000;
const sum = (value: number) => addToDecayed(EMPTY_DECAYED, value, T, RECIPROCITY_HALF_LIFE_MS);

describe('value units of a touch', () => {
  it('counts each item given or received as one unit', () => {
    expect(gaveUnitsOf(touch({ at: T, gave: ['help', 'article'] }))).toBe(2);
    expect(receivedUnitsOf(touch({ at: T, received: ['intro'] }))).toBe(1);
  });

  it('counts a repeated item once', () => {
    expect(gaveUnitsOf(touch({ at: T, gave: ['help', 'help'] }))).toBe(1);
  });

  it('counts an ask that came to nothing as nothing', () => {
    expect(receivedUnitsOf(touch({ at: T, askedForHelp: true }))).toBe(0);
  });

  it('counts an ask they helped with by what was received', () => {
    expect(
      receivedUnitsOf(touch({ at: T, askedForHelp: true, received: ['help', 'advice'] })),
    ).toBe(2);
  });
});

describe('balanceOf', () => {
  it('is (gave − received) / (gave + received)', () => {
    expect(balanceOf(3, 1)).toBe(0.5);
    expect(balanceOf(1, 3)).toBe(-0.5);
    expect(balanceOf(0, 2)).toBe(-1);
    expect(balanceOf(2, 0)).toBe(1);
  });

  it('is 0 when nothing was exchanged, or only rounding residue', () => {
    expect(balanceOf(0, 0)).toBe(0);
    expect(balanceOf(1e-17, 0)).toBe(0);
  });
});

describe('giveAndTakeAt', () => {
  it('halves what was given and received every 180 days', () => {
    const derived = { gave: sum(4), received: sum(2) };
    expect(giveAndTakeAt(derived, T + RECIPROCITY_HALF_LIFE_MS)).toEqual({
      gave: 2,
      received: 1,
      balance: 1 / 3,
    });
  });

  it('adds up the whole network', () => {
    const people = [
      { gave: sum(2), received: sum(0) },
      { gave: sum(1), received: sum(3) },
    ];
    expect(networkGiveAndTakeAt(people, T)).toEqual({ gave: 3, received: 3, balance: 0 });
  });
});
