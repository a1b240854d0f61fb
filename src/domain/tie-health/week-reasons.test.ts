import { describe, expect, it } from 'vitest';
import {
  dormantRevivalScore,
  goalExpertiseScore,
  newFollowUpScore,
  overdueScore,
  secondaryReasonsOf,
  weeklyRotation,
  youOweScore,
} from './week-reasons';

describe('reason scores', () => {
  it('ranks a more overdue tie and a closer tier higher, up to r = 2', () => {
    expect(overdueScore(1, 'close')).toBe(57.5);
    expect(overdueScore(1.5, 'close')).toBeGreaterThan(overdueScore(1.2, 'close'));
    expect(overdueScore(1.2, 'inner')).toBeGreaterThan(overdueScore(1.2, 'wide'));
    expect(overdueScore(5, 'acquaintance')).toBe(80);
  });

  it('ranks more help received higher, up to 5 units', () => {
    expect(youOweScore(2)).toBe(75);
    expect(youOweScore(10)).toBe(90);
  });

  it('makes a follow-up more pressing for two weeks after meeting', () => {
    expect(newFollowUpScore(0)).toBe(65);
    expect(newFollowUpScore(9)).toBe(74);
    expect(newFollowUpScore(29)).toBe(79);
  });

  it('prefers warmer ties and more matching expertise for a goal', () => {
    expect(goalExpertiseScore(0, 1)).toBe(45);
    expect(goalExpertiseScore(0.8, 1)).toBe(65);
    expect(goalExpertiseScore(0, 5)).toBe(55);
  });

  it('prefers dormant ties with history and a closer tier', () => {
    expect(dormantRevivalScore('inner', 10, 0)).toBe(55);
    expect(dormantRevivalScore('acquaintance', 0, 0)).toBe(40);
  });
});

describe('weeklyRotation', () => {
  it('is stable for a person and week and within [0, 1)', () => {
    const value = weeklyRotation('anna', 19_860);
    expect(weeklyRotation('anna', 19_860)).toBe(value);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  });

  it('changes from week to week', () => {
    const weeks = Array.from({ length: 10 }, (_, index) =>
      weeklyRotation('anna', 19_860 + 7 * index),
    );
    expect(new Set(weeks).size).toBe(10);
  });
});

describe('secondaryReasonsOf', () => {
  it('reads the comma-separated kinds and drops unknown ones', () => {
    expect(secondaryReasonsOf({ also: 'you-owe,birthday-this-week,nonsense' })).toEqual([
      'you-owe',
      'birthday-this-week',
    ]);
    expect(secondaryReasonsOf({})).toEqual([]);
  });
});
