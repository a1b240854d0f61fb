import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  emptyDraft,
  sanitizeDraft,
  sanitizeEditDraft,
  type EditDraft,
  type TouchDraft,
} from './touch-draft';

/** localStorage key; bump the suffix (and write a migration) when the draft's shape changes. */
export const LOG_DRAFT_STORAGE_KEY = 'ties.log-draft.v1';

/**
 * The log sheet's unsaved input. Kept in localStorage so it survives closing the sheet, a
 * reload and an app update; cleared only by a successful save or an explicit discard.
 * A new touch and an edit of an existing one have separate drafts, so editing never eats
 * a half-written new touch.
 */
type LogDraftState = {
  draft: TouchDraft;
  edit: EditDraft | null;
};

export const useLogDraftStore = create<LogDraftState>()(
  persist((): LogDraftState => ({ draft: emptyDraft(), edit: null }), {
    name: LOG_DRAFT_STORAGE_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (persisted, current) => {
      const stored = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as {
        draft?: unknown;
        edit?: unknown;
      };
      return {
        ...current,
        draft: stored.draft === undefined ? current.draft : sanitizeDraft(stored.draft),
        edit: sanitizeEditDraft(stored.edit),
      };
    },
  }),
);

export function changeDraft(changes: Partial<TouchDraft>): void {
  useLogDraftStore.setState((state) => ({ draft: { ...state.draft, ...changes } }));
}

/** Adds people to the new-touch draft, keeping those already in it. */
export function addPeopleToDraft(personIds: readonly string[]): void {
  useLogDraftStore.setState((state) => {
    const missing = personIds.filter((id) => !state.draft.personIds.includes(id));
    if (missing.length === 0) return state;
    return { draft: { ...state.draft, personIds: [...state.draft.personIds, ...missing] } };
  });
}

export function clearDraft(): void {
  useLogDraftStore.setState({ draft: emptyDraft() });
}

export function startEditDraft(edit: EditDraft): void {
  useLogDraftStore.setState({ edit });
}

export function changeEditDraft(changes: Partial<TouchDraft>): void {
  useLogDraftStore.setState((state) =>
    state.edit ? { edit: { ...state.edit, ...changes } } : state,
  );
}

export function clearEditDraft(): void {
  useLogDraftStore.setState({ edit: null });
}
