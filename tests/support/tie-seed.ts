// People with a known tie status today, for the tie-health screen tests. Times are local
// noon a whole number of days ago, so "12 days ago" is 12 calendar days in any time zone
// and on any day of a daylight-saving change.
import { db } from '../../src/db/db';
import type { Contact } from '../../src/domain/types';
import { makePerson } from './log-seed';

/** Local noon, `days` calendar days before today. */
export function noonDaysAgo(days: number): number {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(12, 0, 0, 0);
  return date.getTime();
}

/** A person in the close tier (every 30 days) last touched `days` ago, added long ago. */
export function touchedDaysAgo(
  givenName: string,
  familyName: string,
  days: number,
  changes: Partial<Contact> = {},
): Contact {
  return makePerson(givenName, familyName, {
    tier: 'close',
    createdAt: noonDaysAgo(400),
    lastTouchAt: noonDaysAgo(days),
    lastTouchKind: 'coffee',
    touchCount: 3,
    ...changes,
  });
}

/**
 * One person per status, and one who has received far more than they gave (you owe them)
 * and always reached out first (one-sided). Written straight to the database, as an import
 * would leave them: status is computed from these fields at render time.
 */
export async function seedStatuses() {
  const people = {
    ok: touchedDaysAgo('Olle', 'Ok', 5),
    due: touchedDaysAgo('Dora', 'Due', 26),
    overdue: touchedDaysAgo('Otto', 'Overdue', 40),
    dormant: touchedDaysAgo('Dag', 'Dormant', 90),
    fresh: makePerson('Nina', 'New', { tier: 'close', createdAt: noonDaysAgo(2) }),
    paused: touchedDaysAgo('Paula', 'Paused', 90, { isPaused: true }),
    owed: touchedDaysAgo('Yvonne', 'Owed', 3, {
      received: { value: 3, at: noonDaysAgo(3) },
      initiative: { me: 5, them: 0, unknown: 0 },
    }),
  };
  await db.contacts.bulkAdd(Object.values(people));
  return people;
}
