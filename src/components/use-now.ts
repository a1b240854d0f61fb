import { useEffect, useState } from 'react';
import { currentTime } from '../db/clock';

/** One minute, in ms: statuses change by the day, strength and balance slowly. */
export const NOW_TICK_MS = 60_000;

/**
 * The current time, re-read every `tickMs` so that "due today" turns into "overdue" on a
 * screen left open overnight. Screens pass it on; the domain never reads the clock.
 */
export function useNow(tickMs = NOW_TICK_MS): number {
  const [now, setNow] = useState(currentTime);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(currentTime());
    }, tickMs);
    return () => {
      clearInterval(timer);
    };
  }, [tickMs]);
  return now;
}
