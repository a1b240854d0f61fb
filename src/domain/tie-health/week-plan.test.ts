import { describe, expect, it } from 'vitest';
import type { Contact, WeekItem } from '../types';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import {
  at,
  daysBefore,
  goal,
  person,
  SETTINGS,
  STOCKHOLM,
} from '../../../tests/support/tie-health';
import { RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { clampListSize, makeWeekPlan, type WeekPlanInput } from './week-plan';

// Wednesday in the week Monday 13 – Sunday 19 May 2024.
const NOW = at('2024-05-15T12:00+02:00');
const LONG_AGO = at('2020-01-01T12:00Z');

function touched(daysAgo: number, overrides: Partial<Contact> = {}): Contact {
  return person({
    createdAt: LONG_AGO,
    lastTouchAt: daysBefore(NOW, daysAgo),
    lastTouchKind: 'coffee',
    touchCount: 4,
    ...overrides,
  });
}
const overdue = (overrides: Partial<Contact> = {}) => touched(40, overrides); // close: r = 1.33
const fine = (overrides: Partial<Contact> = {}) => touched(3, overrides);
const dormant = (overrides: Partial<Contact> = {}) => touched(200, overrides);
const owed = (overrides: Partial<Contact> = {}) =>
  fine({ received: addToDecayed(EMPTY_DECAYED, 3, NOW, RECIPROCITY_HALF_LIFE_MS), ...overrides });
const metRecently = (daysAgo: number, overrides: Partial<Contact> = {}) =>
  person({
    createdAt: daysBefore(NOW, daysAgo),
    lastTouchAt: daysBefore(NOW, daysAgo),
    touchCount: 1,
    ...overrides,
  });

function plan(contacts: Contact[], extra: Partial<WeekPlanInput> = {}): WeekItem[] {
  return makeWeekPlan({
    contacts,
    goals: [],
    settings: SETTINGS,
    now: NOW,
    timeZone: STOCKHOLM,
    ...extra,
  });
}
const ids = (items: WeekItem[]) => items.map((item) => item.contactId);
const kinds = (items: WeekItem[]) => items.map((item) => item.reason.kind);

describe('who is a candidate', () => {
  it('lists an overdue tie with the numbers for its reason', () => {
    const anna = touched(94, { tier: 'active', lastTouchKind: 'coffee' });
    expect(plan([anna])).toEqual([
      {
        contactId: anna.id,
        state: 'open',
        reason: {
          kind: 'overdue',
          overdueByDays: 4,
          daysSinceTouch: 94,
          cadenceDays: 90,
          tier: 'active',
          lastTouchKind: 'coffee',
          also: undefined,
        },
      },
    ]);
  });

  it('leaves out people who are fine or only due', () => {
    expect(plan([fine(), touched(25)])).toEqual([]);
  });

  it('leaves out archived, deleted and paused people', () => {
    expect(
      plan([
        overdue({ isArchived: true }),
        overdue({ deletedAt: NOW }),
        overdue({ isPaused: true }),
      ]),
    ).toEqual([]);
  });

  it('leaves out a person snoozed past today, and brings them back on the day the snooze ends', () => {
    const anna = overdue();
    expect(
      plan([anna], { snoozedUntil: new Map([[anna.id, at('2024-05-16T08:00+02:00')]]) }),
    ).toEqual([]);
    expect(
      ids(plan([anna], { snoozedUntil: new Map([[anna.id, at('2024-05-15T23:00+02:00')]]) })),
    ).toEqual([anna.id]);
  });

  it('lists someone the user owes, with the decayed amounts', () => {
    const erik = owed({ gave: addToDecayed(EMPTY_DECAYED, 1, NOW, RECIPROCITY_HALF_LIFE_MS) });
    expect(plan([erik])[0]?.reason).toEqual({
      kind: 'you-owe',
      received: 3,
      gave: 1,
      also: undefined,
    });
  });

  it('prompts a follow-up with someone met recently', () => {
    const met = metRecently(9, { lastTouchKind: 'event' });
    expect(plan([met])[0]?.reason).toEqual({
      kind: 'new-follow-up',
      metDaysAgo: 9,
      lastTouchKind: 'event',
      also: undefined,
    });
  });

  it('does not claim to have met people who were just imported', () => {
    expect(plan([person({ createdAt: daysBefore(NOW, 3), source: 'linkedin' })])).toEqual([]);
  });
});

describe('new contacts to follow up', () => {
  // Imported today, so their status reads new; what makes them a follow-up is the file's.
  const imported = (overrides: Partial<Contact>) =>
    person({ createdAt: NOW, tier: 'wide', ...overrides });

  it('follows up a LinkedIn connection made 5 days ago, counting from the connection', () => {
    const ake = imported({ source: 'linkedin', connectedOn: '2024-05-10' });
    expect(plan([ake])[0]?.reason).toEqual({
      kind: 'new-follow-up',
      metDaysAgo: 5,
      since: 'connected',
      lastTouchKind: undefined,
      also: undefined,
    });
  });

  it('does not call a connection new once it is 90 days old, imported today or not', () => {
    const at89 = imported({ source: 'linkedin', connectedOn: '2024-02-16' });
    const at90 = imported({ source: 'linkedin', connectedOn: '2024-02-15' });
    const at200 = imported({ source: 'linkedin', connectedOn: '2023-10-28' });
    expect(ids(plan([at89, at90, at200]))).toEqual([at89.id]);
  });

  it('follows up a fresh connection that has no cadence', () => {
    const ake = imported({ source: 'linkedin', connectedOn: '2024-05-10', cadenceDays: null });
    expect(kinds(plan([ake]))).toEqual(['new-follow-up']);
  });

  it('does not follow up a connection already touched since it was made', () => {
    const met = imported({
      source: 'linkedin',
      connectedOn: '2024-05-10',
      lastTouchAt: at('2024-05-10T18:00+02:00'),
      lastTouchKind: 'coffee',
      touchCount: 1,
    });
    const metBefore = imported({
      source: 'linkedin',
      connectedOn: '2024-05-10',
      lastTouchAt: at('2024-05-09T18:00+02:00'),
      lastTouchKind: 'event',
      touchCount: 1,
    });
    expect(ids(plan([met, metBefore]))).toEqual([metBefore.id]);
  });

  it('says hello to someone an address-book import just added', () => {
    const card = imported({ source: 'vcard' });
    const google = imported({ source: 'google', createdAt: daysBefore(NOW, 29) });
    const items = plan([card, google]);
    expect(items.map((item) => item.reason)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'new-follow-up', since: 'added', metDaysAgo: 0 }),
        expect.objectContaining({ kind: 'new-follow-up', since: 'added', metDaysAgo: 29 }),
      ]),
    );
    expect(items).toHaveLength(2);
  });

  it('leaves out address-book people once they are 30 days in, touched or without a cadence', () => {
    const old = imported({ source: 'vcard', createdAt: daysBefore(NOW, 30) });
    const touchedOnce = imported({
      source: 'vcard',
      lastTouchAt: NOW,
      lastTouchKind: 'call',
      touchCount: 1,
    });
    const noCadence = imported({ source: 'google', cadenceDays: null });
    expect(plan([old, touchedOnce, noCadence])).toEqual([]);
  });

  it('puts a recent connection before address-book newcomers', () => {
    const cards = Array.from({ length: 10 }, () => imported({ source: 'vcard' }));
    const ake = imported({ source: 'linkedin', connectedOn: '2024-05-15' });
    const items = plan([...cards, ake]);
    expect(items[0]?.contactId).toBe(ake.id);
    expect(items).toHaveLength(7);
  });

  it('keeps 500 fresh connections to their turns: the other reasons still get theirs', () => {
    const connections = Array.from({ length: 500 }, (_, index) =>
      imported({ source: 'linkedin', connectedOn: index % 2 === 0 ? '2024-05-13' : '2024-04-01' }),
    );
    const late = overdue();
    const owedOne = owed();
    const birthday = fine({ birthday: { month: 5, day: 17 } });
    const items = plan([...connections, late, owedOne, birthday]);
    expect(items).toHaveLength(7);
    expect(ids(items)).toEqual(expect.arrayContaining([late.id, owedOne.id, birthday.id]));
    expect(kinds(items).filter((kind) => kind === 'new-follow-up')).toHaveLength(4);
  });

  it('offers a dormant tie to revive, with its history', () => {
    const old = touched(400, { tier: 'wide', touchCount: 7 }); // r = 2.2
    expect(plan([old])[0]?.reason).toMatchObject({
      kind: 'dormant-revival',
      daysSinceTouch: 400,
      tier: 'wide',
      touchCount: 7,
    });
  });

  it('lists people with expertise an active goal needs', () => {
    const deal = goal({ neededExpertise: ['M&A'] });
    const done = goal({ status: 'done', neededExpertise: ['Tax'] });
    const expert = fine({ expertise: ['m&a'] });
    const taxExpert = fine({ expertise: ['Tax'] });
    const items = plan([expert, taxExpert], { goals: [deal, done] });
    expect(items).toEqual([
      {
        contactId: expert.id,
        state: 'open',
        reason: { kind: 'goal-expertise', expertise: 'M&A', goalId: deal.id, also: undefined },
      },
    ]);
  });

  it('lists a birthday this week, even a year-less one', () => {
    const items = plan([
      fine({ birthday: { month: 5, day: 19 } }),
      fine({ birthday: { month: 5, day: 20 } }),
    ]);
    expect(items.map((item) => item.reason)).toEqual([
      { kind: 'birthday-this-week', date: '2024-05-19', turnsAge: undefined, also: undefined },
    ]);
  });

  it('uses the week start setting for "this week"', () => {
    const sundayBirthday = fine({ birthday: { month: 5, day: 19 } });
    const sundayStart = { ...SETTINGS, weekStartDay: 0 }; // week of Sunday 12 – Saturday 18 May
    expect(plan([sundayBirthday], { settings: sundayStart })).toEqual([]);
  });
});

describe('one item per person', () => {
  it('keeps the best reason and lists the others as `also`', () => {
    const anna = overdue({
      birthday: { month: 5, day: 16 },
      received: addToDecayed(EMPTY_DECAYED, 2, NOW, RECIPROCITY_HALF_LIFE_MS),
    });
    const items = plan([anna]);
    expect(items).toHaveLength(1);
    expect(items[0]?.reason).toMatchObject({ kind: 'birthday-this-week', also: 'you-owe,overdue' });
  });
});

describe('ranking, variety and the cap', () => {
  it('puts the more overdue and the closer ties first within a reason', () => {
    const slightly = touched(31);
    const very = touched(55);
    const innerSlightly = touched(15, { tier: 'inner' }); // r = 1.07, plus the inner bonus
    expect(ids(plan([slightly, very, innerSlightly]))).toEqual([
      very.id,
      innerSlightly.id,
      slightly.id,
    ]);
  });

  it('takes turns across reasons so that one reason cannot fill the list', () => {
    const overdueMany = Array.from({ length: 20 }, () => overdue());
    const owedOne = owed();
    const metOne = metRecently(5);
    const items = plan([...overdueMany, owedOne, metOne]);
    expect(items).toHaveLength(7);
    expect(ids(items)).toContain(owedOne.id);
    expect(ids(items)).toContain(metOne.id);
    // Round one: the best of each reason, reasons in order of their best score.
    // you-owe 80 points, new-follow-up 70, overdue 67.5.
    expect(kinds(items)).toEqual([
      'you-owe',
      'new-follow-up',
      'overdue',
      'overdue',
      'overdue',
      'overdue',
      'overdue',
    ]);
  });

  it('offers at most one dormant tie a week', () => {
    const items = plan(Array.from({ length: 12 }, () => dormant()));
    expect(kinds(items)).toEqual(['dormant-revival']);
  });

  it('lists dormant people with another reason for that reason, beyond the dormant cap', () => {
    const deal = goal({ neededExpertise: ['M&A'] });
    const experts = [dormant({ expertise: ['M&A'] }), dormant({ expertise: ['M&A'] })];
    const items = plan([...experts, dormant(), dormant()], { goals: [deal] });
    expect(kinds(items).sort()).toEqual(['dormant-revival', 'goal-expertise', 'goal-expertise']);
    expect(items.find((item) => item.contactId === experts[0]?.id)?.reason.also).toBe(
      'dormant-revival',
    );
  });

  it('rotates the dormant tie from week to week', () => {
    const old = Array.from({ length: 12 }, () => dormant());
    const picks = new Set(
      [0, 1, 2, 3, 4, 5].map(
        (week) => plan(old, { now: NOW + week * 7 * 86_400_000 })[0]?.contactId,
      ),
    );
    expect(picks.size).toBeGreaterThan(1);
  });

  it('caps the list at the list size', () => {
    const many = Array.from({ length: 30 }, () => overdue());
    expect(plan(many)).toHaveLength(7);
    expect(plan(many, { settings: { ...SETTINGS, listSize: 10 } })).toHaveLength(10);
  });

  it('keeps the list size within 5–10', () => {
    expect([1, 5, 7.4, 10, 50, Number.NaN].map(clampListSize)).toEqual([5, 5, 7, 10, 10, 5]);
    expect(
      plan(
        Array.from({ length: 30 }, () => overdue()),
        { settings: { ...SETTINGS, listSize: 2 } },
      ),
    ).toHaveLength(5);
  });

  it('gives the same plan whatever order the people come in', () => {
    const people = [
      ...Array.from({ length: 15 }, (_, index) => touched(31 + index)),
      owed(),
      dormant(),
      dormant(),
    ];
    const forwards = plan(people);
    expect(plan([...people].reverse())).toEqual(forwards);
  });

  it('is empty for an empty network, and every item starts open', () => {
    expect(plan([])).toEqual([]);
    expect(plan([overdue(), owed()]).every((item) => item.state === 'open')).toBe(true);
  });
});
