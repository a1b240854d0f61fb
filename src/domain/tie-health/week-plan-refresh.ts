// Refreshing a week's plan mid-week (after the user changed the list size or cadences)
// without losing what was already handled: items done, skipped or snoozed stay, in their
// order, and count toward the list size; only open items are replaced, by the fresh
// plan's items for people not already kept.

import type { WeekItem } from '../types';
import { clampListSize } from './week-plan';

export function refreshWeekItems(
  previous: readonly WeekItem[],
  fresh: readonly WeekItem[],
  listSize: number,
): WeekItem[] {
  const kept = previous.filter((item) => item.state !== 'open');
  const keptIds = new Set(kept.map((item) => item.contactId));
  const room = clampListSize(listSize) - kept.length;
  const added = fresh.filter((item) => !keptIds.has(item.contactId)).slice(0, Math.max(0, room));
  return [...kept, ...added];
}
