import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { createContact, deleteContact } from './people';
import { writeNetwork } from './demo';
import { addTouch, deleteTouch } from './touches';
import { updateSettings } from './settings';
import { updateTieSettings } from './settings';
import {
  WeekPlanError,
  ensureWeekPlan,
  refreshWeekPlan,
  reopenItem,
  skipItem,
  snoozeItem,
  undoItemChange,
} from './week-plan';
import {
  NEW_PEOPLE_SOURCES,
  quarterStartOf,
  readThisWeek,
  readWeekStats,
} from '../reads/this-week';
import { isWeekReviewed } from '../../domain/tie-health';
import { generateNetwork } from '../../domain/demo/generate-network';
import { makeWeekPlan } from '../../domain/tie-health';
import type { Id, Tier, WeekPlan } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchRef } from '../../../tests/support/log-seed';

const ZONE = 'Europe/Stockholm';
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** Wednesday 11 June 2025, 12:00 in Stockholm; its week starts Monday 9 June. */
const NOW = Date.UTC(2025, 5, 11, 10, 0);

/** A person last met `daysAgo` days before NOW: overdue for an active tie (every 90 days). */
async function overduePerson(givenName: string, daysAgo: number, tier: Tier = 'active') {
  const id = await createContact({ givenName, familyName: 'Test', tier }, NOW - 400 * DAY_MS);
  await touch([id], NOW - daysAgo * DAY_MS);
  return id;
}

async function touch(participantIds: Id[], at: number): Promise<Id> {
  return addTouch(
    {
      at,
      kind: 'coffee',
      participantIds,
      note: '',
      initiator: 'me',
      gave: [],
      received: [],
      askedForHelp: false,
    },
    at,
  );
}

const idsOf = (plan: WeekPlan) => plan.items.map((item) => item.contactId);

async function itemOf(weekStart: string, contactId: Id) {
  const plan = await db.weekPlans.get(weekStart);
  return plan?.items.find((item) => item.contactId === contactId);
}

async function touchedIds(now: number) {
  const view = await readThisWeek(now, ZONE);
  return view.items.filter((item) => item.isTouched).map((item) => item.contact.id);
}

beforeEach(async () => {
  await freshDatabase();
});

describe('ensureWeekPlan', () => {
  it('makes the list on the first open of a week, with a reason for every item', async () => {
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    await overduePerson('Cecilia', 10); // recently met: not due

    const plan = await ensureWeekPlan(NOW, ZONE);

    expect(plan.weekStart).toBe('2025-06-09');
    expect(idsOf(plan).sort()).toEqual([anna, bo].sort());
    expect(plan.items.every((item) => item.state === 'open')).toBe(true);
    expect(plan.items.find((item) => item.contactId === anna)?.reason).toMatchObject({
      kind: 'overdue',
      cadenceDays: 90,
      daysSinceTouch: 120,
    });
    expect(await db.weekPlans.count()).toBe(1);
  });

  it('returns the stored plan on later opens, unchanged while items are done', async () => {
    const anna = await overduePerson('Anna', 120);
    await overduePerson('Bo', 100);
    const first = await ensureWeekPlan(NOW, ZONE);

    await touch([anna], NOW + DAY_MS);
    await overduePerson('Dan', 150); // would now make the list, but the week's list is made
    const later = await ensureWeekPlan(NOW + 2 * DAY_MS, ZONE);

    expect(later).toEqual(first);
    expect(await db.weekPlans.count()).toBe(1);
  });

  it('makes one plan when two screens ask at once', async () => {
    await overduePerson('Anna', 120);
    const [a, b] = await Promise.all([ensureWeekPlan(NOW, ZONE), ensureWeekPlan(NOW, ZONE)]);
    expect(a).toEqual(b);
    expect(await db.weekPlans.count()).toBe(1);
  });

  it('makes a new plan in a new week', async () => {
    const anna = await overduePerson('Anna', 120);
    const first = await ensureWeekPlan(NOW, ZONE);
    const next = await ensureWeekPlan(NOW + WEEK_MS, ZONE);

    expect(next.weekStart).toBe('2025-06-16');
    expect(next.createdAt).toBe(NOW + WEEK_MS);
    expect(idsOf(next)).toContain(anna);
    expect(await db.weekPlans.get(first.weekStart)).toBeDefined();
  });

  it('makes an empty list again once people are added, but keeps a list that has people', async () => {
    const empty = await ensureWeekPlan(NOW, ZONE);
    expect(empty.items).toEqual([]);
    expect((await readThisWeek(NOW, ZONE)).needsPlan).toBe(false);

    const anna = await overduePerson('Anna', 120);
    expect((await readThisWeek(NOW, ZONE)).needsPlan).toBe(true);
    const remade = await ensureWeekPlan(NOW + DAY_MS, ZONE);
    expect(idsOf(remade)).toEqual([anna]);

    await overduePerson('Bo', 120);
    expect((await readThisWeek(NOW, ZONE)).needsPlan).toBe(false);
    expect(await ensureWeekPlan(NOW + 2 * DAY_MS, ZONE)).toEqual(remade);
  });

  it('follows the week start in the settings', async () => {
    await overduePerson('Anna', 120);
    await updateSettings({ weekStartDay: 0 });
    const plan = await ensureWeekPlan(NOW, ZONE);
    expect(plan.weekStart).toBe('2025-06-08'); // the Sunday before
  });

  it('gives the same list as the domain from the people alone, never from interactions', async () => {
    const network = generateNetwork({
      seed: 3,
      peopleCount: 200,
      touchCount: 1500,
      years: 2,
      now: NOW,
    });
    await writeNetwork(network);
    // Without touches the derived fields on the people are all the list can use.
    await db.touchLogs.clear();

    const plan = await ensureWeekPlan(NOW, ZONE);

    const settings = await db.settings.get('settings');
    if (!settings) throw new Error('no settings');
    const expected = makeWeekPlan({
      contacts: network.contacts,
      goals: network.goals,
      settings,
      now: NOW,
      timeZone: ZONE,
    });
    expect(plan.items).toEqual(expected);
    expect(plan.items.length).toBe(settings.listSize);
  });
});

describe('done items', () => {
  it('marks an item done when a touch with the person is logged in the week', async () => {
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    await ensureWeekPlan(NOW, ZONE);

    await touch([anna], NOW + 60_000);

    expect(await touchedIds(NOW)).toEqual([anna]);
    expect(await touchedIds(NOW + 3 * DAY_MS)).toEqual([anna]); // still done later in the week
    expect((await readThisWeek(NOW, ZONE)).items.map((i) => i.contact.id)).toContain(bo);
  });

  it('counts a touch earlier in the week, before the list was made', async () => {
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    await ensureWeekPlan(NOW, ZONE);
    // Monday morning, before Wednesday's first open; a touch the Sunday before does not count.
    await touch([anna], Date.UTC(2025, 5, 9, 6, 0));
    await touch([bo], Date.UTC(2025, 5, 8, 20, 0));

    expect(await touchedIds(NOW)).toEqual([anna]);
  });

  it('reopens the item when the touch is deleted', async () => {
    const anna = await overduePerson('Anna', 120);
    await ensureWeekPlan(NOW, ZONE);
    const touchId = await touch([anna], NOW + 60_000);
    expect(await touchedIds(NOW)).toEqual([anna]);

    await deleteTouch(await touchRef(touchId), NOW + 120_000);

    expect(await touchedIds(NOW)).toEqual([]);
    expect((await itemOf('2025-06-09', anna))?.state).toBe('open');
  });

  it('leaves out people deleted since the list was made', async () => {
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    await ensureWeekPlan(NOW, ZONE);
    await deleteContact(anna, NOW);

    const view = await readThisWeek(NOW, ZONE);
    expect(view.items.map((item) => item.contact.id)).toEqual([bo]);
  });

  it('stores the touched items as done once the week is over', async () => {
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    const first = await ensureWeekPlan(NOW, ZONE);
    await touch([anna], NOW + DAY_MS);

    await ensureWeekPlan(NOW + WEEK_MS, ZONE);

    const closed = await db.weekPlans.get(first.weekStart);
    expect(closed?.closedAt).toBe(NOW + WEEK_MS);
    expect(closed?.items.find((item) => item.contactId === anna)?.state).toBe('done');
    expect(closed?.items.find((item) => item.contactId === bo)?.state).toBe('open');
  });

  it('reads the touches of people met again after the week when it closes', async () => {
    // Both were last met after the week: their last touch cannot tell, their log must.
    const anna = await overduePerson('Anna', 120);
    const bo = await overduePerson('Bo', 100);
    const first = await ensureWeekPlan(NOW, ZONE);
    await touch([anna], NOW + DAY_MS);
    await touch([anna, bo], NOW + WEEK_MS + DAY_MS);

    await ensureWeekPlan(NOW + WEEK_MS + 2 * DAY_MS, ZONE);

    const closed = await db.weekPlans.get(first.weekStart);
    expect(closed?.items.find((item) => item.contactId === anna)?.state).toBe('done');
    expect(closed?.items.find((item) => item.contactId === bo)?.state).toBe('open');
  });
});

describe('snooze, skip and undo', () => {
  it('keeps a snoozed person in place, marked, and off later lists until the snooze date', async () => {
    const anna = await overduePerson('Anna', 100);
    const bo = await overduePerson('Bo', 110);
    const plan = await ensureWeekPlan(NOW, ZONE);
    const until = NOW + 10 * DAY_MS; // Saturday of next week

    await snoozeItem(plan.weekStart, anna, until, NOW);

    const current = await ensureWeekPlan(NOW + DAY_MS, ZONE);
    expect(idsOf(current)).toEqual(idsOf(plan)); // not reshuffled
    expect(current.items.find((item) => item.contactId === anna)).toMatchObject({
      state: 'snoozed',
      snoozedUntil: until,
    });
    const nextWeek = await ensureWeekPlan(NOW + WEEK_MS, ZONE);
    expect(idsOf(nextWeek)).toEqual([bo]);
    const weekAfter = await ensureWeekPlan(NOW + 2 * WEEK_MS, ZONE);
    expect(idsOf(weekAfter)).toContain(anna);
  });

  it('lets a snooze that ends on the first day of a week bring the person back that week', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);
    const nextMonday = Date.UTC(2025, 5, 15, 22, 0); // 00:00 on 16 June in Stockholm
    await snoozeItem(plan.weekStart, anna, nextMonday, NOW);

    const nextWeek = await ensureWeekPlan(nextMonday + 8 * 60 * 60 * 1000, ZONE);
    expect(idsOf(nextWeek)).toContain(anna);
  });

  it('refuses a snooze that ends in the past', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);
    await expect(snoozeItem(plan.weekStart, anna, NOW - DAY_MS, NOW)).rejects.toBeInstanceOf(
      WeekPlanError,
    );
    expect((await itemOf(plan.weekStart, anna))?.state).toBe('open');
  });

  it('skips an item and undo restores it', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);

    const change = await skipItem(plan.weekStart, anna, NOW);
    expect((await itemOf(plan.weekStart, anna))?.state).toBe('skipped');

    await undoItemChange(change, NOW);
    expect(await itemOf(plan.weekStart, anna)).toEqual(plan.items[0]);
  });

  it('undoes a snooze back to the earlier state, including an earlier snooze', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);
    await snoozeItem(plan.weekStart, anna, NOW + 2 * DAY_MS, NOW);
    const before = await itemOf(plan.weekStart, anna);

    const change = await snoozeItem(plan.weekStart, anna, NOW + 30 * DAY_MS, NOW);
    await undoItemChange(change, NOW);

    expect(await itemOf(plan.weekStart, anna)).toEqual(before);
  });

  it('puts a skipped item back as open', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);
    await skipItem(plan.weekStart, anna, NOW);

    await reopenItem(plan.weekStart, anna, NOW);

    expect((await itemOf(plan.weekStart, anna))?.state).toBe('open');
  });

  it('refuses to change a person who is not on the list', async () => {
    await overduePerson('Anna', 100);
    const plan = await ensureWeekPlan(NOW, ZONE);
    await expect(skipItem(plan.weekStart, 'nobody', NOW)).rejects.toMatchObject({
      reason: 'not-on-list',
    });
    await expect(skipItem('2024-01-01', 'nobody', NOW)).rejects.toMatchObject({
      reason: 'no-plan',
    });
  });
});

describe('refreshWeekPlan', () => {
  async function sevenOverdue() {
    const ids: Id[] = [];
    for (let index = 0; index < 7; index += 1) {
      ids.push(await overduePerson(`P${String(index)}`, 100 + index * 5));
    }
    return ids;
  }

  it('offers a refresh once the list size or a cadence changed', async () => {
    await sevenOverdue();
    await updateSettings({ listSize: 5 });
    await ensureWeekPlan(NOW, ZONE);
    expect((await readThisWeek(NOW, ZONE)).isStale).toBe(false);

    await updateSettings({ listSize: 6 });
    expect((await readThisWeek(NOW, ZONE)).isStale).toBe(true);
    await refreshWeekPlan(NOW, ZONE);
    expect((await readThisWeek(NOW, ZONE)).isStale).toBe(false);

    const settings = await db.settings.get('settings');
    if (!settings) throw new Error('no settings');
    await updateTieSettings({ tierCadenceDays: { ...settings.tierCadenceDays, active: 60 } });
    expect((await readThisWeek(NOW, ZONE)).isStale).toBe(true);
  });

  it('keeps done, skipped and snoozed items in place and fills the rest', async () => {
    await sevenOverdue();
    await updateSettings({ listSize: 5 });
    const plan = await ensureWeekPlan(NOW, ZONE);
    const [first, second, third] = idsOf(plan) as [Id, Id, Id];
    const touchId = await touch([first], NOW + 60_000);
    await skipItem(plan.weekStart, second, NOW);
    await snoozeItem(plan.weekStart, third, NOW + 20 * DAY_MS, NOW);

    await updateSettings({ listSize: 7 });
    const refreshed = await refreshWeekPlan(NOW + DAY_MS, ZONE);

    expect(refreshed.items).toHaveLength(7);
    expect(idsOf(refreshed).slice(0, 3)).toEqual([first, second, third]);
    expect(await touchedIds(NOW)).toContain(first);
    expect(refreshed.items.map((item) => item.state).slice(0, 3)).toEqual([
      'open', // done is read from the touch, not stored
      'skipped',
      'snoozed',
    ]);
    // Done stays derived after a refresh: deleting the touch reopens the item.
    await deleteTouch(await touchRef(touchId), NOW + DAY_MS);
    expect(await touchedIds(NOW)).not.toContain(first);
  });

  it('drops open items when the list gets shorter, but never handled ones', async () => {
    await sevenOverdue();
    await updateSettings({ listSize: 7 });
    const plan = await ensureWeekPlan(NOW, ZONE);
    const handled = idsOf(plan).slice(-3);
    for (const id of handled) await skipItem(plan.weekStart, id, NOW);

    await updateSettings({ listSize: 5 });
    const refreshed = await refreshWeekPlan(NOW, ZONE);

    expect(refreshed.items).toHaveLength(5);
    expect(idsOf(refreshed)).toEqual(expect.arrayContaining(handled));
  });

  it('makes the plan when the week has none yet', async () => {
    const anna = await overduePerson('Anna', 100);
    const plan = await refreshWeekPlan(NOW, ZONE);
    expect(idsOf(plan)).toEqual([anna]);
  });
});

describe('readThisWeek', () => {
  it('tells "no people yet" from "nothing needs you"', async () => {
    await ensureWeekPlan(NOW, ZONE);
    expect(await readThisWeek(NOW, ZONE)).toMatchObject({ hasPeople: false, items: [] });

    await createContact({ givenName: 'Fresh', familyName: 'Face' }, NOW - DAY_MS);
    expect(await readThisWeek(NOW, ZONE)).toMatchObject({ hasPeople: true, items: [] });
  });

  it('has no plan before the week is first opened', async () => {
    const view = await readThisWeek(NOW, ZONE);
    expect(view.plan).toBeUndefined();
    expect(view.week.weekStart).toBe('2025-06-09');
  });
});

describe('streak of reviewed weeks', () => {
  const weeksLater = (weeks: number) => NOW + weeks * WEEK_MS;

  it('counts reviewed weeks in a row before this one', async () => {
    const ids: Id[] = [];
    for (const name of ['A', 'B', 'C']) ids.push(await overduePerson(name, 100));
    const [a, b] = ids as [Id, Id];

    // Week 0: a touch. Week 1: nothing. Week 2: a skip. Week 3: a snooze. Week 4: now.
    await ensureWeekPlan(weeksLater(0), ZONE);
    await touch([a], weeksLater(0) + DAY_MS);
    await ensureWeekPlan(weeksLater(1), ZONE);
    const week2 = await ensureWeekPlan(weeksLater(2), ZONE);
    await skipItem(week2.weekStart, idsOf(week2)[0] ?? b, weeksLater(2));
    const week3 = await ensureWeekPlan(weeksLater(3), ZONE);
    await snoozeItem(week3.weekStart, idsOf(week3)[0] ?? b, weeksLater(3) + DAY_MS, weeksLater(3));
    await ensureWeekPlan(weeksLater(4), ZONE);

    expect((await readWeekStats(weeksLater(4), ZONE)).reviewedWeeksBefore).toBe(2);
    // At week 1 only week 0 lies before: its touch made it reviewed.
    expect((await readWeekStats(weeksLater(1), ZONE)).reviewedWeeksBefore).toBe(1);
  });

  it('breaks the streak at a week without a plan', async () => {
    const a = await overduePerson('A', 100);
    const week0 = await ensureWeekPlan(weeksLater(0), ZONE);
    await skipItem(week0.weekStart, a, weeksLater(0));
    // No open at all in week 1.
    const week2 = await ensureWeekPlan(weeksLater(2), ZONE);
    await skipItem(week2.weekStart, a, weeksLater(2));
    await ensureWeekPlan(weeksLater(3), ZONE);

    expect((await readWeekStats(weeksLater(3), ZONE)).reviewedWeeksBefore).toBe(1);
  });

  it('counts this week once an item is done, snoozed or skipped', async () => {
    const a = await overduePerson('A', 100);
    await ensureWeekPlan(NOW, ZONE);
    expect(isWeekReviewed((await readThisWeek(NOW, ZONE)).items)).toBe(false);
    await touch([a], NOW + 60_000);
    expect(isWeekReviewed((await readThisWeek(NOW, ZONE)).items)).toBe(true);
  });
});

describe('readWeekStats', () => {
  it('counts people added this calendar quarter, leaving out bulk imports', async () => {
    const quarterStart = quarterStartOf(NOW, ZONE);
    expect(quarterStart).toBe(Date.UTC(2025, 2, 31, 22, 0)); // 1 April, 00:00 in Stockholm

    await createContact({ givenName: 'Added', familyName: 'In April' }, quarterStart);
    await createContact({ givenName: 'Added', familyName: 'In March' }, quarterStart - 1);
    const gone = await createContact({ givenName: 'Deleted', familyName: 'Later' }, NOW - DAY_MS);
    await deleteContact(gone, NOW);
    await seedPeople(
      makePerson('Demo', 'Person', { source: 'demo', createdAt: NOW - 5 * DAY_MS }),
      makePerson('Linked', 'In', { source: 'linkedin', createdAt: NOW - DAY_MS }),
    );

    expect(NEW_PEOPLE_SOURCES.has('linkedin')).toBe(false);
    expect((await readWeekStats(NOW, ZONE)).newPeopleThisQuarter).toBe(2);
  });

  it('sums the give-and-take over everyone not deleted', async () => {
    await seedPeople(
      makePerson('Gave', 'Three', { gave: { value: 3, at: NOW }, received: { value: 1, at: NOW } }),
      makePerson('Got', 'One', { gave: { value: 0, at: NOW }, received: { value: 1, at: NOW } }),
      makePerson('Deleted', 'Lots', {
        gave: { value: 0, at: NOW },
        received: { value: 50, at: NOW },
        deletedAt: NOW,
      }),
    );

    const { giveAndTake } = await readWeekStats(NOW, ZONE);
    expect(giveAndTake.gave).toBeCloseTo(3, 9);
    expect(giveAndTake.received).toBeCloseTo(2, 9);
    expect(giveAndTake.balance).toBeCloseTo(0.2, 9);
  });
});
