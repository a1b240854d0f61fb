import { describe, expect, it } from 'vitest';
import { compareTouchMoments, latestTouchOf } from './touch';

describe('latestTouchOf', () => {
  it('is undefined with no touches', () => {
    expect(latestTouchOf([])).toBeUndefined();
  });

  it('picks the latest time', () => {
    expect(
      latestTouchOf([
        { at: 5, kind: 'email' },
        { at: 9, kind: 'message' },
        { at: 7, kind: 'coffee' },
      ]),
    ).toEqual({ at: 9, kind: 'message' });
  });

  it('breaks a tie in time by the weightier kind, in any order', () => {
    const a = { at: 9, kind: 'message' as const };
    const b = { at: 9, kind: 'coffee' as const };
    expect(latestTouchOf([a, b])).toEqual(b);
    expect(latestTouchOf([b, a])).toEqual(b);
  });

  it('breaks a tie in time and weight by the kind listed first', () => {
    expect(
      latestTouchOf([
        { at: 1, kind: 'meal' },
        { at: 1, kind: 'coffee' },
      ])?.kind,
    ).toBe('coffee');
    expect(compareTouchMoments({ at: 1, kind: 'coffee' }, { at: 1, kind: 'coffee' })).toBe(0);
  });
});
