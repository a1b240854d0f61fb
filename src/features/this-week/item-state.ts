// How an item of this week's list shows, and the list's progress: both from the domain's
// one decision of what became of an item (shownItemState), so the cards, the progress line
// and the app badge never disagree.
import type { ThisWeekItem } from '../../db/reads/this-week';
import { shownItemState, weekProgressOf, type WeekProgress } from '../../domain/tie-health';
import type { EpochMs, WeekItemState } from '../../domain/types';

type Entry = Pick<ThisWeekItem, 'item' | 'isTouched'>;

export type { WeekProgress };

export function shownStateOf(entry: Entry, now: EpochMs): WeekItemState {
  return shownItemState(entry.item, entry.isTouched, now);
}

export function progressOf(entries: readonly Entry[], now: EpochMs): WeekProgress {
  return weekProgressOf(entries, now);
}
