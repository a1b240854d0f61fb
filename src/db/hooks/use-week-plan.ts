import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ensureWeekPlan, readThisWeek, readWeekStats } from '../week-plans';
import type { ThisWeek, WeekStats } from '../week-plans';
import { localDayNumber } from '../../domain/tie-health';
import type { EpochMs } from '../../domain/types';

export type ThisWeekState = {
  /** undefined while loading. */
  thisWeek: ThisWeek | undefined;
  /** Set when the week's plan could not be made. */
  error: unknown;
};

/**
 * This week's plan, kept live, made on the first open of a week. The query is keyed by
 * the local day, so it moves to the next week by itself when the day changes; in between,
 * the database's own changes (a logged touch, a snooze) re-run it.
 */
export function useThisWeek(now: EpochMs, timeZone: string): ThisWeekState {
  const day = localDayNumber(now, timeZone);
  const thisWeek = useLiveQuery(
    () => readThisWeek(now, timeZone),
    // `now` is read when the day changes; within a day the week cannot change.
    [day, timeZone],
  );
  const [error, setError] = useState<unknown>(null);
  const weekStart = thisWeek?.week.weekStart;
  const needsPlan = thisWeek?.needsPlan === true;

  useEffect(() => {
    if (!needsPlan) return;
    // The stored plan shows up through the live query above.
    ensureWeekPlan(Date.now(), timeZone).then(
      () => {
        setError(null);
      },
      (reason: unknown) => {
        console.error('Ties could not make this week’s list', reason);
        setError(reason);
      },
    );
  }, [needsPlan, weekStart, timeZone]);

  return { thisWeek, error };
}

/** Streak, new people this quarter and the overall give-and-take; undefined while loading. */
export function useWeekStats(now: EpochMs, timeZone: string): WeekStats | undefined {
  const day = localDayNumber(now, timeZone);
  return useLiveQuery(() => readWeekStats(now, timeZone), [day, timeZone]);
}
