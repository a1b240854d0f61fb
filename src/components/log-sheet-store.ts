import { create } from 'zustand';

/**
 * Whether the log sheet is open and what it was opened with. UI state only: the draft
 * itself is kept by the log feature. Lives in components/ because every screen opens it.
 */
type LogSheetState = {
  isOpen: boolean;
  /** People to put in a new touch. */
  prefillIds: string[];
  /** An existing touch to edit instead of a new one. */
  editId: string | null;
  /** A person on that touch: whose touch log holds it (db/codecs/touch-log.ts). */
  editOwnerId: string | null;
};

export const useLogSheetStore = create<LogSheetState>(() => ({
  isOpen: false,
  prefillIds: [],
  editId: null,
  editOwnerId: null,
}));

export function openLogSheet(prefillIds: string[] = []): void {
  useLogSheetStore.setState({ isOpen: true, prefillIds, editId: null, editOwnerId: null });
}

export function openLogSheetToEdit(interactionId: string, ownerId: string): void {
  useLogSheetStore.setState({
    isOpen: true,
    prefillIds: [],
    editId: interactionId,
    editOwnerId: ownerId,
  });
}

export function closeLogSheet(): void {
  useLogSheetStore.setState({ isOpen: false, prefillIds: [], editId: null, editOwnerId: null });
}
