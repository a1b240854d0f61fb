// Who can help with each goal, and paths where nobody warm does (domain/goals/who-can-help.ts,
// paths.ts; the rules in docs/tie-health.md, "Who can help" and "Paths to help").
//
// Cost: the rule needs each person's derived fields and expertise, which the week plan's
// packed inputs already hold (codecs/plan-inputs.ts): a few hundred KB of typed arrays for
// 10,000 people instead of the 10 MB contacts table. Paths read only what touches the
// holders of uncovered needs: their touch logs (by key), the relations and groups naming them
// (by index), their own rows (for met-via), and the rows of warm people, the only ones who can
// introduce (for met-via the other way round, which has no index).
import { db } from '../db';
import { keptRead } from './kept-read';
import { getSettings } from './settings';
import { PlanInputs } from '../codecs/plan-inputs';
import { isLive } from '../codecs/touch-log';
import {
  coverageAcrossGoals,
  coverageOf,
  whoCanHelp,
  type Coverage,
  type NeedHelp,
} from '../../domain/goals/who-can-help';
import { pathsToHelp, type KnownLinks, type Paths } from '../../domain/goals/paths';
import { warmTieIds, type AdvisorContact } from '../../domain/tie-health';
import type { EpochMs, Goal, Id, Relation } from '../../domain/types';

export type GoalHelpOfGoal = {
  needs: NeedHelp[];
  coverage: Coverage;
  /** Paths for each need nobody warm covers, by the need's key. */
  paths: ReadonlyMap<string, Paths>;
};

export type GoalHelp = {
  byGoal: ReadonlyMap<Id, GoalHelpOfGoal>;
  /** Every active goal's distinct needs at once. */
  across: Coverage;
};

/**
 * Everyone not deleted from the packed inputs, kept between reads while no write to them is
 * seen (kept-read.ts): This week's coverage line and a goal's page read it on every visit,
 * and at 10,000 people reading and unpacking the inputs is tens of milliseconds of the main
 * thread. Only the packed table is watched: every write to the people rewrites their packed
 * inputs in the same transaction (derived/middlewares.ts), and a kept result is checked by
 * counting the table's 16 rows, where counting the people would walk all 10,000 of them.
 * Undefined while the inputs cannot be used.
 */
const packedAdvisorContacts = keptRead([db.planInputs], async () =>
  PlanInputs.fromRows(await db.planInputs.toArray())?.contacts({ includeDeleted: false }),
);

/**
 * Everyone not deleted, as the advisor rule reads them: from the packed inputs if usable.
 * Callers must not change the people it returns.
 */
export async function advisorContacts(): Promise<readonly AdvisorContact[]> {
  const packed = await packedAdvisorContacts();
  if (packed) return packed;
  // Until a write packs them again (writes/week-plan.ts), the full rows say the same.
  const all = await db.contacts.toArray();
  return all.filter((contact) => contact.deletedAt === undefined);
}

/** For each holder, the other people on their live touches, with how many each. */
async function sharedTouchesOf(holders: readonly Id[]): Promise<Map<Id, Map<Id, number>>> {
  const logs = await db.touchLogs.bulkGet([...holders]);
  const shared = new Map<Id, Map<Id, number>>();
  holders.forEach((holderId, index) => {
    const counts = new Map<Id, number>();
    for (const touch of logs[index]?.touches ?? []) {
      if (!isLive(touch)) continue;
      for (const otherId of new Set(touch.participantIds)) {
        if (otherId !== holderId) counts.set(otherId, (counts.get(otherId) ?? 0) + 1);
      }
    }
    if (counts.size > 0) shared.set(holderId, counts);
  });
  return shared;
}

async function relationsOf(holders: readonly Id[]): Promise<Relation[]> {
  const [from, to] = await Promise.all([
    db.relations.where('fromId').anyOf(holders).toArray(),
    db.relations.where('toId').anyOf(holders).toArray(),
  ]);
  return [...new Map([...from, ...to].map((relation) => [relation.id, relation])).values()];
}

/** Whom holders and warm people met via; the two ends a met-via path can have. */
async function metViaOf(holders: readonly Id[], warmIds: readonly Id[]): Promise<Map<Id, Id>> {
  const ids = [...new Set([...holders, ...warmIds])];
  const rows = await db.contacts.bulkGet(ids);
  const metVia = new Map<Id, Id>();
  for (const row of rows) {
    if (row && row.deletedAt === undefined && row.metViaId !== undefined) {
      metVia.set(row.id, row.metViaId);
    }
  }
  return metVia;
}

async function knownLinks(holders: readonly Id[], warmIds: readonly Id[]): Promise<KnownLinks> {
  const [relations, groups, sharedTouches, metVia] = await Promise.all([
    relationsOf(holders),
    db.groups.where('memberIds').anyOf(holders).distinct().toArray(),
    sharedTouchesOf(holders),
    metViaOf(holders, warmIds),
  ]);
  return { relations, groups, sharedTouches, metVia };
}

/**
 * Who can help with each of these goals (deleted ones left out), paths for the needs nobody
 * warm covers, and the coverage across the active ones.
 */
export async function readGoalHelp(
  goals: readonly Goal[],
  now: EpochMs,
  timeZone: string,
): Promise<GoalHelp> {
  const [settings, contacts] = await Promise.all([getSettings(), advisorContacts()]);
  const live = goals.filter((goal) => goal.deletedAt === undefined);
  const needsByGoal = live.map(
    (goal) => [goal.id, whoCanHelp(goal, contacts, now, settings, timeZone)] as const,
  );
  const uncovered = needsByGoal.flatMap(([, needs]) => needs.filter((need) => !need.isCovered));
  const holders = [
    ...new Set(uncovered.flatMap((need) => need.helpers.map((helper) => helper.contactId))),
  ];
  const known =
    holders.length === 0
      ? undefined
      : await knownLinks(holders, warmTieIds(contacts, now, settings, timeZone));
  const byGoal = new Map<Id, GoalHelpOfGoal>();
  for (const [goalId, needs] of needsByGoal) {
    const paths = new Map<string, Paths>();
    for (const need of needs) {
      if (need.isCovered || !known) continue;
      paths.set(need.key, pathsToHelp(need, contacts, known, now, settings, timeZone));
    }
    byGoal.set(goalId, { needs, coverage: coverageOf(needs), paths });
  }
  return {
    byGoal,
    across: coverageAcrossGoals(live, contacts, now, settings, timeZone),
  };
}
