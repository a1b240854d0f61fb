// Who can help with each need of the goals on screen, read live. Each need lists the people
// whose expertise matches it (without case or diacritics), 24-hour advisors first (the warm
// tie rule of domain/tie-health/advisor-coverage.ts), then the others, each strongest first,
// with what keeps them from being an advisor. A goal's coverage counts its needs that have an
// advisor.
import { useLiveQuery } from 'dexie-react-hooks';
import { readHelpInputs } from '../../db/reads/goals';
import { getSettings } from '../../db/reads/settings';
import {
  cadenceStatusOf,
  daysSinceTouchOn,
  effectiveCadenceDays,
  expertiseMatcher,
  giveAndTakeAt,
  isWarmTie,
  isYouOwe,
  localDayCounter,
  neededExpertiseOf,
  strengthAt,
  WARM_TIE_MIN_STRENGTH,
  type CadenceSettings,
} from '../../domain/tie-health';
import type { WeekPlanContact } from '../../domain/tie-health/week-plan';
import type { EpochMs, Goal, Id } from '../../domain/types';

export type WhyNot = 'paused' | 'archived' | 'out-of-rhythm' | 'weak' | 'you-owe';

export type Helper = { contactId: Id; isAdvisor: boolean; whyNot: WhyNot[] };

export type NeedHelp = { expertise: string; key: string; helpers: Helper[]; isCovered: boolean };

export type Coverage = { covered: number; total: number };

export type GoalHelpView = { needs: NeedHelp[]; coverage: Coverage };

type Ranked = Helper & { strength: number };

function whyNotOf(
  person: WeekPlanContact,
  now: EpochMs,
  today: number,
  settings: CadenceSettings,
  dayOf: (at: EpochMs) => number,
): WhyNot[] {
  const why: WhyNot[] = [];
  if (person.isArchived) why.push('archived');
  if (person.isPaused) why.push('paused');
  const rhythm = cadenceStatusOf(
    daysSinceTouchOn(person, today, dayOf),
    effectiveCadenceDays(person, settings),
  );
  if (rhythm !== 'ok' && rhythm !== 'due') why.push('out-of-rhythm');
  if (strengthAt(person.strength, now) <= WARM_TIE_MIN_STRENGTH) why.push('weak');
  const { received, balance } = giveAndTakeAt(person, now);
  if (isYouOwe(received, balance)) why.push('you-owe');
  return why;
}

const byRank = (a: Ranked, b: Ranked) =>
  Number(b.isAdvisor) - Number(a.isAdvisor) ||
  b.strength - a.strength ||
  (a.contactId < b.contactId ? -1 : 1);

/** Who can help with each need of each goal given, by goal id. */
export function goalsHelpOf(
  goals: readonly Goal[],
  people: readonly WeekPlanContact[],
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): Map<Id, GoalHelpView> {
  const dayOf = localDayCounter(timeZone);
  const today = dayOf(now);
  const asActive = goals.map((goal) => ({ ...goal, status: 'active' as const }));
  const needed = neededExpertiseOf(asActive);
  const match = expertiseMatcher(needed);
  const helpersByKey = new Map<string, Ranked[]>();
  for (const person of people) {
    const matches = match(person.expertise);
    if (matches.length === 0) continue;
    const isAdvisor = isWarmTie(person, now, settings, timeZone);
    const helper: Ranked = {
      contactId: person.id,
      isAdvisor,
      whyNot: isAdvisor ? [] : whyNotOf(person, now, today, settings, dayOf),
      strength: strengthAt(person.strength, now),
    };
    for (const entry of matches) {
      const list = helpersByKey.get(entry.key) ?? [];
      list.push(helper);
      helpersByKey.set(entry.key, list);
    }
  }
  const byGoal = new Map<Id, GoalHelpView>();
  for (const goal of asActive) {
    const needs = needed
      .filter((entry) => entry.goalIds.includes(goal.id))
      .map((entry): NeedHelp => {
        const helpers = [...(helpersByKey.get(entry.key) ?? [])].sort(byRank);
        return {
          expertise:
            goal.neededExpertise.find((label) => matchesKey(label, entry.key, match)) ??
            entry.label,
          key: entry.key,
          helpers: helpers.map(({ contactId, isAdvisor, whyNot }) => ({
            contactId,
            isAdvisor,
            whyNot,
          })),
          isCovered: helpers.some((helper) => helper.isAdvisor),
        };
      });
    const covered = needs.filter((need) => need.isCovered).length;
    byGoal.set(goal.id, { needs, coverage: { covered, total: needs.length } });
  }
  return byGoal;
}

function matchesKey(
  label: string,
  key: string,
  match: ReturnType<typeof expertiseMatcher>,
): boolean {
  return match([label]).some((entry) => entry.key === key);
}

/** goalsHelpOf for the goals given, kept live; undefined until first read. */
export function useGoalsHelp(
  goals: readonly Goal[] | undefined,
  now: EpochMs,
  timeZone: string,
): Map<Id, GoalHelpView> | undefined {
  return useLiveQuery(async () => {
    if (goals === undefined) return undefined;
    const [people, settings] = await Promise.all([readHelpInputs(), getSettings()]);
    return goalsHelpOf(goals, people, now, settings, timeZone);
  }, [goals, now, timeZone]);
}
