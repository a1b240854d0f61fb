// This week's reach-out list, stored per week (docs/storage.md, "Week plans"; its rules in
// docs/tie-health.md, "The weekly list"). One row per week in weekPlans, keyed by the week's
// first local day.
//
// - The plan is made on the first open of a week (ensureWeekPlan) from the people's derived
//   fields, the active goals, the asks and the introductions: one read of each, never of
//   touch logs.
//   Later opens return the stored plan unchanged, so the list is stable while items are
//   handled. People snoozed in an earlier week stay off until their snooze date.
// - "Done" is not stored while the week runs: an item is done when a (non-deleted) touch
//   with that person falls inside the week. Their last touch says so, or, for a week that is
//   over, their touch log (at most 10 records), so it survives a reload, and
//   undoing or deleting the touch reopens the item.
// - When a week is over, the next plan's creation closes it: items touched in that week are
//   stored as 'done' and `closedAt` is set. Past weeks are then read from their rows alone
//   (the streak never reads touch logs); a touch back-dated into a closed week later
//   does not change it.
// - Snooze, skip, "put back" and their undo change one item in place; nothing reshuffles.
// - refreshWeekPlan remakes the open items after a settings change mid-week; done (touched),
//   skipped and snoozed items stay where they are.
import { db } from '../db';
import { currentTime, deviceTimeZone } from '../clock';
import { getSettings } from '../reads/settings';
import {
  isEmptyAndOutdated,
  readPlanAsksAndIntroductions,
  touchedInWeek,
} from '../reads/this-week';
import { PlanInputs } from '../codecs/plan-inputs';
import { rebuildPlanInputs } from '../derived/registry';
import { runWrite } from './run-write';
import { WriteError, type WeekPlanErrorReason } from '../write-errors';
import {
  closedItem,
  makeWeekPlan,
  refreshWeekItems,
  weekOf,
  weekOfKey,
  type WeekRange,
} from '../../domain/tie-health';
import type { EpochMs, Id, Settings, WeekItem, WeekPlan } from '../../domain/types';

/** A change the database refuses; `reason` lets the UI phrase it. */
export class WeekPlanError extends WriteError<WeekPlanErrorReason> {
  constructor(reason: WeekPlanErrorReason, message: string) {
    super(reason, message);
    this.name = 'WeekPlanError';
  }
}

const PLAN_TABLES = [
  db.weekPlans,
  db.contacts,
  db.planInputs,
  db.planStats,
  db.goals,
  db.touchLogs,
  db.settings,
  db.asks,
  db.introductions,
];

function madeWithOf(settings: Settings, peopleCount: number): NonNullable<WeekPlan['madeWith']> {
  return {
    listSize: settings.listSize,
    tierCadenceDays: { ...settings.tierCadenceDays },
    peopleCount,
  };
}

/** When each person snoozed in another week's plan comes back, for snoozes still running. */
function snoozesFrom(plans: readonly WeekPlan[], now: EpochMs): Map<Id, EpochMs> {
  const snoozes = new Map<Id, EpochMs>();
  for (const plan of plans) {
    for (const item of plan.items) {
      if (item.state !== 'snoozed' || item.snoozedUntil === undefined) continue;
      if (item.snoozedUntil <= now) continue;
      snoozes.set(item.contactId, Math.max(item.snoozedUntil, snoozes.get(item.contactId) ?? 0));
    }
  }
  return snoozes;
}

/**
 * The packed inputs (see codecs/plan-inputs.ts), or undefined when a shard is missing or of
 * another format. Their count is trusted, not checked against contacts.count(): the
 * middleware updates the shards in the transaction of every contacts write, and an
 * IndexedDB count walks every record (25–50 ms for 10,000 people in Chromium, the whole
 * budget).
 */
async function storedPlanInputs(): Promise<PlanInputs | undefined> {
  return PlanInputs.fromRows(await db.planInputs.toArray());
}

/**
 * The week plan's inputs of every person, from the packed shards (≈ 1.5 MB of typed
 * arrays for 10,000 people) instead of the contacts (≈ 10 MB of objects). Missing or
 * unreadable shards are rebuilt from the contacts once; runs inside a read-write
 * transaction over PLAN_TABLES.
 */
async function planInputs(): Promise<PlanInputs> {
  const stored = await storedPlanInputs();
  if (stored) return stored;
  const rebuilt = PlanInputs.fromRows(await rebuildPlanInputs());
  if (!rebuilt) throw new Error('Freshly packed plan inputs could not be read back');
  return rebuilt;
}

/**
 * A fresh list from every person's derived fields (one read of the packed inputs and
 * goals), and the number of people stored (deleted ones included, as contacts.count()).
 */
async function freshItems(
  settings: Settings,
  now: EpochMs,
  timeZone: string,
  snoozedUntil: ReadonlyMap<Id, EpochMs>,
): Promise<{ items: WeekItem[]; peopleCount: number }> {
  const [packed, goals, { asks, introductions }] = await Promise.all([
    planInputs(),
    db.goals.toArray(),
    readPlanAsksAndIntroductions(),
  ]);
  const contacts = packed.contacts({ includeDeleted: false });
  const items = makeWeekPlan({
    contacts,
    goals,
    asks,
    introductions,
    settings,
    now,
    timeZone,
    snoozedUntil,
  });
  return { items, peopleCount: packed.count };
}

/** Stores 'done' for the touched items of every week that is over and not yet closed. */
async function closeEndedWeeks(plans: WeekPlan[], timeZone: string, now: EpochMs): Promise<void> {
  for (const [index, plan] of plans.entries()) {
    if (plan.closedAt !== undefined) continue;
    const week = weekOfKey(plan.weekStart, timeZone);
    if (!week || week.endMs > now) continue;
    const touched = await touchedInWeek(
      plan.items.map((item) => item.contactId),
      week,
    );
    const closed: WeekPlan = {
      ...plan,
      items: plan.items.map((item) => closedItem(item, touched.has(item.contactId))),
      closedAt: now,
      updatedAt: now,
    };
    await db.weekPlans.put(closed);
    plans[index] = closed;
  }
}

/** Makes and stores the plan of `week`; runs inside a transaction over PLAN_TABLES. */
async function makePlan(
  settings: Settings,
  week: WeekRange,
  now: EpochMs,
  timeZone: string,
): Promise<WeekPlan> {
  const others = await db.weekPlans.where('weekStart').notEqual(week.weekStart).toArray();
  await closeEndedWeeks(others, timeZone, now);
  const { items, peopleCount } = await freshItems(
    settings,
    now,
    timeZone,
    snoozesFrom(others, now),
  );
  const plan: WeekPlan = {
    weekStart: week.weekStart,
    createdAt: now,
    updatedAt: now,
    items,
    madeWith: madeWithOf(settings, peopleCount),
  };
  await db.weekPlans.put(plan);
  return plan;
}

/** The stored plan, unless there is none or it must be made again (isEmptyAndOutdated). */
async function usablePlan(plan: WeekPlan | undefined): Promise<WeekPlan | undefined> {
  if (!plan || plan.items.length > 0) return plan;
  return isEmptyAndOutdated(plan, await db.contacts.count()) ? undefined : plan;
}

/**
 * The plan of the week `now` falls in: the stored one, or a new one made and stored on the
 * first open of the week. Safe to call twice at once (a second tab, a re-rendered screen):
 * the transaction looks again before making one.
 */
export async function ensureWeekPlan(
  now = currentTime(),
  timeZone = deviceTimeZone(),
): Promise<WeekPlan> {
  const settings = await getSettings();
  const week = weekOf(now, timeZone, settings.weekStartDay);
  const stored = await usablePlan(await db.weekPlans.get(week.weekStart));
  if (stored) return stored;
  // Made on the first open of a week: not the user's own write.
  return runWrite(PLAN_TABLES, { now, asksToKeepData: false }, async () => {
    const current = await getSettings();
    const currentWeek = weekOf(now, timeZone, current.weekStartDay);
    const existing = await usablePlan(await db.weekPlans.get(currentWeek.weekStart));
    return existing ?? makePlan(current, currentWeek, now, timeZone);
  });
}

/**
 * Remakes the open items of this week's plan with the current settings (after the list
 * size or cadences changed). Items done (a touch this week), skipped or snoozed stay, in
 * their places, and count toward the list size. Done stays derived: a touched item keeps
 * its stored state, so deleting the touch still reopens it.
 */
export async function refreshWeekPlan(
  now = currentTime(),
  timeZone = deviceTimeZone(),
): Promise<WeekPlan> {
  return runWrite(PLAN_TABLES, { now }, async () => {
    const settings = await getSettings();
    const week = weekOf(now, timeZone, settings.weekStartDay);
    const existing = await db.weekPlans.get(week.weekStart);
    if (!existing) return makePlan(settings, week, now, timeZone);
    const touched = await touchedInWeek(
      existing.items.map((item) => item.contactId),
      week,
    );
    const handled = existing.items.map((item) => closedItem(item, touched.has(item.contactId)));
    const others = await db.weekPlans.where('weekStart').notEqual(week.weekStart).toArray();
    const { items: fresh, peopleCount } = await freshItems(
      settings,
      now,
      timeZone,
      snoozesFrom(others, now),
    );
    const storedState = new Map(existing.items.map((item) => [item.contactId, item]));
    const items = refreshWeekItems(handled, fresh, settings.listSize).map((item) => {
      const before = storedState.get(item.contactId);
      return before && touched.has(item.contactId) ? before : item;
    });
    const refreshed: WeekPlan = {
      ...existing,
      items,
      updatedAt: now,
      madeWith: madeWithOf(settings, peopleCount),
    };
    await db.weekPlans.put(refreshed);
    return refreshed;
  });
}

/** An item as it was before a change, for undo. */
export type WeekItemChange = { weekStart: string; before: WeekItem };

async function changeItem(
  weekStart: string,
  contactId: Id,
  now: EpochMs,
  change: (item: WeekItem) => WeekItem,
): Promise<WeekItemChange> {
  const before = await runWrite([db.weekPlans], { now }, async () => {
    const plan = await db.weekPlans.get(weekStart);
    if (!plan) throw new WeekPlanError('no-plan', `There is no plan for the week of ${weekStart}.`);
    const index = plan.items.findIndex((item) => item.contactId === contactId);
    const item = plan.items[index];
    if (!item) {
      throw new WeekPlanError('not-on-list', `${contactId} is not on the list of ${weekStart}.`);
    }
    const items = [...plan.items];
    items[index] = change(item);
    await db.weekPlans.put({ ...plan, items, updatedAt: now });
    return item;
  });
  return { weekStart, before };
}

function withState(item: WeekItem, state: WeekItem['state']): WeekItem {
  const changed: WeekItem = { ...item, state };
  delete changed.snoozedUntil;
  return changed;
}

/** Sets an item aside until `until`: it stays in place, marked, and later weeks leave the
 * person out until that day. */
export async function snoozeItem(
  weekStart: string,
  contactId: Id,
  until: EpochMs,
  now = currentTime(),
): Promise<WeekItemChange> {
  if (!Number.isFinite(until) || until <= now) {
    throw new WeekPlanError('invalid-date', 'A snooze must end in the future.');
  }
  return changeItem(weekStart, contactId, now, (item) => ({
    ...withState(item, 'snoozed'),
    snoozedUntil: until,
  }));
}

/** Skips an item for this week: it stays in place, marked skipped. */
export async function skipItem(
  weekStart: string,
  contactId: Id,
  now = currentTime(),
): Promise<WeekItemChange> {
  return changeItem(weekStart, contactId, now, (item) => withState(item, 'skipped'));
}

/** Puts a skipped or snoozed item back on the list as open. */
export async function reopenItem(
  weekStart: string,
  contactId: Id,
  now = currentTime(),
): Promise<WeekItemChange> {
  return changeItem(weekStart, contactId, now, (item) => withState(item, 'open'));
}

/** Undoes snoozeItem, skipItem or reopenItem: the item gets back its earlier state. */
export async function undoItemChange(change: WeekItemChange, now = currentTime()): Promise<void> {
  await changeItem(change.weekStart, change.before.contactId, now, () => change.before);
}
