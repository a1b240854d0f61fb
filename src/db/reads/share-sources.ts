// What the share screen matches a shared link against, besides the people: the goals being
// worked on. Few rows, read through the status index.
import { db } from '../db';
import type { Goal } from '../../domain/types';

/** The active goals not deleted. */
export async function readActiveGoals(): Promise<Goal[]> {
  const active = await db.goals.where('status').equals('active').toArray();
  return active.filter((goal) => goal.deletedAt === undefined);
}
