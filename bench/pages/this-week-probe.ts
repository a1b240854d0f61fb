// Benchmark probe page for bench/this-week.mjs, served on the app's own origin so it works
// on the app's IndexedDB database 'ties' (seeded by seed.html) through the app's own code.
// It times ensureWeekPlan on weeks that have no plan yet (the first open of a week: one
// read of the packed plan inputs and the goals, the list made, the previous week closed,
// the plan stored),
// and, for the report, the parts of that and the home screen's other reads. With
// #clear-plans it only removes every week plan.
import { liveQuery } from 'dexie';
import { db } from '../../src/db/db';
import { readAllTouches } from '../../src/db/reads/touches';
import { addTouch, deleteTouch } from '../../src/db/writes/touches';
import { openDatabase } from '../../src/db/open';
import { PlanInputs } from '../../src/db/codecs/plan-inputs';
import { getSettings } from '../../src/db/reads/settings';
import { ensureWeekPlan } from '../../src/db/writes/week-plan';
import { readThisWeek, readWeekStats } from '../../src/db/reads/this-week';
import { makeWeekPlan } from '../../src/domain/tie-health';
import { reportState } from './report-state';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
// Parameters come in the hash: once the app's service worker runs, it answers a navigation
// whose URL has a query string with the app shell (vite.config.ts's file-path denylist
// only matches a path that ends in the file name).
const params = new URLSearchParams(location.hash.slice(1));
const weeks = Number(params.get('weeks') ?? 12);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const startedAt = performance.now();
  const result = await work();
  return [performance.now() - startedAt, result];
}

/**
 * The save path without the screen: addTouch alone, and from calling it until a
 * liveQuery of readThisWeek (what the home screen subscribes to) emits the touch.
 */
async function saveProbe(samples: number) {
  const now = Date.now();
  await ensureWeekPlan(now, timeZone);
  const start = await readThisWeek(now, timeZone);
  // Someone not met yet this week, so that the touch is what marks them done.
  const contactId = start.items.find((item) => !item.isTouched)?.contact.id;
  if (contactId === undefined) throw new Error('No open item on the week plan');
  const isTouchedIn = (view: typeof start) =>
    view.items.find((item) => item.contact.id === contactId)?.isTouched ?? false;
  const draft = {
    at: now,
    kind: 'coffee' as const,
    participantIds: [contactId],
    note: '',
    initiator: 'me' as const,
    gave: [],
    received: [],
    askedForHelp: false,
  };
  const writeMs: number[] = [];
  const shownMs: number[] = [];
  let isTouched = false;
  let onChange: (() => void) | undefined;
  const subscription = liveQuery(() => readThisWeek(now, timeZone)).subscribe((view) => {
    isTouched = isTouchedIn(view);
    onChange?.();
  });
  for (let sample = 0; sample < samples; sample += 1) {
    const startedAt = performance.now();
    const shown = new Promise<number>((resolve) => {
      onChange = () => {
        if (isTouched) resolve(performance.now());
      };
    });
    const id = await addTouch(draft);
    writeMs.push(performance.now() - startedAt);
    shownMs.push((await shown) - startedAt);
    const reopened = new Promise<void>((resolve) => {
      onChange = () => {
        if (!isTouched) resolve();
      };
    });
    await deleteTouch({ id, participantIds: [contactId] });
    await reopened;
  }
  subscription.unsubscribe();
  return { writeMs, shownMs };
}

async function probe() {
  if ((await openDatabase()) !== 'ok') throw new Error('IndexedDB is unavailable');
  if (params.has('save')) return saveProbe(Number(params.get('save')));
  if (params.has('clear-plans')) {
    // Lets the benchmark time a first open of the week again.
    await db.weekPlans.clear();
    return { cleared: true };
  }
  const start = Date.now();
  const people = await db.contacts.count();
  const interactions = (await readAllTouches()).length;

  // The first open of each of the next `weeks` weeks: none has a plan yet.
  const makeMs: number[] = [];
  let items = 0;
  for (let week = 1; week <= weeks; week += 1) {
    const [ms, plan] = await timed(() => ensureWeekPlan(start + week * WEEK_MS, timeZone));
    makeMs.push(ms);
    items = plan.items.length;
  }
  const later = start + weeks * WEEK_MS;
  const [storedMs] = await timed(() => ensureWeekPlan(later, timeZone));

  // Where the time goes: reading the packed inputs, unpacking them, and the ranking itself;
  // and, for comparison, reading every contact row as the plan did before the packing.
  const [readPackedMs, rows] = await timed(() => db.planInputs.toArray());
  const unpackStartedAt = performance.now();
  const contacts = PlanInputs.fromRows(rows)?.contacts({ includeDeleted: false });
  const unpackMs = performance.now() - unpackStartedAt;
  if (!contacts) throw new Error('The packed plan inputs are missing');
  const [readPeopleMs] = await timed(() => db.contacts.toArray());
  const goals = await db.goals.toArray();
  const settings = await getSettings();
  const rankStartedAt = performance.now();
  makeWeekPlan({ contacts, goals, settings, now: later, timeZone });
  const rankMs = performance.now() - rankStartedAt;

  const [readThisWeekMs] = await timed(() => readThisWeek(later, timeZone));
  const [readStatsMs] = await timed(() => readWeekStats(later, timeZone));
  return {
    people,
    interactions,
    items,
    makeMs,
    storedMs,
    readPackedMs,
    unpackMs,
    readPeopleMs,
    rankMs,
    readThisWeekMs,
    readStatsMs,
  };
}

reportState(probe);
