import { describe, expect, it } from 'vitest';
import type { TouchKind } from '../types';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import { squashStrength, STRENGTH_HALF_LIFE_MS, strengthAt, touchWeight } from './strength';
import { DAY_MS } from './zone-days';

const T = 1_700_000_000_000;

function strengthOf(touches: { kind: TouchKind; daysAgo: number }[]): number {
  let sum = EMPTY_DECAYED;
  for (const { kind, daysAgo } of touches) {
    sum = addToDecayed(sum, touchWeight(kind), T - daysAgo * DAY_MS, STRENGTH_HALF_LIFE_MS);
  }
  return strengthAt(sum, T);
}

describe('tie strength', () => {
  it('weighs in person over call or video over written touches', () => {
    for (const inPerson of ['coffee', 'meal', 'meeting', 'event'] as const) {
      expect(touchWeight(inPerson)).toBeGreaterThan(touchWeight('call'));
    }
    expect(touchWeight('video')).toBe(touchWeight('call'));
    for (const written of ['message', 'email', 'other'] as const) {
      expect(touchWeight(written)).toBeLessThan(touchWeight('video'));
    }
  });

  it('is 0 with no touches and stays below 1', () => {
    expect(strengthAt(EMPTY_DECAYED, T)).toBe(0);
    expect(squashStrength(0)).toBe(0);
    expect(squashStrength(1_000)).toBeLessThanOrEqual(1);
  });

  it('puts a fresh coffee at about 0.39 and a message at about 0.15', () => {
    expect(strengthOf([{ kind: 'coffee', daysAgo: 0 }])).toBeCloseTo(1 - Math.exp(-0.5), 12);
    expect(strengthOf([{ kind: 'message', daysAgo: 0 }])).toBeCloseTo(0.154, 3);
  });

  it('halves a touch’s contribution every 90 days', () => {
    const fresh = strengthOf([{ kind: 'coffee', daysAgo: 0 }]);
    const old = strengthOf([{ kind: 'coffee', daysAgo: 90 }]);
    expect(old).toBeCloseTo(squashStrength(1.5), 12);
    expect(old).toBeLessThan(fresh);
  });

  it('grows with more touches, but less and less', () => {
    const one = strengthOf([{ kind: 'coffee', daysAgo: 1 }]);
    const two = strengthOf([
      { kind: 'coffee', daysAgo: 1 },
      { kind: 'coffee', daysAgo: 30 },
    ]);
    const three = strengthOf([
      { kind: 'coffee', daysAgo: 1 },
      { kind: 'coffee', daysAgo: 30 },
      { kind: 'coffee', daysAgo: 60 },
    ]);
    expect(two).toBeGreaterThan(one);
    expect(three - two).toBeLessThan(two - one);
  });
});
