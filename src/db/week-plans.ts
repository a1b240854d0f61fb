// This week's reach-out list, stored per week (DESIGN §2.3 and §4), and the home screen's
// side figures. One row per week in weekPlans, keyed by the week's first local day.
//
// - The plan is made on the first open of a week (ensureWeekPlan) from the people's derived
//   fields and the active goals: one read of contacts and goals, never of interactions.
//   Later opens return the stored plan unchanged, so the list is stable while items are
//   handled. People snoozed in an earlier week stay off until their snooze date.
// - "Done" is not stored while the week runs: an item is done when a (non-deleted) touch
//   with that person falls inside the week. Their last touch says so, or, for a week that is
//   over, their touch log (at most 10 records), so it survives a reload, and
//   undoing or deleting the touch reopens the item.
// - When a week is over, the next plan's creation closes it: items touched in that week are
//   stored as 'done' and `closedAt` is set. Past weeks are then read from their rows alone
//   (the streak never touches interactions); a touch back-dated into a closed week later
//   does not change it.
// - Snooze, skip, "put back" and their undo change one item in place; nothing reshuffles.
// - refreshWeekPlan remakes the open items after a settings change mid-week; done (touched),
//   skipped and snoozed items stay where they are.
import { db } from './db';
import { currentTime } from './clock';
import { getSettings } from './settings';
import {
  packPlanInputsAndStats,
  PlanInputs,
  planStatsPeople,
  type PlanStatsPerson,
} from './plan-inputs';
import { requestPersistenceOnce } from './storage';
import { touchesOfLogs } from './touch-logs';
import {
  civilDateOf,
  clampListSize,
  dayNumberOfKey,
  localDayNumber,
  makeWeekPlan,
  networkGiveAndTakeAt,
  peopleTouchedInWeek,
  refreshWeekItems,
  startOfLocalDay,
  weekOf,
  weekOfKey,
  type GiveAndTake,
  type WeekRange,
} from '../domain/tie-health';
import { TIERS } from '../domain/types';
import type {
  Contact,
  EpochMs,
  Goal,
  Id,
  Settings,
  Source,
  WeekItem,
  WeekPlan,
} from '../domain/types';

export type { WeekRange };

/** The device's IANA time zone, in which days and weeks are counted. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export type WeekPlanErrorReason = 'no-plan' | 'not-on-list' | 'invalid-date';

/** A change the database refuses; `reason` lets the UI phrase it. */
export class WeekPlanError extends Error {
  readonly reason: WeekPlanErrorReason;

  constructor(reason: WeekPlanErrorReason, message: string) {
    super(message);
    this.name = 'WeekPlanError';
    this.reason = reason;
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
];

function madeWithOf(settings: Settings, peopleCount: number): NonNullable<WeekPlan['madeWith']> {
  return {
    listSize: settings.listSize,
    tierCadenceDays: { ...settings.tierCadenceDays },
    peopleCount,
  };
}

/**
 * An empty list has nothing to keep stable: it is made again once the number of stored
 * people changed (the first person added, the demo loaded). A count reads no rows.
 */
function isEmptyAndOutdated(plan: WeekPlan, peopleCount: number): boolean {
  return plan.items.length === 0 && plan.madeWith?.peopleCount !== peopleCount;
}

/** True when the list size or a tier cadence changed since the plan was made. */
export function isPlanStale(plan: WeekPlan, settings: Settings): boolean {
  const made = plan.madeWith;
  // A plan without the record predates it: nothing to compare, nothing to offer.
  if (!made) return false;
  if (clampListSize(made.listSize) !== clampListSize(settings.listSize)) return true;
  return TIERS.some((tier) => made.tierCadenceDays[tier] !== settings.tierCadenceDays[tier]);
}

/** Who among these people has a non-deleted touch inside the week (see touchedInWeekOf). */
async function touchedInWeek(contactIds: readonly Id[], week: WeekRange): Promise<Set<Id>> {
  const ids = [...new Set(contactIds)];
  return touchedInWeekOf(ids, await db.contacts.bulkGet(ids), week);
}

/**
 * Who among these people (`contacts[i]` is the row of `ids[i]`) has a non-deleted touch inside
 * the week. Their last touch, a derived field kept true by every write, settles it for nearly
 * everyone: before the week, no; inside it, yes. Only a person whose last touch is after the
 * week (a week that is over, being closed) has their touch log read.
 */
async function touchedInWeekOf(
  ids: readonly Id[],
  contacts: readonly (Contact | undefined)[],
  week: WeekRange,
): Promise<Set<Id>> {
  const touched = new Set<Id>();
  const unsure: Id[] = [];
  ids.forEach((id, index) => {
    const lastTouchAt = contacts[index]?.lastTouchAt;
    if (lastTouchAt === undefined || lastTouchAt < week.startMs) return;
    if (lastTouchAt < week.endMs) touched.add(id);
    else unsure.push(id);
  });
  if (unsure.length === 0) return touched;
  // A log holds every touch of its person: who else was on them does not matter here.
  const inWeek = peopleTouchedInWeek(touchesOfLogs(await db.touchLogs.bulkGet(unsure)), week);
  for (const id of unsure) if (inWeek.has(id)) touched.add(id);
  return touched;
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
 * The packed inputs (see plan-inputs.ts), or undefined when a shard is missing or of
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
  const { rows, stats } = packPlanInputsAndStats(await db.contacts.toArray());
  await db.planInputs.clear();
  await db.planInputs.bulkPut(rows);
  await db.planStats.clear();
  await db.planStats.bulkPut(stats);
  const rebuilt = PlanInputs.fromRows(rows);
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
  const [packed, goals] = await Promise.all([planInputs(), db.goals.toArray()]);
  const contacts = packed.contacts({ includeDeleted: false });
  const items = makeWeekPlan({ contacts, goals, settings, now, timeZone, snoozedUntil });
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
      items: plan.items.map((item) =>
        item.state === 'open' && touched.has(item.contactId) ? { ...item, state: 'done' } : item,
      ),
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
  return db.transaction('rw', PLAN_TABLES, async () => {
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
  const plan = await db.transaction('rw', PLAN_TABLES, async () => {
    const settings = await getSettings();
    const week = weekOf(now, timeZone, settings.weekStartDay);
    const existing = await db.weekPlans.get(week.weekStart);
    if (!existing) return makePlan(settings, week, now, timeZone);
    const touched = await touchedInWeek(
      existing.items.map((item) => item.contactId),
      week,
    );
    const handled = existing.items.map((item) =>
      item.state === 'open' && touched.has(item.contactId)
        ? { ...item, state: 'done' as const }
        : item,
    );
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
  await persistAfterWrite(now);
  return plan;
}

/** An item as it was before a change, for undo. */
export type WeekItemChange = { weekStart: string; before: WeekItem };

async function changeItem(
  weekStart: string,
  contactId: Id,
  now: EpochMs,
  change: (item: WeekItem) => WeekItem,
): Promise<WeekItemChange> {
  const before = await db.transaction('rw', db.weekPlans, async () => {
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
  await persistAfterWrite(now);
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

// ——— Reading ———

export type ThisWeekItem = {
  item: WeekItem;
  contact: Contact;
  /** A non-deleted touch with the person falls inside the week. */
  isTouched: boolean;
  /** The goal a goal-expertise reason points at, when it still exists. */
  goalTitle?: string | undefined;
};

export type ThisWeek = {
  settings: Settings;
  week: WeekRange;
  /** undefined until the week's plan has been made (see ensureWeekPlan). */
  plan: WeekPlan | undefined;
  /** The week has no plan yet, or an empty one made before people were added. */
  needsPlan: boolean;
  /** The plan's items whose person still exists, in plan order. */
  items: ThisWeekItem[];
  /** At least one person (not deleted) exists: tells "no people yet" from "nothing due". */
  hasPeople: boolean;
  /** Settings changed since the plan was made: offer to refresh it. */
  isStale: boolean;
};

async function hasAnyPerson(): Promise<boolean> {
  const someone = await db.contacts.filter((contact) => contact.deletedAt === undefined).first();
  return someone !== undefined;
}

async function goalTitles(items: readonly WeekItem[]): Promise<Map<Id, string>> {
  const ids = [
    ...new Set(
      items.flatMap((item) =>
        item.reason.kind === 'goal-expertise' && typeof item.reason.goalId === 'string'
          ? [item.reason.goalId]
          : [],
      ),
    ),
  ];
  if (ids.length === 0) return new Map();
  const goals = await db.goals.bulkGet(ids);
  return new Map(
    goals
      .filter((goal): goal is Goal => goal !== undefined && goal.deletedAt === undefined)
      .map((goal) => [goal.id, goal.title]),
  );
}

/**
 * What the home screen shows for the week `now` falls in. Reads only the settings, the
 * plan, its ≤ 10 people (whose last touch says whether they were met this week) and linked
 * goals: the cost does not grow with the number of people or interactions (except
 * `hasPeople` on an empty list).
 */
export async function readThisWeek(now: EpochMs, timeZone: string): Promise<ThisWeek> {
  const settings = await getSettings();
  const week = weekOf(now, timeZone, settings.weekStartDay);
  const plan = await db.weekPlans.get(week.weekStart);
  const planItems = plan?.items ?? [];
  const ids = planItems.map((item) => item.contactId);
  const [contacts, titles] = await Promise.all([db.contacts.bulkGet(ids), goalTitles(planItems)]);
  // Nearly always settled by the people's last touch, without another read.
  const touched = await touchedInWeekOf(ids, contacts, week);
  const items = planItems.flatMap((item, index): ThisWeekItem[] => {
    const contact = contacts[index];
    if (!contact || contact.deletedAt !== undefined) return [];
    const goalId = item.reason.goalId;
    return [
      {
        item,
        contact,
        isTouched: touched.has(item.contactId),
        goalTitle: typeof goalId === 'string' ? titles.get(goalId) : undefined,
      },
    ];
  });
  const isEmpty = items.length === 0;
  return {
    settings,
    week,
    plan,
    needsPlan:
      plan === undefined || (isEmpty && isEmptyAndOutdated(plan, await db.contacts.count())),
    items,
    hasPeople: !isEmpty || (await hasAnyPerson()),
    isStale: plan !== undefined && isPlanStale(plan, settings),
  };
}

// ——— Side figures ———

/**
 * Sources counted as "new people": people the user added one by one (by hand, from the
 * phone's contact picker) and the demo's people (added over its simulated history). Bulk
 * imports are left out: importing 500 LinkedIn connections today is not meeting 500 people.
 */
export const NEW_PEOPLE_SOURCES: ReadonlySet<Source> = new Set([
  'manual',
  'contact-picker',
  'demo',
]);

export type WeekStats = {
  /**
   * Reviewed weeks in a row just before this one. A week counts as reviewed when at least
   * one item was done, snoozed or skipped; weeks follow each other when no whole week
   * without a plan lies between them. The screen adds this week once it is reviewed, so an
   * unreviewed current week does not break the streak before it is over.
   */
  reviewedWeeksBefore: number;
  /** People added since the first day of the calendar quarter, see NEW_PEOPLE_SOURCES. */
  newPeopleThisQuarter: number;
  /** The user's decayed give-and-take over everyone not deleted (archived included). */
  giveAndTake: GiveAndTake;
};

/** The first instant of the calendar quarter `now` falls in, in the time zone. */
export function quarterStartOf(now: EpochMs, timeZone: string): EpochMs {
  const { year, month } = civilDateOf(localDayNumber(now, timeZone));
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const key = `${String(year).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}-01`;
  return startOfLocalDay(dayNumberOfKey(key) ?? localDayNumber(now, timeZone), timeZone);
}

/** True when at least one item was done, snoozed or skipped (stored, or touched now). */
export function isWeekReviewed(
  items: readonly Pick<ThisWeekItem, 'item' | 'isTouched'>[],
): boolean {
  return items.some(({ item, isTouched }) => isTouched || item.state !== 'open');
}

/** Reviewed weeks in a row among the plans before `week` (see WeekStats). */
export function reviewedWeeksBefore(plans: readonly WeekPlan[], week: WeekRange): number {
  const earlier = plans
    .filter((plan) => plan.weekStart < week.weekStart)
    .sort((a, b) => (a.weekStart < b.weekStart ? 1 : -1));
  let count = 0;
  let followingDay = week.firstDay;
  for (const plan of earlier) {
    const firstDay = dayNumberOfKey(plan.weekStart);
    if (firstDay === undefined || followingDay - firstDay > 7) break;
    if (!plan.items.some((item) => item.state !== 'open')) break;
    count += 1;
    followingDay = firstDay;
  }
  return count;
}

/**
 * Every person not deleted, as the side figures need them: from the small stats rows kept
 * beside the packed inputs (plan-inputs.ts), or from the contacts when those are missing.
 */
async function liveStatsPeople(): Promise<PlanStatsPerson[]> {
  const people = planStatsPeople(await db.planStats.toArray());
  if (people) return people;
  const contacts = await db.contacts.toArray();
  return contacts.filter((contact) => contact.deletedAt === undefined);
}

/**
 * The side figures. One read of the week plans (one small row a week) and one of the
 * side-figure rows kept beside the packed inputs (plan-inputs.ts): it grows with the number
 * of people, never with the number of interactions.
 */
export async function readWeekStats(now: EpochMs, timeZone: string): Promise<WeekStats> {
  const settings = await getSettings();
  const week = weekOf(now, timeZone, settings.weekStartDay);
  const [plans, live] = await Promise.all([
    db.weekPlans.where('weekStart').below(week.weekStart).toArray(),
    liveStatsPeople(),
  ]);
  const quarterStart = quarterStartOf(now, timeZone);
  const newPeople = live.filter(
    (contact) => contact.createdAt >= quarterStart && NEW_PEOPLE_SOURCES.has(contact.source),
  );
  return {
    reviewedWeeksBefore: reviewedWeeksBefore(plans, week),
    newPeopleThisQuarter: newPeople.length,
    giveAndTake: networkGiveAndTakeAt(live, now),
  };
}

// The write has committed by now; a browser that cannot answer the persistence question
// must not make a saved change look unsaved.
async function persistAfterWrite(now: EpochMs): Promise<void> {
  try {
    await requestPersistenceOnce(now);
  } catch (error) {
    console.warn('Ties could not ask for persistent storage', error);
  }
}
