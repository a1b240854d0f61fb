import { describe, expect, it } from 'vitest';
import { at, daysBefore, person, SETTINGS, STOCKHOLM } from '../../../tests/support/tie-health';
import { cadenceStatusOf, isNewContact, tieHealth, tieStatus } from './status';

const NOW = at('2024-06-15T12:00+02:00');
const LONG_AGO = at('2020-01-01T12:00Z');

/** A close (30-day) tie added long ago whose last touch was `days` days before NOW. */
function touchedDaysAgo(days: number, overrides: Parameters<typeof person>[0] = {}) {
  return person({
    createdAt: LONG_AGO,
    lastTouchAt: daysBefore(NOW, days),
    touchCount: 5,
    ...overrides,
  });
}

const statusAfter = (days: number, overrides: Parameters<typeof person>[0] = {}) =>
  tieStatus(touchedDaysAgo(days, overrides), NOW, SETTINGS, STOCKHOLM);

describe('status from r = days since last touch ÷ cadence', () => {
  it('is ok right after a touch and while r < 0.8', () => {
    expect(statusAfter(0)).toBe('ok');
    expect(statusAfter(23)).toBe('ok'); // r = 0.77
  });

  it('is due from exactly r = 0.8', () => {
    expect(statusAfter(24)).toBe('due'); // 24 / 30 = 0.8
    expect(statusAfter(29)).toBe('due');
  });

  it('is overdue exactly at the cadence, by 0 days', () => {
    const health = tieHealth(touchedDaysAgo(30), NOW, SETTINGS, STOCKHOLM);
    expect(health.status).toBe('overdue');
    expect(health.ratio).toBe(1);
    expect(health.overdueByDays).toBe(0);
    expect(health.dueInDays).toBe(0);
  });

  it('is overdue while r < 2 and dormant from exactly r = 2', () => {
    expect(statusAfter(59)).toBe('overdue');
    expect(statusAfter(60)).toBe('dormant');
    expect(statusAfter(400)).toBe('dormant');
  });

  it('rounds a fractional 0.8 × cadence up to the next whole day (inner: 14 days)', () => {
    expect(statusAfter(11, { tier: 'inner' })).toBe('ok'); // 11 / 14 = 0.79
    expect(statusAfter(12, { tier: 'inner' })).toBe('due'); // 0.86
    expect(statusAfter(14, { tier: 'inner' })).toBe('overdue');
    expect(statusAfter(28, { tier: 'inner' })).toBe('dormant');
  });

  it('uses a custom cadence over the tier', () => {
    expect(statusAfter(8, { tier: 'wide', cadenceDays: 10 })).toBe('due');
    expect(statusAfter(10, { tier: 'wide', cadenceDays: 10 })).toBe('overdue');
  });

  it('without a cadence is ok for a year and dormant after more than 365 days', () => {
    expect(statusAfter(365, { cadenceDays: null })).toBe('ok');
    expect(statusAfter(366, { cadenceDays: null })).toBe('dormant');
  });

  it('reports days since the touch, days left, and days overdue', () => {
    const soon = tieHealth(touchedDaysAgo(12), NOW, SETTINGS, STOCKHOLM);
    expect(soon).toMatchObject({
      daysSinceTouch: 12,
      cadenceDays: 30,
      dueInDays: 18,
      overdueByDays: null,
    });
    const late = tieHealth(touchedDaysAgo(44), NOW, SETTINGS, STOCKHOLM);
    expect(late).toMatchObject({ status: 'overdue', dueInDays: -14, overdueByDays: 14 });
  });

  it('has no ratio or due date without a cadence', () => {
    const health = tieHealth(touchedDaysAgo(10, { cadenceDays: null }), NOW, SETTINGS, STOCKHOLM);
    expect(health).toMatchObject({
      ratio: null,
      dueInDays: null,
      overdueByDays: null,
      cadenceDays: null,
    });
  });
});

describe('calendar days', () => {
  it('counts a touch late last night as one day ago', () => {
    const contact = person({
      createdAt: LONG_AGO,
      lastTouchAt: at('2024-06-14T23:30+02:00'),
      touchCount: 3,
    });
    const health = tieHealth(contact, at('2024-06-15T00:30+02:00'), SETTINGS, STOCKHOLM);
    expect(health.daysSinceTouch).toBe(1);
  });

  it('counts whole days across the autumn daylight-saving change', () => {
    const contact = person({
      createdAt: LONG_AGO,
      lastTouchAt: at('2024-09-27T23:30+02:00'),
      touchCount: 3,
    });
    // 30 calendar days later, just after midnight, in winter time.
    const health = tieHealth(contact, at('2024-10-28T00:10+01:00'), SETTINGS, STOCKHOLM);
    expect(health.daysSinceTouch).toBe(31);
    expect(health.status).toBe('overdue');
  });

  it('treats a touch in the future as today', () => {
    expect(tieHealth(touchedDaysAgo(-3), NOW, SETTINGS, STOCKHOLM)).toMatchObject({
      daysSinceTouch: 0,
      status: 'ok',
    });
  });
});

describe('a person with no touches', () => {
  it('is measured from when they were added', () => {
    const contact = person({ createdAt: daysBefore(NOW, 40) });
    const health = tieHealth(contact, NOW, SETTINGS, STOCKHOLM);
    expect(health).toMatchObject({ status: 'overdue', hasTouch: false, daysSinceTouch: 40 });
  });

  it('turns dormant after two cadences without ever being touched', () => {
    expect(tieStatus(person({ createdAt: daysBefore(NOW, 60) }), NOW, SETTINGS, STOCKHOLM)).toBe(
      'dormant',
    );
  });
});

describe('new', () => {
  it('is new when added less than 30 days ago with no touch or one touch', () => {
    expect(tieStatus(person({ createdAt: daysBefore(NOW, 0) }), NOW, SETTINGS, STOCKHOLM)).toBe(
      'new',
    );
    const metOnce = person({
      createdAt: daysBefore(NOW, 29),
      lastTouchAt: daysBefore(NOW, 29),
      touchCount: 1,
    });
    expect(tieStatus(metOnce, NOW, SETTINGS, STOCKHOLM)).toBe('new');
  });

  it('is no longer new from day 30', () => {
    const contact = person({
      createdAt: daysBefore(NOW, 30),
      lastTouchAt: daysBefore(NOW, 5),
      touchCount: 1,
    });
    expect(tieStatus(contact, NOW, SETTINGS, STOCKHOLM)).toBe('ok');
  });

  it('is no longer new after a second touch', () => {
    const contact = person({
      createdAt: daysBefore(NOW, 5),
      lastTouchAt: daysBefore(NOW, 1),
      touchCount: 2,
    });
    expect(tieStatus(contact, NOW, SETTINGS, STOCKHOLM)).toBe('ok');
  });

  it('wins over overdue, and keeps the cadence status for reference', () => {
    const contact = person({ tier: 'inner', createdAt: daysBefore(NOW, 20) });
    const health = tieHealth(contact, NOW, SETTINGS, STOCKHOLM);
    expect(health.status).toBe('new');
    expect(health.cadenceStatus).toBe('overdue');
  });

  it('measures a back-dated first touch from the touch, not from when they were added', () => {
    const contact = person({
      createdAt: daysBefore(NOW, 40),
      lastTouchAt: daysBefore(NOW, 200),
      touchCount: 1,
    });
    expect(tieHealth(contact, NOW, SETTINGS, STOCKHOLM)).toMatchObject({
      status: 'dormant',
      daysSinceTouch: 200,
    });
  });

  it('follows the day boundary rule in isNewContact', () => {
    expect(isNewContact(29, 1)).toBe(true);
    expect(isNewContact(30, 0)).toBe(false);
    expect(isNewContact(3, 2)).toBe(false);
  });
});

describe('paused', () => {
  it('wins over every other status', () => {
    expect(statusAfter(5, { isPaused: true })).toBe('paused');
    expect(statusAfter(500, { isPaused: true })).toBe('paused');
    const brandNew = person({ createdAt: NOW, isPaused: true });
    expect(tieStatus(brandNew, NOW, SETTINGS, STOCKHOLM)).toBe('paused');
  });

  it('keeps the cadence status underneath', () => {
    expect(
      tieHealth(touchedDaysAgo(45, { isPaused: true }), NOW, SETTINGS, STOCKHOLM).cadenceStatus,
    ).toBe('overdue');
  });
});

describe('cadenceStatusOf', () => {
  it('applies the boundaries directly', () => {
    expect([0, 7, 8, 9, 10, 19, 20].map((days) => cadenceStatusOf(days, 10))).toEqual([
      'ok',
      'ok',
      'due',
      'due',
      'overdue',
      'overdue',
      'dormant',
    ]);
  });
});
