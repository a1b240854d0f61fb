import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentTime } from '../db/clock';
import { keptGoalPage, readGoalPage, type GoalPage } from '../db/reads/goal-page';
import { deviceTimeZone } from '../db/reads/this-week';
import type { Id } from '../domain/types';

export type { GoalPage } from '../db/reads/goal-page';

/**
 * A goal's page, kept live: the goal, who can help and the paths, its introductions. Until
 * the first read arrives, the page read last if nothing has changed since (reads/goal-page.ts),
 * so a goal opened before, or read with one opened before, shows at once. undefined while
 * loading; for another goal than `goalId` while the route moves between goals.
 */
export function useGoalPage(goalId: Id): GoalPage | undefined {
  const [kept] = useState(() => keptGoalPage(goalId, currentTime(), deviceTimeZone()));
  const page = useLiveQuery(
    () => readGoalPage(goalId, currentTime(), deviceTimeZone()),
    [goalId],
    kept,
  );
  return page?.goalId === goalId ? page : undefined;
}
