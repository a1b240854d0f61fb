import { describe, expect, it } from 'vitest';
import { at, NEW_YORK, STOCKHOLM } from '../../../tests/support/tie-health';
import { isInWeek, weekOf, weekOfKey, weekStartDayOf } from './week';

const HOUR = 3_600_000;

describe('weekOf', () => {
  it('starts the week on Monday by default setting 1', () => {
    const week = weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 1);
    expect(week.weekStart).toBe('2024-05-13');
    expect(week.startMs).toBe(at('2024-05-13T00:00+02:00'));
    expect(week.endMs).toBe(at('2024-05-20T00:00+02:00'));
  });

  it('starts the week on Sunday or Saturday when set so', () => {
    expect(weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 0).weekStart).toBe('2024-05-12');
    expect(weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 6).weekStart).toBe('2024-05-11');
  });

  it('puts the week start day itself in its own week', () => {
    expect(weekOf(at('2024-05-13T00:00+02:00'), STOCKHOLM, 1).weekStart).toBe('2024-05-13');
    expect(weekOf(at('2024-05-12T23:59:59.999+02:00'), STOCKHOLM, 1).weekStart).toBe('2024-05-06');
  });

  it('uses the local day, not the UTC day, near midnight', () => {
    // Monday 00:30 in Stockholm is still Sunday in UTC.
    expect(weekOf(at('2024-05-13T00:30+02:00'), STOCKHOLM, 1).weekStart).toBe('2024-05-13');
    expect(weekOf(at('2024-05-13T00:30+02:00'), 'UTC', 1).weekStart).toBe('2024-05-06');
  });

  it('makes the week of the Stockholm spring change one hour short', () => {
    const week = weekOf(at('2024-03-31T12:00+02:00'), STOCKHOLM, 1);
    expect(week.weekStart).toBe('2024-03-25');
    expect(week.startMs).toBe(at('2024-03-25T00:00+01:00'));
    expect(week.endMs).toBe(at('2024-04-01T00:00+02:00'));
    expect(week.endMs - week.startMs).toBe(167 * HOUR);
  });

  it('keeps the last hour of Sunday after the spring change in that week', () => {
    expect(weekOf(at('2024-03-31T23:59:59.999+02:00'), STOCKHOLM, 1).weekStart).toBe('2024-03-25');
    expect(weekOf(at('2024-04-01T00:00+02:00'), STOCKHOLM, 1).weekStart).toBe('2024-04-01');
  });

  it('makes the week of the Stockholm autumn change one hour long', () => {
    const week = weekOf(at('2024-10-27T02:30+01:00'), STOCKHOLM, 1);
    expect(week.weekStart).toBe('2024-10-21');
    expect(week.startMs).toBe(at('2024-10-21T00:00+02:00'));
    expect(week.endMs).toBe(at('2024-10-28T00:00+01:00'));
    expect(week.endMs - week.startMs).toBe(169 * HOUR);
  });

  it('handles New York weeks that start on Sunday, the day of the change', () => {
    const spring = weekOf(at('2024-03-12T09:00-04:00'), NEW_YORK, 0);
    expect(spring.weekStart).toBe('2024-03-10');
    expect(spring.startMs).toBe(at('2024-03-10T00:00-05:00'));
    expect(spring.endMs).toBe(at('2024-03-17T00:00-04:00'));
    const autumn = weekOf(at('2024-11-03T01:30-05:00'), NEW_YORK, 0);
    expect(autumn.weekStart).toBe('2024-11-03');
    expect(autumn.endMs - autumn.startMs).toBe(169 * HOUR);
  });

  it('spans New Year', () => {
    const week = weekOf(at('2025-01-01T12:00+01:00'), STOCKHOLM, 1);
    expect(week.weekStart).toBe('2024-12-30');
  });

  it('falls back to Monday for an invalid week start', () => {
    expect(weekStartDayOf(7)).toBe(1);
    expect(weekStartDayOf(2.5)).toBe(1);
    expect(weekStartDayOf(0)).toBe(0);
    expect(weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, -1).weekStart).toBe('2024-05-13');
  });
});

describe('weekOfKey and isInWeek', () => {
  it('rebuilds a stored week from its key', () => {
    expect(weekOfKey('2024-03-25', STOCKHOLM)).toEqual(
      weekOf(at('2024-03-27T12:00+01:00'), STOCKHOLM, 1),
    );
    expect(weekOfKey('not a date', STOCKHOLM)).toBeUndefined();
  });

  it('includes the start and excludes the end', () => {
    const week = weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 1);
    expect(isInWeek(week.startMs, week)).toBe(true);
    expect(isInWeek(week.endMs - 1, week)).toBe(true);
    expect(isInWeek(week.endMs, week)).toBe(false);
    expect(isInWeek(week.startMs - 1, week)).toBe(false);
  });
});
