import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Goal, Id } from '../domain/types';

/** The goals being worked on, by title; undefined while loading. */
export function useActiveGoals(): Goal[] | undefined {
  return useLiveQuery(async () => {
    const goals = await db.goals.where('status').equals('active').toArray();
    return goals
      .filter((goal) => goal.deletedAt === undefined)
      .sort((a, b) => a.title.localeCompare(b.title));
  }, []);
}

/** One goal, done and archived ones too (an ask keeps naming its goal); null when gone. */
export function useGoal(id: Id | undefined): Goal | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return null;
    const goal = await db.goals.get(id);
    return goal && goal.deletedAt === undefined ? goal : null;
  }, [id]);
}
