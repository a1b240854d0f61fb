import { describe, expect, it } from 'vitest';
import { birthdayFinderForWeek } from './birthday';
import { dayNumberOfKey } from './zone-days';

const weekFrom = (key: string) => birthdayFinderForWeek(dayNumberOfKey(key) ?? Number.NaN);

describe('birthdays this week', () => {
  const week = weekFrom('2024-05-13'); // Monday 13 – Sunday 19 May 2024

  it('finds a birthday stored without a year', () => {
    expect(week({ month: 5, day: 15 })).toEqual({
      date: '2024-05-15',
      dayOfWeek: 2,
      turnsAge: undefined,
    });
  });

  it('tells the age they turn when the year is known', () => {
    expect(week({ month: 5, day: 19, year: 1980 })?.turnsAge).toBe(44);
  });

  it('finds nothing before or after the week, or with no birthday', () => {
    expect(week({ month: 5, day: 12 })).toBeUndefined();
    expect(week({ month: 5, day: 20 })).toBeUndefined();
    expect(week(undefined)).toBeUndefined();
    expect(week({ month: 13, day: 1 })).toBeUndefined();
  });

  it('works across New Year, counting the age in the new year', () => {
    const newYear = weekFrom('2024-12-30');
    expect(newYear({ month: 1, day: 2, year: 2000 })).toEqual({
      date: '2025-01-02',
      dayOfWeek: 3,
      turnsAge: 25,
    });
    expect(newYear({ month: 12, day: 31 })?.date).toBe('2024-12-31');
  });

  it('celebrates 29 February on 28 February in a common year', () => {
    expect(weekFrom('2025-02-24')({ month: 2, day: 29 })?.date).toBe('2025-02-28');
    expect(weekFrom('2025-03-03')({ month: 2, day: 29 })).toBeUndefined();
    // A week starting on Saturday 1 March does not repeat it.
    expect(weekFrom('2025-03-01')({ month: 2, day: 29 })).toBeUndefined();
  });

  it('celebrates 29 February on the day in a leap year, and 28 February on its own day', () => {
    const leap = weekFrom('2024-02-26');
    expect(leap({ month: 2, day: 29 })?.date).toBe('2024-02-29');
    expect(leap({ month: 2, day: 28 })?.date).toBe('2024-02-28');
  });
});
