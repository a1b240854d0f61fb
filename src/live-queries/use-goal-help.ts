import { useLiveQuery } from 'dexie-react-hooks';
import { currentTime, deviceTimeZone } from '../db/clock';
import { readGoalHelp, type GoalHelp } from '../db/reads/goal-help';
import type { Goal } from '../domain/types';

export type { GoalHelp, GoalHelpOfGoal } from '../db/reads/goal-help';

/** What of a goal decides who can help: a new array with the same goals reads nothing again. */
function goalsKey(goals: readonly Goal[]): string {
  return JSON.stringify(
    goals.map((goal) => [goal.id, goal.status, goal.deletedAt ?? null, goal.neededExpertise]),
  );
}

/**
 * Who can help with each of these goals, paths for the needs nobody warm covers, and the
 * coverage across the active ones; kept live, since a touch, an edit of a person, a relation
 * or a group changes who is warm and who knows whom. undefined until the first read.
 */
export function useGoalHelp(goals: readonly Goal[]): GoalHelp | undefined {
  return useLiveQuery(
    () => readGoalHelp(goals, currentTime(), deviceTimeZone()),
    [goalsKey(goals)],
  );
}
