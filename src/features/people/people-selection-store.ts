import { create } from 'zustand';
import type { Id } from '../../domain/types';

/**
 * Which people are picked for a bulk change on the People list. UI state only: ids, never
 * rows. The selection outlives a change of search or filter, so people can be gathered
 * from several searches; "select all" adds everyone the current list holds, not only the
 * rows the virtual list has drawn.
 */
type PeopleSelectionState = { isSelecting: boolean; selected: ReadonlySet<Id> };

const NONE: ReadonlySet<Id> = new Set();

export const usePeopleSelectionStore = create<PeopleSelectionState>(() => ({
  isSelecting: false,
  selected: NONE,
}));

export function startSelecting(): void {
  usePeopleSelectionStore.setState({ isSelecting: true });
}

/** Leaves select mode; what was selected is let go. */
export function stopSelecting(): void {
  usePeopleSelectionStore.setState({ isSelecting: false, selected: NONE });
}

export function setPersonSelected(id: Id, isSelected: boolean): void {
  usePeopleSelectionStore.setState(({ selected }) => {
    if (selected.has(id) === isSelected) return {};
    const next = new Set(selected);
    if (isSelected) next.add(id);
    else next.delete(id);
    return { selected: next };
  });
}

/** Selects (or lets go of) every one of these people at once. */
export function setAllSelected(ids: readonly Id[], isSelected: boolean): void {
  usePeopleSelectionStore.setState(({ selected }) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (isSelected) next.add(id);
      else next.delete(id);
    }
    return { selected: next };
  });
}

export function clearSelection(): void {
  usePeopleSelectionStore.setState({ selected: NONE });
}
