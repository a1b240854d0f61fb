// What This week shows: the week's plan with its people (readThisWeek) and the side
// figures (readWeekStats). writes/week-plan.ts makes and changes the plans; docs/storage.md
// says how "done" is decided without storing it while the week runs.
import { db } from '../db';
import { getSettings } from './settings';
import { planStatsPeople, type PlanStatsPerson } from '../codecs/plan-inputs';
import { touchesOfLogs } from '../codecs/touch-log';
import { advisorContacts } from './goal-help';
import { writesSeenTo } from './writes-seen';
import { coverageAcrossGoals, type Coverage } from '../../domain/goals/who-can-help';
import {
  civilDateOf,
  clampListSize,
  dayNumberOfKey,
  localDayNumber,
  networkGiveAndTakeAt,
  peopleTouchedInWeek,
  startOfLocalDay,
  weekOf,
  type GiveAndTake,
  type WeekRange,
} from '../../domain/tie-health';
import { TIERS } from '../../domain/types';
import type {
  Ask,
  Contact,
  Introduction,
  EpochMs,
  Goal,
  Id,
  Settings,
  Source,
  WeekItem,
  WeekPlan,
} from '../../domain/types';

export type { WeekRange };

/**
 * An empty list has nothing to keep stable: it is made again once the number of stored
 * people changed (the first person added, the demo loaded). A count reads no rows.
 */
export function isEmptyAndOutdated(plan: WeekPlan, peopleCount: number): boolean {
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
export async function touchedInWeek(contactIds: readonly Id[], week: WeekRange): Promise<Set<Id>> {
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

export type ThisWeekItem = {
  item: WeekItem;
  contact: Contact;
  /** A non-deleted touch with the person falls inside the week. */
  isTouched: boolean;
  /** The goal a reason points at, when it still exists. */
  goalTitle?: string | undefined;
  /** The other person an introduction reason names, when they still exist. */
  other?: Contact | undefined;
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
        typeof item.reason.goalId === 'string' && item.reason.goalId !== ''
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

/** The other people introduction reasons name (a few at most), by id, if not deleted. */
async function otherPeople(items: readonly WeekItem[]): Promise<Map<Id, Contact>> {
  const ids = [
    ...new Set(
      items.flatMap((item) =>
        item.reason.kind === 'intro-waiting' && typeof item.reason.otherId === 'string'
          ? [item.reason.otherId]
          : [],
      ),
    ),
  ];
  if (ids.length === 0) return new Map();
  const people = await db.contacts.bulkGet(ids);
  return new Map(
    people
      .filter((person): person is Contact => person !== undefined && person.deletedAt === undefined)
      .map((person) => [person.id, person]),
  );
}

/**
 * The asks and introductions the week plan reads, whole: both tables are small (a user asks
 * and introduces a few times a week at most).
 */
export async function readPlanAsksAndIntroductions(): Promise<{
  asks: Ask[];
  introductions: Introduction[];
}> {
  const [asks, introductions] = await Promise.all([db.asks.toArray(), db.introductions.toArray()]);
  return { asks, introductions };
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
  const [contacts, titles, others] = await Promise.all([
    db.contacts.bulkGet(ids),
    goalTitles(planItems),
    otherPeople(planItems),
  ]);
  // Nearly always settled by the people's last touch, without another read.
  const touched = await touchedInWeekOf(ids, contacts, week);
  const items = planItems.flatMap((item, index): ThisWeekItem[] => {
    const contact = contacts[index];
    if (!contact || contact.deletedAt !== undefined) return [];
    const { goalId, otherId } = item.reason;
    return [
      {
        item,
        contact,
        isTouched: touched.has(item.contactId),
        goalTitle: typeof goalId === 'string' ? titles.get(goalId) : undefined,
        other: typeof otherId === 'string' ? others.get(otherId) : undefined,
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
 * beside the packed inputs (codecs/plan-inputs.ts), or from the contacts when those are missing.
 */
async function liveStatsPeople(): Promise<PlanStatsPerson[]> {
  const people = planStatsPeople(await db.planStats.toArray());
  if (people) return people;
  const contacts = await db.contacts.toArray();
  return contacts.filter((contact) => contact.deletedAt === undefined);
}

/**
 * The coverage line: needs of the active goals a 24-hour advisor covers, or undefined when
 * there is no active goal with a need: then the advisor rule's inputs (the packed plan inputs,
 * ≈ 1.5 MB at 10,000 people) are not read at all. Read apart from the side figures, and after
 * them (use-week-plan.ts), so the figures from the small stats rows do not wait for it.
 */
export async function readGoalCoverage(
  now: EpochMs,
  timeZone: string,
): Promise<Coverage | undefined> {
  const active = (await db.goals.where('status').equals('active').toArray()).filter(
    (goal) => goal.deletedAt === undefined && goal.neededExpertise.length > 0,
  );
  if (active.length === 0) return undefined;
  const [settings, contacts] = await Promise.all([getSettings(), advisorContacts()]);
  const coverage = coverageAcrossGoals(active, contacts, now, settings, timeZone);
  return coverage.total === 0 ? undefined : coverage;
}

/**
 * The side figures. One read of the week plans (one small row a week) and one of the
 * side-figure rows kept beside the packed inputs (codecs/plan-inputs.ts). It grows with the
 * number of people, never with the number of touches.
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

/** Changes to these tables can change the side figures or the coverage line. */
export const WEEK_STATS_TABLES = /\/(contacts|weekPlans|settings|goals|planStats|planInputs)\//;

const statsWritesSeen = writesSeenTo(WEEK_STATS_TABLES);

/** A read for a local day, kept in memory (see keptForTheDay). */
export type DayRead<T> = {
  /** The kept result for the local day of `now`, if no write has been seen since. */
  kept(now: EpochMs, timeZone: string): { value: T } | undefined;
  /** The kept result, or a fresh read, kept unless a write was seen during it. */
  read(now: EpochMs, timeZone: string): Promise<T>;
};

/**
 * `read`, its last result kept while no write to WEEK_STATS_TABLES has been seen since, in
 * this tab or another (Dexie's 'storagemutated'), nor the database opened anew, and the
 * local day and time zone are the same: a return to This week shows it at once and reads
 * nothing. At 10,000 people the side figures take 100–250 ms of the main thread and the
 * database, and the coverage line more, which a quick visit elsewhere would otherwise share
 * with the screen it opens.
 */
function keptForTheDay<T>(read: (now: EpochMs, timeZone: string) => Promise<T>): DayRead<T> {
  let last: { day: number; timeZone: string; writesSeen: number; value: T } | undefined;
  const kept = (now: EpochMs, timeZone: string) => {
    const isKept =
      last !== undefined &&
      last.writesSeen === statsWritesSeen() &&
      last.timeZone === timeZone &&
      last.day === localDayNumber(now, timeZone);
    return isKept && last ? { value: last.value } : undefined;
  };
  return {
    kept,
    async read(now, timeZone) {
      const known = kept(now, timeZone);
      if (known) return known.value;
      const seenBefore = statsWritesSeen();
      const value = await read(now, timeZone);
      if (statsWritesSeen() === seenBefore) {
        last = { day: localDayNumber(now, timeZone), timeZone, writesSeen: seenBefore, value };
      }
      return value;
    },
  };
}

/** The side figures of the day, kept between visits. */
export const weekStatsOfDay = keptForTheDay(readWeekStats);
/** The coverage line of the day, kept between visits. */
export const goalCoverageOfDay = keptForTheDay(readGoalCoverage);
