// What a goal's page shows, in one read: the goal, who can help with each of its needs and
// the paths where nobody warm does (goal-help.ts), and its introductions.
//
// Opening one goal works out the help for every active goal with it: the costly parts (the
// advisor rule's inputs, the links for paths, a pass over everyone) are shared, so the others
// cost little more, and a person who opens one goal tends to open the next.
import { readGoalHelp, type GoalHelpOfGoal } from './goal-help';
import { readActiveGoals, readGoal } from './goals';
import { readIntroductionsOfGoals } from './asks';
import { writesSeenTo } from './writes-seen';
import { localDayNumber } from '../../domain/tie-health';
import type { EpochMs, Goal, Id, Introduction } from '../../domain/types';

export type GoalPage = {
  goalId: Id;
  /** null when the goal does not exist or was deleted. */
  goal: Goal | null;
  /** Undefined only with no goal. */
  help: GoalHelpOfGoal | undefined;
  /** The goal's introductions, newest first. */
  introductions: Introduction[];
};

/**
 * The page of `goalId`, and those of the active goals read with it (`goalId`'s first): the
 * same figures each would get read alone.
 */
export async function readGoalPages(
  goalId: Id,
  now: EpochMs,
  timeZone: string,
): Promise<GoalPage[]> {
  const [goal, active] = await Promise.all([readGoal(goalId), readActiveGoals()]);
  if (goal === null) return [{ goalId, goal: null, help: undefined, introductions: [] }];
  const goals = [goal, ...active.filter((other) => other.id !== goal.id)];
  const ids = goals.map((one) => one.id);
  const [help, introductions] = await Promise.all([
    readGoalHelp(goals, now, timeZone),
    readIntroductionsOfGoals(ids),
  ]);
  return goals.map((one) => ({
    goalId: one.id,
    goal: one,
    help: help.byGoal.get(one.id),
    introductions: introductions.filter((introduction) => introduction.goalId === one.id),
  }));
}

/**
 * The pages read last, kept while no write at all has been seen since (a goal's help depends
 * on most of the data) and the local day is the same: a goal's page shows its kept page in
 * its first render, and its live query brings it up to date.
 */
const writesSeen = writesSeenTo();
let kept:
  { writesSeen: number; day: number; timeZone: string; pages: Map<Id, GoalPage> } | undefined;

/** The kept page of `goalId`, if any (see above). */
export function keptGoalPage(goalId: Id, now: EpochMs, timeZone: string): GoalPage | undefined {
  const isKept =
    kept !== undefined &&
    kept.writesSeen === writesSeen() &&
    kept.timeZone === timeZone &&
    kept.day === localDayNumber(now, timeZone);
  return isKept ? kept?.pages.get(goalId) : undefined;
}

/**
 * The page of `goalId`: the kept one (keptGoalPage), or read (readGoalPages) keeping every
 * page read with it unless a write was seen meanwhile.
 */
export async function readGoalPage(goalId: Id, now: EpochMs, timeZone: string): Promise<GoalPage> {
  const known = keptGoalPage(goalId, now, timeZone);
  if (known) return known;
  const seenBefore = writesSeen();
  const pages = await readGoalPages(goalId, now, timeZone);
  if (writesSeen() === seenBefore) {
    const day = localDayNumber(now, timeZone);
    const isSame =
      kept?.writesSeen === seenBefore && kept.day === day && kept.timeZone === timeZone;
    const byId = isSame && kept ? kept.pages : new Map<Id, GoalPage>();
    for (const page of pages) byId.set(page.goalId, page);
    kept = { writesSeen: seenBefore, day, timeZone, pages: byId };
  }
  return pages[0] ?? { goalId, goal: null, help: undefined, introductions: [] };
}
