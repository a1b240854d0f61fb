import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, NEW_YORK, STOCKHOLM } from '../../../tests/support/tie-health';
import {
  civilDateOf,
  dayKeyOf,
  dayNumberOfKey,
  daysBetween,
  isLeapYear,
  localDayCounter,
  localDayNumber,
  startOfLocalDay,
  weekdayOf,
  zoneOffsetMs,
} from './zone-days';

const HOUR = 3_600_000;

describe('zoneOffsetMs', () => {
  it('is one hour in a Stockholm winter and two in summer', () => {
    expect(zoneOffsetMs(at('2024-01-15T12:00Z'), STOCKHOLM)).toBe(HOUR);
    expect(zoneOffsetMs(at('2024-07-15T12:00Z'), STOCKHOLM)).toBe(2 * HOUR);
  });

  it('switches at the exact instant of the spring change (01:00 UTC)', () => {
    expect(zoneOffsetMs(at('2024-03-31T00:59:59.999Z'), STOCKHOLM)).toBe(HOUR);
    expect(zoneOffsetMs(at('2024-03-31T01:00:00.000Z'), STOCKHOLM)).toBe(2 * HOUR);
  });

  it('switches at the exact instant of the autumn change (01:00 UTC)', () => {
    expect(zoneOffsetMs(at('2024-10-27T00:59:59.999Z'), STOCKHOLM)).toBe(2 * HOUR);
    expect(zoneOffsetMs(at('2024-10-27T01:00:00.000Z'), STOCKHOLM)).toBe(HOUR);
  });

  it('is negative west of Greenwich', () => {
    expect(zoneOffsetMs(at('2024-01-15T12:00Z'), NEW_YORK)).toBe(-5 * HOUR);
    expect(zoneOffsetMs(at('2024-07-15T12:00Z'), NEW_YORK)).toBe(-4 * HOUR);
  });

  it('rejects a time zone the platform does not know', () => {
    expect(() => zoneOffsetMs(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('localDayNumber and daysBetween', () => {
  it('counts 1970-01-01 in UTC as day 0', () => {
    expect(localDayNumber(0, 'UTC')).toBe(0);
    expect(localDayNumber(-1, 'UTC')).toBe(-1);
  });

  it('puts 00:30 local time on the next day even though it is the previous UTC day', () => {
    const late = at('2024-05-14T23:30+02:00');
    const early = at('2024-05-15T00:30+02:00');
    expect(daysBetween(late, early, STOCKHOLM)).toBe(1);
    expect(daysBetween(late, early, 'UTC')).toBe(0);
  });

  it('counts a whole local day as the same day', () => {
    expect(
      daysBetween(at('2024-05-15T00:00+02:00'), at('2024-05-15T23:59:59+02:00'), STOCKHOLM),
    ).toBe(0);
  });

  it('counts one day across the 23-hour spring-forward day in Stockholm', () => {
    expect(daysBetween(at('2024-03-30T12:00+01:00'), at('2024-03-31T12:00+02:00'), STOCKHOLM)).toBe(
      1,
    );
    expect(daysBetween(at('2024-03-31T00:00+01:00'), at('2024-03-31T23:59+02:00'), STOCKHOLM)).toBe(
      0,
    );
  });

  it('counts one day across the 25-hour fall-back day in Stockholm', () => {
    expect(daysBetween(at('2024-10-26T23:30+02:00'), at('2024-10-27T23:30+01:00'), STOCKHOLM)).toBe(
      1,
    );
  });

  it('counts calendar days in New York across its spring change', () => {
    expect(daysBetween(at('2024-03-09T23:00-05:00'), at('2024-03-10T23:00-04:00'), NEW_YORK)).toBe(
      1,
    );
    expect(daysBetween(at('2024-03-01T12:00-05:00'), at('2024-03-31T12:00-04:00'), NEW_YORK)).toBe(
      30,
    );
  });

  it('is negative when the second time is earlier', () => {
    expect(daysBetween(at('2024-05-15T12:00Z'), at('2024-05-12T12:00Z'), STOCKHOLM)).toBe(-3);
  });
});

describe('local days against Intl', () => {
  const zones = [
    STOCKHOLM,
    NEW_YORK,
    'America/Santiago',
    'America/Boa_Vista', // offsets 7 days apart in 2000, the closest in the tz database
    'Australia/Lord_Howe', // half-hour daylight saving
    'Asia/Kathmandu', // +05:45
    'Pacific/Chatham', // +12:45 / +13:45
    'Africa/Casablanca', // daylight saving suspended for Ramadan
  ];

  it('matches the calendar date Intl gives for any instant 1990–2040', () => {
    const start = Date.UTC(1990, 0, 1);
    const end = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: start, max: end }), (zone, t) => {
        const intlDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(t);
        expect(dayKeyOf(localDayNumber(t, zone))).toBe(intlDate);
      }),
      { numRuns: 2000 },
    );
    // 2,000 instants formatted by Intl: 1.2 s with both cores busy (load average 7.7).
  }, 20_000);

  it('matches Intl every 30 minutes around Boa Vista’s two changes in October 2000', () => {
    const zone = 'America/Boa_Vista';
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    for (let t = at('2000-10-05T00:00Z'); t < at('2000-10-20T00:00Z'); t += 30 * 60_000) {
      expect(dayKeyOf(localDayNumber(t, zone))).toBe(format.format(t));
    }
  });
});

describe('localDayCounter', () => {
  it('agrees with localDayNumber every 20 minutes across the 2025 daylight-saving changes', () => {
    for (const zone of [STOCKHOLM, NEW_YORK, 'Asia/Kolkata']) {
      const dayOf = localDayCounter(zone);
      for (const [from, to] of [
        ['2025-03-28T00:00Z', '2025-04-02T00:00Z'],
        ['2025-10-24T00:00Z', '2025-10-29T00:00Z'],
      ] as const) {
        for (let t = at(from); t < at(to); t += 20 * 60_000) {
          expect(dayOf(t)).toBe(localDayNumber(t, zone));
        }
      }
    }
  });

  it('places the instants around a change on the right local day', () => {
    const dayOf = localDayCounter(STOCKHOLM);
    // 23:59:59.999 summer time on 30 March 2025 is 21:59:59.999 UTC.
    expect(dayOf(at('2025-03-30T21:59:59.999Z'))).toBe(day('2025-03-30'));
    expect(dayOf(at('2025-03-30T22:00:00.000Z'))).toBe(day('2025-03-31'));
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight before and after the Stockholm spring change', () => {
    expect(startOfLocalDay(day('2024-03-31'), STOCKHOLM)).toBe(at('2024-03-30T23:00Z'));
    expect(startOfLocalDay(day('2024-04-01'), STOCKHOLM)).toBe(at('2024-03-31T22:00Z'));
  });

  it('is local midnight around the autumn change', () => {
    expect(startOfLocalDay(day('2024-10-27'), STOCKHOLM)).toBe(at('2024-10-26T22:00Z'));
    expect(startOfLocalDay(day('2024-10-28'), STOCKHOLM)).toBe(at('2024-10-27T23:00Z'));
  });

  it('starts a day at 01:00 when midnight falls into a gap (Santiago, September)', () => {
    expect(startOfLocalDay(day('2024-09-08'), 'America/Santiago')).toBe(at('2024-09-08T04:00Z'));
  });

  it('takes the first of two midnights (Havana, November)', () => {
    expect(startOfLocalDay(day('2024-11-03'), 'America/Havana')).toBe(at('2024-11-03T04:00Z'));
  });

  it('is the first instant of its local day', () => {
    const start = startOfLocalDay(day('2024-06-10'), NEW_YORK);
    expect(localDayNumber(start, NEW_YORK)).toBe(day('2024-06-10'));
    expect(localDayNumber(start - 1, NEW_YORK)).toBe(day('2024-06-09'));
  });
});

describe('calendar helpers', () => {
  it('knows 1970-01-01 was a Thursday and 2024-04-01 a Monday', () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(day('2024-04-01'))).toBe(1);
    expect(weekdayOf(-1)).toBe(3);
  });

  it('round-trips day keys', () => {
    expect(dayKeyOf(0)).toBe('1970-01-01');
    expect(dayKeyOf(day('2024-02-29'))).toBe('2024-02-29');
    expect(civilDateOf(day('2024-12-31'))).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it('refuses keys that are not real dates', () => {
    expect(dayNumberOfKey('2023-02-29')).toBeUndefined();
    expect(dayNumberOfKey('2024-13-01')).toBeUndefined();
    expect(dayNumberOfKey('24-01-01')).toBeUndefined();
  });

  it('knows leap years', () => {
    expect([2023, 2024, 1900, 2000].map(isLeapYear)).toEqual([false, true, false, true]);
  });
});

function day(key: string): number {
  return dayNumberOfKey(key) ?? Number.NaN;
}
