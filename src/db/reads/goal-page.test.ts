import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { keptGoalPage, readGoalPage, readGoalPages } from './goal-page';
import { loadDemo } from '../writes/demo';
import type { Contact } from '../../domain/types';
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

let anna: Contact;

beforeEach(async () => {
  await freshDatabase();
  [anna] = await seedPeople(
    tie('Anna', 3, 3, { expertise: ['M&A'] }),
    tie('Erik', 2, 3, { expertise: ['German tax'] }),
  );
});

describe("a goal's page", () => {
  it('reads the other active goals with it, each as it would be read alone', async () => {
    const germany = goal({ neededExpertise: ['German tax', 'Hiring'] });
    const deal = goal({ neededExpertise: ['m&a'] });
    const done = goal({ neededExpertise: ['M&A'], status: 'done' });
    await db.goals.bulkAdd([germany, deal, done]);

    const page = await readGoalPage(germany.id, NOW, ZONE);
    expect(page.goal).toEqual(germany);
    expect(page.help?.coverage).toEqual({ covered: 1, total: 2 });
    const [alone] = await readGoalPages(deal.id, NOW, ZONE);
    expect(keptGoalPage(deal.id, NOW, ZONE)).toEqual(alone);
    expect(alone?.help?.needs[0]?.helpers.map((helper) => helper.contactId)).toEqual([anna.id]);
    // A goal that is not active is read when it is opened, not with the others.
    expect(keptGoalPage(done.id, NOW, ZONE)).toBeUndefined();
    expect((await readGoalPage(done.id, NOW, ZONE)).goal).toEqual(done);
  });

  it('keeps pages only while nothing is written, on the same day', async () => {
    const deal = goal({ neededExpertise: ['M&A'] });
    await db.goals.add(deal);
    const page = await readGoalPage(deal.id, NOW, ZONE);
    expect(keptGoalPage(deal.id, NOW + 60_000, ZONE)).toBe(page);
    expect(await readGoalPage(deal.id, NOW + 60_000, ZONE)).toBe(page);
    expect(keptGoalPage(deal.id, NOW + DAY_MS, ZONE)).toBeUndefined();

    await db.contacts.update(anna.id, { isPaused: true });
    expect(keptGoalPage(deal.id, NOW, ZONE)).toBeUndefined();
    const after = await readGoalPage(deal.id, NOW, ZONE);
    expect(after.help?.coverage).toEqual({ covered: 0, total: 1 });

    const reading = readGoalPage(deal.id, NOW, ZONE);
    await db.goals.update(deal.id, { title: 'Renamed' });
    await reading;
    expect(keptGoalPage(deal.id, NOW, ZONE)).toBeUndefined();
  });

  it('says so for a goal that does not exist or was deleted', async () => {
    const gone = goal({ deletedAt: NOW });
    await db.goals.add(gone);
    expect(await readGoalPage(gone.id, NOW, ZONE)).toEqual({
      goalId: gone.id,
      goal: null,
      help: undefined,
      introductions: [],
    });
    expect((await readGoalPage('missing', NOW, ZONE)).goal).toBeNull();
  });
});

describe('the demo network’s goals', () => {
  it.each(['en', 'sv'] as const)(
    'show each kind of help in %s: a 24-hour advisor, a tie to revive, an introduction',
    { timeout: 60_000 },
    async (language) => {
      await freshDatabase();
      await loadDemo(NOW, language);
      const goals = await db.goals.where('source').equals('demo').toArray();
      expect(goals).toHaveLength(2);
      const pages = await readGoalPages(goals[0]?.id ?? '', NOW, ZONE);
      const needs = pages.flatMap((page) => page.help?.needs ?? []);
      const paths = pages.flatMap((page) => [...(page.help?.paths.values() ?? [])]);
      expect(needs.some((need) => need.isCovered)).toBe(true);
      expect(needs.some((need) => !need.isCovered)).toBe(true);
      expect(paths.some((path) => path.revive.length > 0)).toBe(true);
      expect(paths.some((path) => path.introductions.length > 0)).toBe(true);
    },
  );
});
