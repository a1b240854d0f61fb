import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../types';
import {
  areValidTierCadences,
  invalidTieSettings,
  isValidCadenceDays,
  isValidListSize,
  isValidWeekStartDay,
} from './tie-settings';

describe('tie settings ranges', () => {
  it('accepts cadences from 1 to 3650 whole days', () => {
    expect(isValidCadenceDays(1)).toBe(true);
    expect(isValidCadenceDays(3650)).toBe(true);
    expect(isValidCadenceDays(0)).toBe(false);
    expect(isValidCadenceDays(3651)).toBe(false);
    expect(isValidCadenceDays(7.5)).toBe(false);
    expect(isValidCadenceDays(Number.NaN)).toBe(false);
  });

  it('accepts a list of 5 to 10 people', () => {
    expect([4, 5, 10, 11, 6.5].map(isValidListSize)).toEqual([false, true, true, false, false]);
  });

  it('accepts every day of the week as the week start, and nothing else', () => {
    expect([0, 1, 6].every(isValidWeekStartDay)).toBe(true);
    expect([-1, 7, 1.5].some(isValidWeekStartDay)).toBe(false);
  });

  it('lets only the acquaintance tier go without a cadence', () => {
    const defaults = DEFAULT_SETTINGS.tierCadenceDays;
    expect(areValidTierCadences(defaults)).toBe(true);
    expect(areValidTierCadences({ ...defaults, acquaintance: null })).toBe(true);
    expect(areValidTierCadences({ ...defaults, close: null })).toBe(false);
    expect(areValidTierCadences({ ...defaults, inner: 0 })).toBe(false);
  });

  it('names the fields of a change that are out of range', () => {
    expect(invalidTieSettings({ listSize: 7, weekStartDay: 0 })).toEqual([]);
    expect(
      invalidTieSettings({
        tierCadenceDays: { ...DEFAULT_SETTINGS.tierCadenceDays, wide: 5000 },
        listSize: 12,
        weekStartDay: 9,
      }),
    ).toEqual(['tierCadenceDays', 'listSize', 'weekStartDay']);
  });
});
