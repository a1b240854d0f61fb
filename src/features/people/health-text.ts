// What the person page says about a tie, as message keys and values (the component
// translates them): the cadence line, the strength band and the give-and-take sentence.
import {
  OVER_GIVING_MIN_BALANCE,
  YOU_OWE_MAX_BALANCE,
  type GiveAndTake,
  type TieHealth,
} from '../../domain/tie-health';
import type { Phrase, PlainMessageKey } from '../../i18n/translate';

/** "every 30 days · last touch 12 days ago · due in 18 days", as its parts. */
export function cadenceLineOf(health: TieHealth): Phrase[] {
  const { cadenceDays, daysSinceTouch, dueInDays } = health;
  const parts: Phrase[] = [
    cadenceDays === null
      ? { key: 'people.health.noCadence' }
      : { key: 'people.health.every', vars: { count: cadenceDays } },
  ];
  if (health.hasTouch) {
    parts.push(
      daysSinceTouch === 0
        ? { key: 'people.health.lastTouchToday' }
        : { key: 'people.health.lastTouchAgo', vars: { count: daysSinceTouch } },
    );
  } else {
    parts.push(
      daysSinceTouch === 0
        ? { key: 'people.health.addedToday' }
        : { key: 'people.health.addedAgo', vars: { count: daysSinceTouch } },
    );
  }
  if (health.status === 'paused') {
    parts.push({ key: 'people.health.paused' });
  } else if (dueInDays !== null) {
    parts.push(
      dueInDays > 0
        ? { key: 'people.health.dueIn', vars: { count: dueInDays } }
        : dueInDays === 0
          ? { key: 'people.health.dueToday' }
          : { key: 'people.health.dueAgo', vars: { count: -dueInDays } },
    );
  }
  return parts;
}

/** Strength in [0, 1] as a whole percentage (0–100). */
export function strengthPercent(strength: number): number {
  return Math.round(Math.min(1, Math.max(0, strength)) * 100);
}

/** A word for the strength percentage; the bands follow strength.ts's calibration. */
export function strengthWordOf(percent: number): PlainMessageKey {
  // ≈ one message now is 15, one coffee now 39, a coffee every 90 days 39–63, monthly 85+.
  if (percent < 20) return 'people.strength.faint';
  if (percent < 45) return 'people.strength.light';
  if (percent < 70) return 'people.strength.good';
  return 'people.strength.strong';
}

/** Value units below which nothing counts as given or received (rounded away on screen). */
const NOTHING_UNITS = 0.05;

/** One sentence on the balance, using the same thresholds as the flags. */
export function giveAndTakeSentenceOf({ gave, received, balance }: GiveAndTake): PlainMessageKey {
  if (gave + received < NOTHING_UNITS) return 'people.giveTake.none';
  if (balance >= OVER_GIVING_MIN_BALANCE) return 'people.giveTake.gaveMore';
  if (balance <= YOU_OWE_MAX_BALANCE) return 'people.giveTake.receivedMore';
  return 'people.giveTake.even';
}
