// Who can help with a goal (docs/tie-health.md, "Who can help"): for each expertise the goal
// needs, everyone who has it, warmest first, each marked as a 24-hour advisor or not by the
// one advisor rule (tie-health/advisor-coverage.ts), with the reasons when not.
//
// Warmth is compared in this order, each step only breaking ties of the one before:
//   1. advisors first;
//   2. rhythm: on track or due, then overdue, then dormant, then paused;
//   3. not owed before owed: asking someone the user already owes is a bigger favour;
//   4. strength at `now`, stronger first;
//   5. give-and-take balance, the side the user gave more to first;
//   6. id, so equal people always come in the same order.
// Deleted people never appear; archived ones are put aside by the user and are left out too.

import {
  advisorCheckOn,
  advisorCoverage,
  expertiseMatcher,
  localDayCounter,
  neededExpertiseOf,
  type AdvisorCheck,
  type AdvisorContact,
  type CadenceSettings,
  type GoalInput,
  type TieStatus,
  type WhyNotAdvisor,
} from '../tie-health';
import type { EpochMs, Goal, Id } from '../types';

export type { WhyNotAdvisor };

export type Helper = {
  contactId: Id;
  isAdvisor: boolean;
  status: TieStatus;
  /** Strength at `now`, in [0, 1). */
  strength: number;
  youOwe: boolean;
  /** Local days since the last touch; undefined when there was none. */
  daysSinceTouch: number | undefined;
  /** Why they are not an advisor; empty for an advisor. */
  whyNot: WhyNotAdvisor[];
};

export type NeedHelp = {
  /** The expertise as written in the goal. */
  expertise: string;
  /** Normalised (no case, no diacritics): the need's identity across goals. */
  key: string;
  /** Everyone who has the expertise, warmest first. */
  helpers: Helper[];
  /** At least one helper is a 24-hour advisor. */
  isCovered: boolean;
};

export type Coverage = { covered: number; total: number };

/** A helper with what ranking needs beside the public fields. */
export type RankedHelper = Helper & { balance: number; rhythmRank: number };

/** On track and due share the first place: both are in rhythm. */
const RHYTHM_RANK: Readonly<Record<AdvisorCheck['rhythm'], number>> = {
  ok: 0,
  due: 0,
  overdue: 1,
  dormant: 2,
};
const PAUSED_RANK = 3;

/** The ranking facts of a person who is not deleted. */
export function rankedHelperOf(contact: AdvisorContact, check: AdvisorCheck): RankedHelper {
  return {
    contactId: contact.id,
    isAdvisor: check.whyNot.length === 0,
    status: check.status,
    strength: check.strength,
    youOwe: check.youOwe,
    daysSinceTouch: contact.lastTouchAt === undefined ? undefined : check.daysSinceTouch,
    whyNot: check.whyNot,
    balance: check.balance,
    rhythmRank: contact.isPaused ? PAUSED_RANK : RHYTHM_RANK[check.rhythm],
  };
}

/** Warmest first, by the order in the module comment. */
export function compareWarmth(a: RankedHelper, b: RankedHelper): number {
  if (a.isAdvisor !== b.isAdvisor) return a.isAdvisor ? -1 : 1;
  if (a.rhythmRank !== b.rhythmRank) return a.rhythmRank - b.rhythmRank;
  if (a.youOwe !== b.youOwe) return a.youOwe ? 1 : -1;
  if (a.strength !== b.strength) return b.strength - a.strength;
  if (a.balance !== b.balance) return b.balance - a.balance;
  return a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0;
}

const publicHelper = (helper: RankedHelper): Helper => ({
  contactId: helper.contactId,
  isAdvisor: helper.isAdvisor,
  status: helper.status,
  strength: helper.strength,
  youOwe: helper.youOwe,
  daysSinceTouch: helper.daysSinceTouch,
  whyNot: helper.whyNot,
});

/** The goal's needs, each once, in the order written (empty tags left out). */
function needsOf(goal: Pick<Goal, 'neededExpertise'>) {
  const asActive: GoalInput = {
    id: '',
    status: 'active',
    neededExpertise: goal.neededExpertise,
    deletedAt: undefined,
  };
  return neededExpertiseOf([asActive]);
}

/** For each expertise the goal needs, who has it, warmest first. */
export function whoCanHelp(
  goal: Pick<Goal, 'neededExpertise'>,
  contacts: readonly AdvisorContact[],
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): NeedHelp[] {
  const needed = needsOf(goal);
  const match = expertiseMatcher(needed);
  const dayOf = localDayCounter(timeZone);
  const today = dayOf(now);
  const byKey = new Map<string, RankedHelper[]>(needed.map((entry) => [entry.key, []]));
  for (const contact of contacts) {
    if (contact.deletedAt !== undefined || contact.isArchived) continue;
    const matches = match(contact.expertise);
    if (matches.length === 0) continue;
    const helper = rankedHelperOf(contact, advisorCheckOn(contact, now, today, settings, dayOf));
    for (const entry of matches) byKey.get(entry.key)?.push(helper);
  }
  return needed.map((entry) => {
    const helpers = (byKey.get(entry.key) ?? []).sort(compareWarmth).map(publicHelper);
    return {
      expertise: entry.label,
      key: entry.key,
      helpers,
      isCovered: helpers.some((helper) => helper.isAdvisor),
    };
  });
}

/** How many of these needs a 24-hour advisor covers. */
export function coverageOf(needs: readonly NeedHelp[]): Coverage {
  return { covered: needs.filter((need) => need.isCovered).length, total: needs.length };
}

/**
 * Coverage over every active goal: each distinct need once, however many goals share it
 * (matched without case or diacritics).
 */
export function coverageAcrossGoals(
  goals: readonly GoalInput[],
  contacts: readonly AdvisorContact[],
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): Coverage {
  const coverage = advisorCoverage(goals, contacts, now, settings, timeZone);
  return {
    covered: coverage.filter((entry) => entry.advisorIds.length > 0).length,
    total: coverage.length,
  };
}
