import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { addTouch } from '../writes/touches';
import { readGoalHelp } from './goal-help';
import type { Coverage } from '../../domain/goals/who-can-help';
import type { Contact, Goal } from '../../domain/types';
import { freshDatabase, seedPeople, touchDraft } from '../../../tests/support/log-seed';
import { goal } from '../../../tests/support/tie-health';
import { closeTie } from '../../../tests/support/people';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 4, 20, 10, 0);
const ZONE = 'Europe/Stockholm';

/** A close tie (30-day cadence) last met `daysAgo`, with strength units as of now. */
const tie = (given: string, daysAgo: number, units: number, changes: Partial<Contact> = {}) =>
  closeTie(NOW, given, daysAgo, units, changes);

let anna: Contact;
let erik: Contact;
let bo: Contact;
let li: Contact;
let expand: Goal;

beforeEach(async () => {
  await freshDatabase();
  [anna, erik, bo, li] = await seedPeople(
    tie('Anna', 3, 3, { expertise: ['M&A'] }),
    tie('Erik', 120, 0.2, { expertise: ['German tax'] }),
    tie('Bo', 2, 4),
    tie('Li', 5, 4),
  );
  expand = goal({ title: 'Expand into Germany', neededExpertise: ['M&A', 'German Tax'] });
});

const read = (goals: readonly Goal[] = [expand]) => readGoalHelp(goals, NOW, ZONE);

describe('readGoalHelp', () => {
  it('marks a warm holder as cover and shows paths for the gap', async () => {
    await db.relations.add({
      id: 'r1',
      createdAt: 0,
      updatedAt: 0,
      source: 'manual',
      fromId: bo.id,
      toId: erik.id,
      kind: 'works-with',
      note: '',
    });
    const help = await read();
    const ofGoal = help.byGoal.get(expand.id);
    expect(ofGoal?.coverage).toEqual({ covered: 1, total: 2 });
    expect(ofGoal?.needs.map((need) => [need.key, need.helpers.map((h) => h.contactId)])).toEqual([
      ['m&a', [anna.id]],
      ['german tax', [erik.id]],
    ]);
    expect([...(ofGoal?.paths.keys() ?? [])]).toEqual(['german tax']);
    expect(ofGoal?.paths.get('german tax')).toEqual({
      revive: [{ contactId: erik.id, daysSinceTouch: 120, status: 'dormant' }],
      introductions: [{ viaId: bo.id, toId: erik.id, through: 'relation' }],
    });
    expect(help.across).toEqual({ covered: 1, total: 2 });
  });

  it('finds groups, met-via and shared touches around the holder', async () => {
    await db.groups.add({
      id: 'board',
      createdAt: 0,
      updatedAt: 0,
      source: 'manual',
      name: 'Board',
      kind: 'board',
      memberIds: [li.id, erik.id],
      hasSpeakers: false,
      hasSocialActivities: false,
      hasSports: false,
      leadersExperience: '',
      notes: '',
    });
    await db.contacts.update(erik.id, { metViaId: anna.id });
    await addTouch(touchDraft([erik.id, bo.id], NOW - 200 * DAY_MS, { kind: 'message' }), NOW);
    const paths = (await read()).byGoal.get(expand.id)?.paths.get('german tax');
    expect(paths?.introductions).toEqual([
      { viaId: anna.id, toId: erik.id, through: 'met-via' },
      { viaId: li.id, toId: erik.id, through: 'group', groupId: 'board' },
      { viaId: bo.id, toId: erik.id, through: 'touches', sharedTouches: 1 },
    ]);
  });

  it('counts across active goals only, each need once', async () => {
    const hiring = goal({ neededExpertise: ['m&a', 'Hiring'] });
    const done = goal({ neededExpertise: ['Pricing'], status: 'done' });
    const help = await read([expand, hiring, done]);
    expect(help.across).toEqual({ covered: 1, total: 3 });
    expect(help.byGoal.get(done.id)?.coverage).toEqual({ covered: 0, total: 1 });
  });

  it('leaves out deleted goals and deleted people', async () => {
    await db.contacts.update(anna.id, { deletedAt: NOW });
    const gone = goal({ neededExpertise: ['Hiring'], deletedAt: NOW });
    const help = await read([expand, gone]);
    expect(help.byGoal.has(gone.id)).toBe(false);
    expect(help.byGoal.get(expand.id)?.needs[0]?.helpers).toEqual([]);
  });

  it('is kept live: a coffee with the cold holder makes them cover the need', async () => {
    const coverages: (Coverage | undefined)[] = [];
    let onRead = () => {};
    const subscription = liveQuery(() => read()).subscribe((help) => {
      coverages.push(help.byGoal.get(expand.id)?.coverage);
      onRead();
    });
    /** Resolves once a read gave this coverage (the test's own budget stops a hang). */
    const readGiving = (coverage: Coverage) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (coverages.some((seen) => seen && seen.covered === coverage.covered)) resolve();
        };
        onRead = check;
        check();
      });
    try {
      await readGiving({ covered: 1, total: 2 });
      expect(coverages).toEqual([{ covered: 1, total: 2 }]);
      await addTouch(touchDraft([erik.id], NOW - DAY_MS), NOW);
      await readGiving({ covered: 2, total: 2 });
      expect(coverages.at(-1)).toEqual({ covered: 2, total: 2 });
      expect(coverages.length).toBeGreaterThan(1);
    } finally {
      subscription.unsubscribe();
    }
  });
});
