// Cadence: how often the user means to be in touch with a person, in days. It comes from
// the person's tier (Settings.tierCadenceDays, e.g. Close = 30) unless the person has a
// custom cadence. `null` means "no cadence": the person is never due, and only turns
// dormant after a year without a touch (see status.ts). Pausing is a status, not a
// cadence: a paused person keeps their cadence for when they are resumed.

import type { Contact, EpochMs, Settings } from '../types';
import { DAY_MS } from './zone-days';

export type CadenceInput = Pick<Contact, 'tier' | 'cadenceDays'>;
export type CadenceSettings = Pick<Settings, 'tierCadenceDays'>;

function isValidCadence(days: number | null | undefined): days is number {
  return typeof days === 'number' && Number.isFinite(days) && days > 0;
}

/**
 * The person's cadence in days, or null for none. A custom `cadenceDays` wins over the
 * tier; an explicit `null` means "no cadence" even if the tier has one. A custom value
 * that is not a positive number (0, NaN, negative) is ignored in favour of the tier.
 */
export function effectiveCadenceDays(
  contact: CadenceInput,
  settings: CadenceSettings,
): number | null {
  if (contact.cadenceDays === null) return null;
  if (isValidCadence(contact.cadenceDays)) return contact.cadenceDays;
  const tierCadence = settings.tierCadenceDays[contact.tier];
  return isValidCadence(tierCadence) ? tierCadence : null;
}

/**
 * The instant a person falls due: last touch (or, with no touch, when they were added)
 * plus the cadence as a duration of `cadenceDays` × 24 h. Undefined when paused or without
 * a cadence. It is a zone-free instant so that the indexed field does not depend on the
 * device's time zone; screens count "due in N days" in calendar days (status.ts).
 */
export function nextDueAtOf(
  lastTouchAt: EpochMs | undefined,
  createdAt: EpochMs,
  cadenceDays: number | null,
  isPaused: boolean,
): EpochMs | undefined {
  if (isPaused || cadenceDays === null) return undefined;
  return (lastTouchAt ?? createdAt) + cadenceDays * DAY_MS;
}
