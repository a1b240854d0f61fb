import { useEffect, useState } from 'react';
import { Dexie } from 'dexie';
import { currentTime, deviceTimeZone } from '../db/clock';
import { keptGoalPage, readGoalPage, type GoalPage } from '../db/reads/goal-page';
import type { Id } from '../domain/types';

export type { GoalPage } from '../db/reads/goal-page';

/**
 * A goal's page, kept live: the goal, who can help and the paths, its introductions.
 *
 * Nearly every table decides who can help, so the page is read again after any write, in
 * this tab or another (Dexie's 'storagemutated'), rather than through a live query: the read
 * returns the page kept since the last one while nothing was written (reads/goal-page.ts),
 * so a goal opened before, or read with one opened before, shows in the first render and
 * costs no work at all. undefined while loading; a failed read is thrown to the error
 * boundary, as a live query's is.
 */
export function useGoalPage(goalId: Id): GoalPage | undefined {
  const [page, setPage] = useState(() => keptGoalPage(goalId, currentTime(), deviceTimeZone()));
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // One read at a time: writes seen during a read (an import in another tab writes many
    // times) make one more read after it, not one each.
    let isReading = false;
    let isStale = false;
    const load = () => {
      if (isReading) {
        isStale = true;
        return;
      }
      isReading = true;
      readGoalPage(goalId, currentTime(), deviceTimeZone())
        .then(
          (read) => {
            if (isCurrent) setPage(read);
          },
          (reason: unknown) => {
            if (isCurrent) setError(reason instanceof Error ? reason : new Error(String(reason)));
          },
        )
        .finally(() => {
          isReading = false;
          if (isStale && isCurrent) {
            isStale = false;
            load();
          }
        });
    };
    // After every listener has seen the write, so the kept page is already out of date.
    const onMutated = () => {
      queueMicrotask(load);
    };
    load();
    Dexie.on('storagemutated', onMutated);
    return () => {
      isCurrent = false;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [goalId]);

  if (error !== null) throw error;
  return page?.goalId === goalId ? page : undefined;
}
