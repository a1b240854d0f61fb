import { useLiveQuery } from 'dexie-react-hooks';
import { readGoal, readGoals } from '../db/reads/goals';
import type { Goal, Id } from '../domain/types';

/** Every goal not deleted, oldest first, kept live; undefined until first read. */
export function useGoals(): Goal[] | undefined {
  return useLiveQuery(readGoals, []);
}

/** One goal kept live: null when it does not exist or was deleted, undefined until read. */
export function useGoal(id: Id | undefined): Goal | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : readGoal(id)), [id]);
}
