import { describe, expect, it } from 'vitest';
import { relativeParts } from '../../i18n/relative-parts';
import { calendarDaysBetween, formatTouchAgo } from './relative-touch';

const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();

describe('calendarDaysBetween', () => {
  it('counts a touch late last night as one day ago', () => {
    expect(calendarDaysBetween(at(9, 23), at(10, 1))).toBe(1);
  });

  it('counts a touch earlier today as today', () => {
    expect(calendarDaysBetween(at(10, 0), at(10, 23))).toBe(0);
  });
});

describe('relativeParts', () => {
  it.each([
    [0, 0, 'day'],
    [13, 13, 'day'],
    [14, 2, 'week'],
    [59, 8, 'week'],
    [60, 2, 'month'],
    [364, 12, 'month'],
    [365, 1, 'year'],
    [800, 2, 'year'],
  ] as const)('says %i days as %i %s ago', (days, amountAgo, unit) => {
    expect(relativeParts(days)).toEqual({ amountAgo, unit });
  });

  it('treats a touch in the future as today', () => {
    expect(relativeParts(-3)).toEqual({ amountAgo: 0, unit: 'day' });
  });
});

describe('formatTouchAgo', () => {
  it('says today and yesterday in English, and i går in Swedish', () => {
    expect(formatTouchAgo(at(10, 8), at(10), 'en')).toBe('today');
    expect(formatTouchAgo(at(9), at(10), 'en')).toBe('yesterday');
    expect(formatTouchAgo(at(9), at(10), 'sv')).toBe('i går');
  });

  it('uses weeks for a touch a month ago', () => {
    expect(formatTouchAgo(at(1), at(1) + 21 * 86_400_000, 'en')).toBe('3 weeks ago');
  });
});
