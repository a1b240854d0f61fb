// Tie status (docs/tie-health.md, "Status"). Days are local calendar days in the user's time
// zone, and r = days since the last touch ÷ cadence days (unitless):
//   ok       r < 0.8
//   due      0.8 ≤ r < 1
//   overdue  1 ≤ r < 2        (so "exactly at the cadence" is overdue by 0 days)
//   dormant  r ≥ 2, or, with no cadence, more than 365 days without a touch
// A person with no touch at all is measured from the day they were added (createdAt): an
// address-book entry never followed up drifts like a tie that was never renewed.
// On top of that, in order of precedence:
//   paused   the user paused the person: nothing is due, whatever r is
//   new      added less than 30 days ago (days 0–29) with at most one touch, so the first
//            follow-up is prompted as such instead of as "overdue"
// Any touch of any kind resets the clock (lastTouchAt is the latest touch, back-dated or not).

import type { Contact, EpochMs } from '../types';
import { effectiveCadenceDays, type CadenceSettings } from './cadence';
import { localDayCounter, localDayNumber, type DayCounter } from './zone-days';

/** r at and above which a tie is due (unitless ratio of days to cadence days). */
export const DUE_RATIO = 0.8;
/** r at and above which a tie is overdue: the cadence has run out. */
export const OVERDUE_RATIO = 1;
/** r at and above which a tie is dormant: two cadences without a touch. */
export const DORMANT_RATIO = 2;
/** Days without a touch after which a person without a cadence is dormant (strictly more). */
export const NO_CADENCE_DORMANT_AFTER_DAYS = 365;
/** A person is new on the first 30 calendar days after being added (days 0–29). */
export const NEW_FOR_DAYS = 30;
/** A new person has at most this many touches (the meeting itself, typically). */
export const NEW_MAX_TOUCHES = 1;

export type CadenceStatus = 'ok' | 'due' | 'overdue' | 'dormant';
export type TieStatus = CadenceStatus | 'new' | 'paused';

/** Every status, in the order a person drifts through them, then new and paused. */
export const TIE_STATUSES = [
  'ok',
  'due',
  'overdue',
  'dormant',
  'new',
  'paused',
] as const satisfies readonly TieStatus[];

export type TieHealthInput = Pick<
  Contact,
  'createdAt' | 'lastTouchAt' | 'touchCount' | 'tier' | 'cadenceDays' | 'isPaused'
>;

export type TieHealth = {
  status: TieStatus;
  /** The status from r alone, ignoring new and paused (e.g. for "warm tie" checks). */
  cadenceStatus: CadenceStatus;
  /** Effective cadence in days; null when the person has none. */
  cadenceDays: number | null;
  hasTouch: boolean;
  /** Calendar days since the last touch, or since the person was added; never negative. */
  daysSinceTouch: number;
  /** r = daysSinceTouch ÷ cadenceDays; null without a cadence. */
  ratio: number | null;
  /** Calendar days until the cadence runs out: 0 = today, negative once past. */
  dueInDays: number | null;
  /** Days past the cadence (0 on the day it runs out) once r ≥ 1, else null. */
  overdueByDays: number | null;
};

/** The status that r alone gives (see the module comment for the boundaries). */
export function cadenceStatusOf(daysSinceTouch: number, cadenceDays: number | null): CadenceStatus {
  if (cadenceDays === null) {
    return daysSinceTouch > NO_CADENCE_DORMANT_AFTER_DAYS ? 'dormant' : 'ok';
  }
  // Division is correctly rounded, so a ratio that is exactly 0.8 compares equal to 0.8.
  const ratio = daysSinceTouch / cadenceDays;
  if (ratio >= DORMANT_RATIO) return 'dormant';
  if (ratio >= OVERDUE_RATIO) return 'overdue';
  if (ratio >= DUE_RATIO) return 'due';
  return 'ok';
}

/** New: added fewer than NEW_FOR_DAYS calendar days ago with at most one touch. */
export function isNewContact(daysSinceAdded: number, touchCount: number): boolean {
  return daysSinceAdded < NEW_FOR_DAYS && touchCount <= NEW_MAX_TOUCHES;
}

/** Calendar days since the last touch (or since being added), never negative. */
export function daysSinceTouchOn(
  contact: Pick<TieHealthInput, 'lastTouchAt' | 'createdAt'>,
  today: number,
  dayOf: DayCounter,
): number {
  // A touch logged in the future (clock skew, a planned meeting) counts as today.
  return Math.max(0, today - dayOf(contact.lastTouchAt ?? contact.createdAt));
}

/**
 * The status, given the days since the last touch and the cadence. Allocation-free, for
 * lists over thousands of people; `today` is localDayNumber(now) and `dayOf` the zone's
 * localDayCounter.
 */
export function statusOn(
  contact: Pick<TieHealthInput, 'isPaused' | 'touchCount' | 'createdAt'>,
  daysSinceTouch: number,
  cadenceDays: number | null,
  today: number,
  dayOf: DayCounter,
): TieStatus {
  if (contact.isPaused) return 'paused';
  if (
    contact.touchCount <= NEW_MAX_TOUCHES &&
    isNewContact(today - dayOf(contact.createdAt), contact.touchCount)
  ) {
    return 'new';
  }
  return cadenceStatusOf(daysSinceTouch, cadenceDays);
}

/** Tie health on local day `today` (a day number), with the zone's day counter. */
export function tieHealthOn(
  contact: TieHealthInput,
  today: number,
  settings: CadenceSettings,
  dayOf: DayCounter,
): TieHealth {
  const cadenceDays = effectiveCadenceDays(contact, settings);
  const daysSinceTouch = daysSinceTouchOn(contact, today, dayOf);
  const dueInDays = cadenceDays === null ? null : cadenceDays - daysSinceTouch;
  return {
    status: statusOn(contact, daysSinceTouch, cadenceDays, today, dayOf),
    cadenceStatus: cadenceStatusOf(daysSinceTouch, cadenceDays),
    cadenceDays,
    hasTouch: contact.lastTouchAt !== undefined,
    daysSinceTouch,
    ratio: cadenceDays === null ? null : daysSinceTouch / cadenceDays,
    dueInDays,
    overdueByDays:
      cadenceDays !== null && daysSinceTouch >= cadenceDays ? daysSinceTouch - cadenceDays : null,
  };
}

/** Tie health at instant `now` in the user's time zone. */
export function tieHealth(
  contact: TieHealthInput,
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): TieHealth {
  return tieHealthOn(contact, localDayNumber(now, timeZone), settings, localDayCounter(timeZone));
}

/** Just the status, for badges and filters. */
export function tieStatus(
  contact: TieHealthInput,
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): TieStatus {
  return tieHealth(contact, now, settings, timeZone).status;
}
