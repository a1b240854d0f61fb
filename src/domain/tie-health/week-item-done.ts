// When a week's item is done, decided here and nowhere else: the user logged a touch with
// that person during the week (any kind, any time in the week, also before the plan was
// made). While the week runs "done" is not stored: the list shows it (shownItemState). When
// the week is over, its plan is closed and the touched open items are stored as done
// (closedItem); a stored 'done' counts too, so an item stays done when the touch is later
// moved away.

import type { EpochMs, Id, Touch, WeekItem, WeekItemState } from '../types';
import { isInWeek, type WeekRange } from './week';

export type WeekTouch = Pick<Touch, 'at' | 'participantIds' | 'deletedAt'>;
type Bounds = Pick<WeekRange, 'startMs' | 'endMs'>;

function isLiveTouchInWeek(touch: WeekTouch, week: Bounds): boolean {
  return touch.deletedAt === undefined && isInWeek(touch.at, week);
}

/** People with at least one (non-deleted) touch in the week. */
export function peopleTouchedInWeek(touches: readonly WeekTouch[], week: Bounds): Set<Id> {
  const touched = new Set<Id>();
  for (const touch of touches) {
    if (isLiveTouchInWeek(touch, week)) for (const id of touch.participantIds) touched.add(id);
  }
  return touched;
}

/**
 * The item as a closed week (or a refreshed list) stores it: an open item whose person was
 * touched in the week becomes done; a skipped or snoozed one keeps what the user chose.
 */
export function closedItem(item: WeekItem, isTouched: boolean): WeekItem {
  return item.state === 'open' && isTouched ? { ...item, state: 'done' } : item;
}

/** True when at least one item was done, snoozed or skipped (stored, or touched now). */
export function isWeekReviewed(
  entries: readonly { item: WeekItem; isTouched: boolean }[],
): boolean {
  return entries.some(({ item, isTouched }) => isTouched || item.state !== 'open');
}

/** An item's state as shown at `now`: a snooze that has run out shows as open again. */
export function currentItemState(item: WeekItem, now: EpochMs): WeekItem['state'] {
  if (item.state === 'snoozed' && item.snoozedUntil !== undefined && item.snoozedUntil <= now) {
    return 'open';
  }
  return item.state;
}

/**
 * How an item stands at `now`, as the list shows it: 'done' once its person was touched in
 * the week (or it was stored done), else its stored state with a run-out snooze open again.
 * This is the one answer to "is this item handled": every state but 'open' is.
 */
export function shownItemState(item: WeekItem, isTouched: boolean, now: EpochMs): WeekItemState {
  if (isTouched || item.state === 'done') return 'done';
  return currentItemState(item, now);
}

/** What the user did with the week's list so far, item by item as shownItemState says. */
export type WeekProgress = {
  total: number;
  /** Logged (done), snoozed or skipped: no longer waiting for the user. */
  handled: number;
  logged: number;
  snoozed: number;
  skipped: number;
  /** Items still waiting for the user: the app badge shows this number. */
  open: number;
};

export function weekProgressOf(
  entries: readonly { item: WeekItem; isTouched: boolean }[],
  now: EpochMs,
): WeekProgress {
  const progress = {
    total: entries.length,
    handled: 0,
    logged: 0,
    snoozed: 0,
    skipped: 0,
    open: 0,
  };
  for (const entry of entries) {
    const state = shownItemState(entry.item, entry.isTouched, now);
    if (state === 'open') progress.open += 1;
    else if (state === 'done') progress.logged += 1;
    else progress[state] += 1;
  }
  progress.handled = progress.total - progress.open;
  return progress;
}
