import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { ensureWeekPlan } from '../writes/week-plan';
import { goalCoverageOfDay, readGoalCoverage, readThisWeek, weekStatsOfDay } from './this-week';
import type { Ask, Contact, Introduction } from '../../domain/types';
import { freshDatabase, seedPeople } from '../../../tests/support/log-seed';
import { goal } from '../../../tests/support/tie-health';
import { closeTie } from '../../../tests/support/people';

const DAY_MS = 24 * 60 * 60 * 1000;
// Wednesday 11 June 2025, noon in Stockholm.
const NOW = Date.UTC(2025, 5, 11, 10, 0);
const ZONE = 'Europe/Stockholm';

/** A close tie (30-day cadence) last met `daysAgo`, with strength units as of now. */
const tie = (given: string, daysAgo: number, units: number, changes: Partial<Contact> = {}) =>
  closeTie(NOW, given, daysAgo, units, changes);

const stamped = { createdAt: NOW, updatedAt: NOW, source: 'manual' } as const;

let anna: Contact;
let erik: Contact;

beforeEach(async () => {
  await freshDatabase();
  [anna, erik] = await seedPeople(
    tie('Anna', 3, 3, { expertise: ['M&A'] }),
    tie('Erik', 2, 3, { expertise: ['German tax'] }),
  );
});

describe('the coverage line across active goals', () => {
  it('is absent without an active goal', async () => {
    await db.goals.bulkAdd([
      goal({ neededExpertise: ['M&A'], status: 'done' }),
      goal({ neededExpertise: ['Hiring'], deletedAt: NOW }),
    ]);
    expect(await readGoalCoverage(NOW, ZONE)).toBeUndefined();
  });

  it('counts each need of the active goals once, covered by a warm tie or not', async () => {
    await db.goals.bulkAdd([
      goal({ neededExpertise: ['M&A', 'Pricing'] }),
      goal({ neededExpertise: ['m&a', 'German Tax', 'Hiring'] }),
    ]);
    expect(await readGoalCoverage(NOW, ZONE)).toEqual({ covered: 2, total: 4 });
    await db.contacts.update(anna.id, { isPaused: true });
    expect(await readGoalCoverage(NOW, ZONE)).toEqual({ covered: 1, total: 4 });
  });
});

describe('week reasons from asks and introductions', () => {
  it('thanks for help and nudges an introduction, with the goal and the other person', async () => {
    const germany = goal({ title: 'Expand into Germany', neededExpertise: [] });
    await db.goals.add(germany);
    const helped: Ask = {
      ...stamped,
      id: 'ask1',
      contactId: erik.id,
      goalId: germany.id,
      at: NOW - 6 * DAY_MS,
      what: '',
      outcome: 'helped',
      settledAt: NOW - 2 * DAY_MS,
    };
    const waiting: Introduction = {
      ...stamped,
      id: 'intro1',
      direction: 'for-me',
      firstId: anna.id,
      secondId: erik.id,
      note: '',
      state: 'asked',
      stateAt: { asked: NOW - 4 * DAY_MS },
    };
    await db.asks.add(helped);
    await db.introductions.add(waiting);

    await ensureWeekPlan(NOW, ZONE);
    const week = await readThisWeek(NOW, ZONE);
    const byPerson = new Map(week.items.map((entry) => [entry.contact.id, entry]));
    expect(byPerson.get(erik.id)?.item.reason).toMatchObject({ kind: 'thank-for-help' });
    expect(byPerson.get(erik.id)?.goalTitle).toBe('Expand into Germany');
    expect(byPerson.get(anna.id)?.item.reason).toMatchObject({
      kind: 'intro-waiting',
      otherId: erik.id,
    });
    expect(byPerson.get(anna.id)?.other?.id).toBe(erik.id);
  });

  it('keeps the plan as made: an ask settled later in the week does not change it', async () => {
    await ensureWeekPlan(NOW, ZONE);
    const before = (await readThisWeek(NOW, ZONE)).plan?.items;
    await db.asks.add({
      ...stamped,
      id: 'ask2',
      contactId: erik.id,
      at: NOW,
      what: '',
      outcome: 'helped',
      settledAt: NOW + DAY_MS,
    });
    await ensureWeekPlan(NOW + DAY_MS, ZONE);
    expect((await readThisWeek(NOW + DAY_MS, ZONE)).plan?.items).toEqual(before);
  });
});

describe('the side figures and the coverage line kept between visits', () => {
  it('are read once a day while nothing they depend on changes', async () => {
    await db.goals.add(goal({ neededExpertise: ['M&A', 'Pricing'] }));
    const figures = await weekStatsOfDay.read(NOW, ZONE);
    const first = await goalCoverageOfDay.read(NOW, ZONE);
    expect(first).toEqual({ covered: 1, total: 2 });
    expect(weekStatsOfDay.kept(NOW + 60_000, ZONE)?.value).toBe(figures);
    expect(goalCoverageOfDay.kept(NOW + 60_000, ZONE)?.value).toBe(first);
    expect(await goalCoverageOfDay.read(NOW + 60_000, ZONE)).toBe(first);
    // Another day, or another time zone, reads again.
    expect(goalCoverageOfDay.kept(NOW + DAY_MS, ZONE)).toBeUndefined();
    expect(goalCoverageOfDay.kept(NOW, 'America/New_York')).toBeUndefined();

    await db.contacts.update(anna.id, { isPaused: true });
    expect(weekStatsOfDay.kept(NOW, ZONE)).toBeUndefined();
    expect(goalCoverageOfDay.kept(NOW, ZONE)).toBeUndefined();
    const after = await goalCoverageOfDay.read(NOW, ZONE);
    expect(after).toEqual({ covered: 0, total: 2 });
    expect(goalCoverageOfDay.kept(NOW, ZONE)?.value).toBe(after);
  });

  it('keeps nothing read while a write happened, nor across a database opened anew', async () => {
    await db.goals.add(goal({ neededExpertise: ['M&A'] }));
    const reading = goalCoverageOfDay.read(NOW, ZONE);
    await db.goals.add(goal({ neededExpertise: ['Hiring'] }));
    await reading;
    expect(goalCoverageOfDay.kept(NOW, ZONE)).toBeUndefined();
    expect(await goalCoverageOfDay.read(NOW, ZONE)).toEqual({ covered: 1, total: 2 });
    expect(goalCoverageOfDay.kept(NOW, ZONE)).toBeDefined();

    await freshDatabase();
    await db.open();
    expect(goalCoverageOfDay.kept(NOW, ZONE)).toBeUndefined();
    // No active goal: nothing to show, and that is kept too.
    expect(await goalCoverageOfDay.read(NOW, ZONE)).toBeUndefined();
    expect(goalCoverageOfDay.kept(NOW, ZONE)).toEqual({ value: undefined });
  });
});
