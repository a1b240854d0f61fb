import { describe, expect, it } from 'vitest';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import { RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { isOneSided, isOverGiving, isYouOwe, reciprocityFlagsAt } from './reciprocity-flags';

const T = 1_700_000_000_000;
const sum = (value: number) => addToDecayed(EMPTY_DECAYED, value, T, RECIPROCITY_HALF_LIFE_MS);
const noInitiative = { me: 0, them: 0, unknown: 0 };

describe('you owe them', () => {
  it('applies from received 1.5 at balance −0.5 or lower', () => {
    expect(isYouOwe(1.5, -0.5)).toBe(true);
    expect(isYouOwe(3, -1)).toBe(true);
  });

  it('does not apply below 1.5 received or above −0.5', () => {
    expect(isYouOwe(1.49, -1)).toBe(false);
    expect(isYouOwe(5, -0.49)).toBe(false);
  });

  it('reads the decayed sums: received three times what was given is exactly −0.5', () => {
    const flags = reciprocityFlagsAt(
      { gave: sum(1), received: sum(3), initiative: noInitiative },
      T,
    );
    expect(flags).toEqual(['you-owe']);
  });

  it('fades as old help decays below 1.5 units', () => {
    const derived = { gave: EMPTY_DECAYED, received: sum(2), initiative: noInitiative };
    expect(reciprocityFlagsAt(derived, T + RECIPROCITY_HALF_LIFE_MS / 4)).toEqual(['you-owe']);
    expect(reciprocityFlagsAt(derived, T + RECIPROCITY_HALF_LIFE_MS / 2)).toEqual([]);
  });

  it('still applies the day after two things were received in one touch', () => {
    const derived = { gave: EMPTY_DECAYED, received: sum(2), initiative: noInitiative };
    expect(reciprocityFlagsAt(derived, T + 24 * 60 * 60 * 1000)).toEqual(['you-owe']);
  });
});

describe('over-giving', () => {
  it('mirrors you-owe: gave at least 1.5 at balance 0.5 or more', () => {
    expect(isOverGiving(1.5, 0.5)).toBe(true);
    expect(isOverGiving(1.49, 1)).toBe(false);
    expect(isOverGiving(4, 0.4)).toBe(false);
    expect(
      reciprocityFlagsAt({ gave: sum(3), received: sum(1), initiative: noInitiative }, T),
    ).toEqual(['over-giving']);
  });
});

describe('one-sided effort', () => {
  it('applies when the user started at least 80% of at least 5 touches', () => {
    expect(isOneSided({ me: 4, them: 1, unknown: 0 })).toBe(true);
    expect(isOneSided({ me: 8, them: 2, unknown: 7 })).toBe(true);
  });

  it('needs 5 touches with a known initiator', () => {
    expect(isOneSided({ me: 4, them: 0, unknown: 10 })).toBe(false);
  });

  it('does not apply below 80%', () => {
    expect(isOneSided({ me: 7, them: 2, unknown: 0 })).toBe(false); // 78%
  });

  it('is listed with the other flags', () => {
    const derived = {
      gave: EMPTY_DECAYED,
      received: sum(2),
      initiative: { me: 5, them: 0, unknown: 0 },
    };
    expect(reciprocityFlagsAt(derived, T)).toEqual(['you-owe', 'one-sided']);
  });
});
