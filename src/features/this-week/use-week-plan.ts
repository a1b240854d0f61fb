import { useEffect, useState } from 'react';
import { Dexie, type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentTime } from '../../db/clock';
import { ensureWeekPlan } from '../../db/writes/week-plan';
import {
  goalCoverageOfDay,
  readThisWeek,
  weekStatsOfDay,
  WEEK_STATS_TABLES,
} from '../../db/reads/this-week';
import type { ThisWeek, WeekStats } from '../../db/reads/this-week';
import type { Coverage } from '../../domain/goals/who-can-help';
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

export type WeekStatsState = {
  /** Streak, new people, give-and-take; undefined while loading. */
  stats: WeekStats | undefined;
  /** The coverage line; undefined while loading and when there is no active goal. */
  goalCoverage: Coverage | undefined;
};

/**
 * The side figures (streak, new people this quarter, the overall give-and-take) and then the
 * coverage line across the active goals, which reads the far larger packed inputs: read one
 * after the other, so the figures show without waiting for it. Not a live query: these read
 * every person, and a live query would read them all again on every save, in the same
 * moment the list shows the save. They are read when the screen opens (unless kept from the
 * last visit with nothing changed since) and on a new day, and again once changes have
 * settled, in idle time.
 */
export function useWeekStats(now: EpochMs, timeZone: string): WeekStatsState {
  const day = localDayNumber(now, timeZone);
  const [stats, setStats] = useState(() => weekStatsOfDay.kept(now, timeZone)?.value);
  const [goalCoverage, setGoalCoverage] = useState(
    () => goalCoverageOfDay.kept(now, timeZone)?.value,
  );

  useEffect(() => {
    let isCurrent = true;
    const isStillCurrent = () => isCurrent;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const figures = await weekStatsOfDay.read(currentTime(), timeZone);
      if (!isStillCurrent()) return;
      setStats(figures);
      const coverage = await goalCoverageOfDay.read(currentTime(), timeZone);
      if (isStillCurrent()) setGoalCoverage(coverage);
    };
    const loadAndReport = () => {
      load().catch((error: unknown) => {
        // A screen that has moved on (or a database closed under it) needs no figures.
        if (isCurrent) console.error('Ties could not read the week’s figures', error);
      });
    };
    const loadWhenIdle = () => {
      if (typeof requestIdleCallback === 'function') {
        requestIdleCallback(loadAndReport, { timeout: 5_000 });
      } else {
        loadAndReport();
      }
    };
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => WEEK_STATS_TABLES.test(part))) return;
      clearTimeout(timer);
      timer = setTimeout(loadWhenIdle, STATS_SETTLE_MS);
    };
    loadAndReport();
    Dexie.on('storagemutated', onMutated);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [day, timeZone]);

  return { stats, goalCoverage };
}
