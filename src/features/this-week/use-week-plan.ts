import { useEffect, useState } from 'react';
import { Dexie, type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentTime } from '../../db/clock';
import { ensureWeekPlan } from '../../db/writes/week-plan';
import {
  keptWeekStats,
  readThisWeek,
  readWeekStatsOfDay,
  WEEK_STATS_TABLES,
} from '../../db/reads/this-week';
import type { ThisWeek, WeekStats } from '../../db/reads/this-week';
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
 * the database's own changes (a logged touch, a snooze) re-run it. It reads only the plan
 * and its ≤ 10 people (see readThisWeek), so it is cheap to re-run on every change.
 */
export function useThisWeek(now: EpochMs, timeZone: string): ThisWeekState {
  const day = localDayNumber(now, timeZone);
  // `now` is read when the day changes; within a day the week cannot change.
  const thisWeek = useLiveQuery(() => readThisWeek(now, timeZone), [day, timeZone]);
  const [error, setError] = useState<unknown>(null);
  const weekStart = thisWeek?.week.weekStart;
  const needsPlan = thisWeek?.needsPlan === true;

  useEffect(() => {
    if (!needsPlan) return;
    // The stored plan shows up through the live query above.
    ensureWeekPlan(currentTime(), timeZone).then(
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

/** How long the side figures wait after the last change before reading them again, in ms. */
export const STATS_SETTLE_MS = 1_000;

/**
 * Streak, new people this quarter and the overall give-and-take; undefined while loading.
 * Not a live query: these read every person, and a live query would read them all again
 * on every save, in the same moment the list shows the save. They are read when the screen
 * opens (unless kept from the last visit with nothing changed since) and on a new day, and
 * again once changes have settled, in idle time.
 */
export function useWeekStats(now: EpochMs, timeZone: string): WeekStats | undefined {
  const day = localDayNumber(now, timeZone);
  const [stats, setStats] = useState<WeekStats | undefined>(() => keptWeekStats(now, timeZone));

  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      readWeekStatsOfDay(currentTime(), timeZone).then(
        (fresh) => {
          if (isCurrent) setStats(fresh);
        },
        (error: unknown) => {
          console.error('Ties could not read the week’s figures', error);
        },
      );
    };
    const loadWhenIdle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5_000 });
      else load();
    };
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => WEEK_STATS_TABLES.test(part))) return;
      clearTimeout(timer);
      timer = setTimeout(loadWhenIdle, STATS_SETTLE_MS);
    };
    load();
    Dexie.on('storagemutated', onMutated);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [day, timeZone]);

  return stats;
}
