// Plain reads for the Goals screens: the goals themselves, and the expertise people already
// have, which the goal form offers as suggestions while a need is typed.
import { db } from '../db';
import { PlanInputs } from '../codecs/plan-inputs';
import { normalizeText } from '../../domain/text';
import type { WeekPlanContact } from '../../domain/tie-health/week-plan';
import type { Goal, Id } from '../../domain/types';

/** Every goal not deleted, oldest first. */
export async function readGoals(): Promise<Goal[]> {
  const goals = await db.goals.toArray();
  return goals
    .filter((goal) => goal.deletedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** One goal, or null when it does not exist or was deleted. */
export async function readGoal(id: Id): Promise<Goal | null> {
  const goal = await db.goals.get(id);
  return goal && goal.deletedAt === undefined ? goal : null;
}

/**
 * The expertise of everyone not deleted, each meaning once (without case or diacritics) in
 * its first spelling. Read from the week plan's packed inputs, a few hundred KB at 10,000
 * people, rather than every full record; when those cannot be used (being rebuilt), from the
 * records.
 */
export async function readKnownExpertise(): Promise<string[]> {
  const people = await readHelpInputs();
  const byKey = new Map<string, string>();
  for (const person of people) {
    for (const label of person.expertise) {
      const key = normalizeText(label);
      if (key !== '' && !byKey.has(key)) byKey.set(key, label.trim());
    }
  }
  return [...byKey.values()];
}

/**
 * What telling who can help reads of everyone not deleted (expertise, rhythm, strength,
 * give-and-take): the week plan's packed inputs, or the records while those are rebuilt.
 */
export async function readHelpInputs(): Promise<WeekPlanContact[]> {
  const packed = PlanInputs.fromRows(await db.planInputs.toArray());
  if (packed) return packed.contacts({ includeDeleted: false });
  const contacts = await db.contacts.toArray();
  return contacts.filter((contact) => contact.deletedAt === undefined);
}
