// The "24-hour advisor" check (docs/tie-health.md, "24-hour advisors"): for each expertise
// an active goal needs, the warm ties who have it. A warm tie is, at `now`:
//   - not archived, deleted or paused;
//   - in rhythm: ok or due by cadence (a new person counts by their cadence too, since
//     "new" only says when they were added);
//   - strong enough: strength above 0.25 (a coffee within about ten weeks, or a call
//     within about three; see strength.ts);
//   - not owed: the user has not taken clearly more than given (the "you owe" flag), since
//     asking again before giving back is not a 24-hour favour.
// An expertise with no warm tie is a gap.

import type { Contact, EpochMs, Id } from '../types';
import { effectiveCadenceDays, type CadenceSettings } from './cadence';
import { expertiseMatcher, neededExpertiseOf, type GoalInput } from './goal-expertise';
import { giveAndTakeAt } from './reciprocity';
import { isYouOwe } from './reciprocity-flags';
import {
  cadenceStatusOf,
  daysSinceTouchOn,
  statusOn,
  type CadenceStatus,
  type TieStatus,
} from './status';
import { strengthAt } from './strength';
import { localDayCounter, type DayCounter } from './zone-days';

/** Strength a warm tie must exceed (unitless, in [0, 1)). */
export const WARM_TIE_MIN_STRENGTH = 0.25;

export type AdvisorContact = Pick<
  Contact,
  | 'id'
  | 'deletedAt'
  | 'isArchived'
  | 'isPaused'
  | 'createdAt'
  | 'lastTouchAt'
  | 'touchCount'
  | 'tier'
  | 'cadenceDays'
  | 'strength'
  | 'gave'
  | 'received'
  | 'expertise'
>;

export type ExpertiseCoverage = {
  /** The expertise as first written in a goal. */
  expertise: string;
  /** Active goals that need it. */
  goalIds: Id[];
  /** Warm ties who have it, strongest first; empty means a gap. */
  advisorIds: Id[];
};

/**
 * Why a person is not a 24-hour advisor, in the order of the rule: paused, archived, out of
 * rhythm (overdue or dormant), too weak, or owed. Empty means warm.
 */
export type WhyNotAdvisor = 'paused' | 'archived' | 'out-of-rhythm' | 'weak' | 'you-owe';

/** What the advisor rule found out about a person at `now`. */
export type AdvisorCheck = {
  status: TieStatus;
  /** The status by cadence alone (new and paused ignored): what "in rhythm" is judged by. */
  rhythm: CadenceStatus;
  /** Strength at `now`, in [0, 1). */
  strength: number;
  /** Give-and-take balance at `now`, in [−1, 1]. */
  balance: number;
  youOwe: boolean;
  /** Local days since the last touch, or since they were added when there is none. */
  daysSinceTouch: number;
  whyNot: WhyNotAdvisor[];
};

/**
 * The advisor rule, the only place it is written: every other question (is this a warm tie,
 * who can help, who could introduce) asks it. Deleted people are the caller's to leave out.
 */
export function advisorCheckOn(
  contact: AdvisorContact,
  now: EpochMs,
  today: number,
  settings: CadenceSettings,
  dayOf: DayCounter,
): AdvisorCheck {
  const daysSinceTouch = daysSinceTouchOn(contact, today, dayOf);
  const cadenceDays = effectiveCadenceDays(contact, settings);
  const rhythm = cadenceStatusOf(daysSinceTouch, cadenceDays);
  const strength = strengthAt(contact.strength, now);
  const { received, balance } = giveAndTakeAt(contact, now);
  const youOwe = isYouOwe(received, balance);
  const whyNot: WhyNotAdvisor[] = [];
  if (contact.isPaused) whyNot.push('paused');
  if (contact.isArchived) whyNot.push('archived');
  if (rhythm !== 'ok' && rhythm !== 'due') whyNot.push('out-of-rhythm');
  if (strength <= WARM_TIE_MIN_STRENGTH) whyNot.push('weak');
  if (youOwe) whyNot.push('you-owe');
  return {
    status: statusOn(contact, daysSinceTouch, cadenceDays, today, dayOf),
    rhythm,
    strength,
    balance,
    youOwe,
    daysSinceTouch,
    whyNot,
  };
}

function isWarmOn(
  contact: AdvisorContact,
  now: EpochMs,
  today: number,
  settings: CadenceSettings,
  dayOf: DayCounter,
): boolean {
  if (contact.deletedAt !== undefined) return false;
  return advisorCheckOn(contact, now, today, settings, dayOf).whyNot.length === 0;
}

/** True when the person is a warm tie at `now` (see the module comment). */
export function isWarmTie(
  contact: AdvisorContact,
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): boolean {
  const dayOf = localDayCounter(timeZone);
  return isWarmOn(contact, now, dayOf(now), settings, dayOf);
}

/** The ids of everyone who is a warm tie at `now`, in the order given. */
export function warmTieIds(
  contacts: readonly AdvisorContact[],
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): Id[] {
  const dayOf = localDayCounter(timeZone);
  const today = dayOf(now);
  return contacts
    .filter((contact) => isWarmOn(contact, now, today, settings, dayOf))
    .map((contact) => contact.id);
}

/** Coverage of every expertise needed by an active goal, in order of first mention. */
export function advisorCoverage(
  goals: readonly GoalInput[],
  contacts: readonly AdvisorContact[],
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): ExpertiseCoverage[] {
  const dayOf = localDayCounter(timeZone);
  const today = dayOf(now);
  const needed = neededExpertiseOf(goals);
  const match = expertiseMatcher(needed);
  const advisors = new Map<string, { id: Id; strength: number }[]>();
  for (const contact of contacts) {
    const matches = match(contact.expertise);
    if (matches.length === 0 || !isWarmOn(contact, now, today, settings, dayOf)) continue;
    const strength = strengthAt(contact.strength, now);
    for (const entry of matches) {
      const list = advisors.get(entry.key) ?? [];
      list.push({ id: contact.id, strength });
      advisors.set(entry.key, list);
    }
  }
  return needed.map((entry) => ({
    expertise: entry.label,
    goalIds: [...entry.goalIds],
    advisorIds: (advisors.get(entry.key) ?? [])
      .sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((advisor) => advisor.id),
  }));
}
