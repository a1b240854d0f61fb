import { useMemo } from 'react';
import { deviceTimeZone } from '../db/clock';
import { useSettings } from '../live-queries/use-settings';
import type { Settings } from '../domain/types';
import { useNow } from './use-now';

/** What tie health is computed with at render time. */
export type HealthClock = { now: number; settings: Settings; timeZone: string };

/** The clock, settings and time zone; undefined while the settings row is loading. */
export function useHealthClock(): HealthClock | undefined {
  const now = useNow();
  const settings = useSettings();
  return useMemo(
    () => (settings ? { now, settings, timeZone: deviceTimeZone() } : undefined),
    [now, settings],
  );
}
