import { describe, expect, it } from 'vitest';
import {
  EARLIEST_STORED_TIME,
  END_OF_STORED_TIMES,
  isShowableTime,
  isStorableDay,
  isStorableTime,
  MAX_DATE_MS,
} from './time-range';

describe('isShowableTime', () => {
  it('takes every time a JavaScript Date can hold', () => {
    for (const time of [0, -1, MAX_DATE_MS, -MAX_DATE_MS, Date.UTC(2025, 0, 1)]) {
      expect(isShowableTime(time), String(time)).toBe(true);
      expect(Number.isNaN(new Date(time).getTime())).toBe(false);
    }
  });

  it('refuses what a Date cannot hold, and what is not a number', () => {
    for (const value of [MAX_DATE_MS + 1, -MAX_DATE_MS - 1, 1e300, NaN, Infinity, '0', null]) {
      expect(isShowableTime(value), String(value)).toBe(false);
    }
  });
});

describe('isStorableTime', () => {
  it('takes 1900-01-01 up to the last millisecond of 2199', () => {
    expect(isStorableTime(EARLIEST_STORED_TIME)).toBe(true);
    expect(isStorableTime(Date.UTC(1900, 0, 1))).toBe(true);
    expect(isStorableTime(Date.UTC(2199, 11, 31, 23, 59, 59, 999))).toBe(true);
    expect(isStorableTime(0)).toBe(true);
  });

  it('refuses times before 1900 or from 2200 on, and numbers that are not times', () => {
    for (const value of [
      EARLIEST_STORED_TIME - 1,
      END_OF_STORED_TIMES,
      Date.UTC(1899, 11, 31),
      -1e300,
      1e300,
      NaN,
      Infinity,
      '2025-01-01',
    ]) {
      expect(isStorableTime(value), String(value)).toBe(false);
    }
  });
});

describe('isStorableDay', () => {
  it('takes a real day of the stored years', () => {
    expect(isStorableDay('2025-04-28')).toBe(true);
    expect(isStorableDay('2024-02-29')).toBe(true);
    expect(isStorableDay('1900-01-01')).toBe(true);
    expect(isStorableDay('2199-12-31')).toBe(true);
  });

  it('refuses days that do not exist, lie outside the years, or are not written YYYY-MM-DD', () => {
    for (const value of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-00-10',
      '1899-12-31',
      '2200-01-01',
      '+275760-09-13',
      '2025-4-28',
      'monday',
      20250428,
    ]) {
      expect(isStorableDay(value), String(value)).toBe(false);
    }
  });
});
