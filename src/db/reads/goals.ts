// Plain reads of goals: for the Goals screens, the goals themselves and the expertise people
// already have, which the goal form offers as suggestions while a need is typed; for the
// writes that point at a goal (an ask, an introduction), the goal if it still stands.
import { db } from '../db';
import { advisorContacts } from './goal-help';
import { normalizeText } from '../../domain/text';
import type { Goal, Id } from '../../domain/types';

/** Every goal not deleted, oldest first. */
export async function readGoals(): Promise<Goal[]> {
  const goals = await db.goals.toArray();
  return goals
    .filter((goal) => goal.deletedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/**
 * The active goals not deleted, in no particular order: what the share screen matches a
 * shared link against and what an ask can be linked to. Few rows, read through the status
 * index.
 */
export async function readActiveGoals(): Promise<Goal[]> {
  const active = await db.goals.where('status').equals('active').toArray();
  return active.filter((goal) => goal.deletedAt === undefined);
}

/** One goal, or null when it does not exist or was deleted. */
export async function readGoal(id: Id): Promise<Goal | null> {
  const goal = await db.goals.get(id);
  return goal && goal.deletedAt === undefined ? goal : null;
}

/** The goal with this id when it is stored and not deleted; undefined for none. */
export async function readLiveGoal(goalId: Id | undefined): Promise<Goal | undefined> {
  if (goalId === undefined) return undefined;
  return (await readGoal(goalId)) ?? undefined;
}

/**
 * The expertise of everyone not deleted, each meaning once (without case or diacritics) in
 * its first spelling. Read as the advisor rule reads people (advisorContacts): from the
 * week plan's packed inputs, a few hundred KB at 10,000 people, rather than every record.
 */
export async function readKnownExpertise(): Promise<string[]> {
  const people = await advisorContacts();
  const byKey = new Map<string, string>();
  for (const person of people) {
    for (const label of person.expertise) {
      const key = normalizeText(label);
      if (key !== '' && !byKey.has(key)) byKey.set(key, label.trim());
    }
  }
  return [...byKey.values()];
}
