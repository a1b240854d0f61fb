import { useLiveQuery } from 'dexie-react-hooks';
import { readActiveGoals, readGoal, readGoals } from '../db/reads/goals';
import type { Goal, Id } from '../domain/types';

/** Every goal not deleted, oldest first, kept live; undefined until first read. */
export function useGoals(): Goal[] | undefined {
  return useLiveQuery(readGoals, []);
}

/** The goals being worked on, by title, kept live; undefined until first read. */
export function useActiveGoals(): Goal[] | undefined {
  return useLiveQuery(async () => {
    const goals = await readActiveGoals();
    return goals.sort((a, b) => a.title.localeCompare(b.title));
  }, []);
}

/**
 * One goal kept live, done and archived ones too (an ask keeps naming its goal): null when
 * it does not exist or was deleted, undefined until read.
 */
export function useGoal(id: Id | undefined): Goal | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : readGoal(id)), [id]);
}
