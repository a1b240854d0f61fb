// Reading goals inside the writes that point at one (an ask, an introduction).
import { db } from '../db';
import type { Goal, Id } from '../../domain/types';

/** The goal with this id when it is stored and not deleted; undefined for none. */
export async function readLiveGoal(goalId: Id | undefined): Promise<Goal | undefined> {
  if (goalId === undefined) return undefined;
  const goal = await db.goals.get(goalId);
  return goal?.deletedAt === undefined ? goal : undefined;
}
