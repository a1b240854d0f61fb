// When a week's item is done: the user logged a touch with that person during the week
// (any kind, any time in the week, also before the plan was made). A stored 'done' state
// counts too, so an item marked done stays done when the touch is later moved away.

import type { EpochMs, Id, Interaction, WeekItem } from '../types';
import { isInWeek, type WeekRange } from './week';

export type WeekTouch = Pick<Interaction, 'at' | 'participantIds' | 'deletedAt'>;
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

/** True when the item is marked done or its person has a touch in the week. */
export function isItemDone(item: WeekItem, touches: readonly WeekTouch[], week: Bounds): boolean {
  if (item.state === 'done') return true;
  return touches.some(
    (touch) => isLiveTouchInWeek(touch, week) && touch.participantIds.includes(item.contactId),
  );
}

/** Items marked done or touched: the week's progress is done / items.length. */
export function countDoneItems(
  items: readonly WeekItem[],
  touches: readonly WeekTouch[],
  week: Bounds,
): number {
  const touched = peopleTouchedInWeek(touches, week);
  return items.filter((item) => item.state === 'done' || touched.has(item.contactId)).length;
}

/** An item's state as shown at `now`: a snooze that has run out shows as open again. */
export function currentItemState(item: WeekItem, now: EpochMs): WeekItem['state'] {
  if (item.state === 'snoozed' && item.snoozedUntil !== undefined && item.snoozedUntil <= now) {
    return 'open';
  }
  return item.state;
}
