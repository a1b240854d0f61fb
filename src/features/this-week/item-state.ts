// How an item of this week's list shows: done when a touch with the person falls in the
// week (or it was stored done), else its stored state, with a snooze that has run out
// shown as open again.
import type { ThisWeekItem } from '../../db/week-plans';
import { currentItemState } from '../../domain/tie-health';
import type { EpochMs, WeekItemState } from '../../domain/types';

type Entry = Pick<ThisWeekItem, 'item' | 'isTouched'>;

export function shownStateOf(entry: Entry, now: EpochMs): WeekItemState {
  if (entry.isTouched || entry.item.state === 'done') return 'done';
  return currentItemState(entry.item, now);
}

export type WeekProgress = {
  done: number;
  /** Items still waiting for the user: the app badge shows this number. */
  open: number;
  total: number;
};

export function progressOf(entries: readonly Entry[], now: EpochMs): WeekProgress {
  let done = 0;
  let open = 0;
  for (const entry of entries) {
    const state = shownStateOf(entry, now);
    if (state === 'done') done += 1;
    else if (state === 'open') open += 1;
  }
  return { done, open, total: entries.length };
}
