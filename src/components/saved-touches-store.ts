import { create } from 'zustand';
import type { SavedTouchEntry } from '../db/hooks/use-timeline';
import type { Id } from '../domain/types';

/** How long a saved touch may be shown from here: a minute (epoch ms). */
export const SAVED_TOUCH_MS = 60_000;

/** More than anyone saves before a timeline's live query catches up. */
const KEPT = 20;

type SavedTouchesState = { saved: readonly SavedTouchEntry[] };

/**
 * Touches this tab has just saved, held until the timeline's live query has read them back.
 * A save commits first; the timeline then shows the touch from here at once, instead of
 * after its live query has read three tables again. Deleting or editing a touch forgets it,
 * and none is shown from here once the screen's clock (useNow, which moves each minute) is
 * SAVED_TOUCH_MS past its save: by then the live query has long read it back.
 */
export const useSavedTouchesStore = create<SavedTouchesState>(() => ({ saved: [] }));

/** Call once the touch is committed. */
export function rememberSavedTouch(touch: SavedTouchEntry): void {
  useSavedTouchesStore.setState((state) => ({
    saved: [
      ...state.saved.filter((kept) => kept.interaction.id !== touch.interaction.id),
      touch,
    ].slice(-KEPT),
  }));
}

/** Forgets these touches: read back by the timeline, edited or deleted. */
export function forgetSavedTouches(ids: Iterable<Id>): void {
  const forgotten = new Set(ids);
  if (forgotten.size === 0) return;
  useSavedTouchesStore.setState((state) => {
    const saved = state.saved.filter((touch) => !forgotten.has(touch.interaction.id));
    return saved.length === state.saved.length ? state : { saved };
  });
}
