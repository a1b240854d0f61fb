import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { idHash } from '../../db/codecs/shards';
import {
  emptyDraft,
  isDraftEmpty,
  sanitizeDraft,
  sanitizeEditDraft,
  type EditDraft,
  type TouchDraft,
} from './touch-draft';

/**
 * sessionStorage key of this tab's draft; bump the suffix (and read the old shape) when the
 * draft's shape changes. v2 is per tab and records where an edit started (EditDraft.base).
 */
export const LOG_DRAFT_STORAGE_KEY = 'ties.log-draft.v2';

/** localStorage key under which earlier versions kept one draft for every tab. */
export const LEGACY_LOG_DRAFT_KEY = 'ties.log-draft.v1';

/** Web Locks named after the earlier versions' draft, so one tab only takes it (below). */
const LEGACY_LOCK = 'ties.log-draft.v1.adopt';

/**
 * The log sheet's unsaved input. Kept in this tab's sessionStorage, so it survives closing
 * the sheet, a reload and an app update (which reloads the page), and is cleared only by a
 * successful save or an explicit discard in this tab: another tab's save or draft never
 * touches it. A duplicated tab starts with a copy, as the browser copies sessionStorage.
 * A new touch and an edit of an existing one have separate drafts, so editing never eats a
 * half-written new touch.
 */
type LogDraftState = {
  draft: TouchDraft;
  edit: EditDraft | null;
  /** People the sheet was opened with, while the user has not touched the draft since. */
  prefill: Prefill | null;
};

/**
 * People put in the new-touch draft by whatever opened the sheet (a person's page, an item
 * of the week), with the draft just before and just after. While the draft is still exactly
 * `after`, the user has typed nothing: it is not their draft, and closing the sheet gives
 * back `before`, so that person is not carried into the next Log opened elsewhere. Any
 * change the user makes keeps the whole draft, prefilled people included.
 */
export type Prefill = { before: TouchDraft; after: TouchDraft };

function isSameDraft(a: TouchDraft, b: TouchDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sanitizePrefill(value: unknown): Prefill | null {
  if (typeof value !== 'object' || value === null) return null;
  const { before, after } = value as { before?: unknown; after?: unknown };
  if (before === undefined || after === undefined) return null;
  return { before: sanitizeDraft(before), after: sanitizeDraft(after) };
}

/** A kept draft read back field by field: anything malformed falls back to empty. */
function sanitizeState(
  persisted: unknown,
): Pick<LogDraftState, 'edit' | 'prefill'> & Partial<LogDraftState> {
  const stored = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as {
    draft?: unknown;
    edit?: unknown;
    prefill?: unknown;
  };
  return {
    ...(stored.draft === undefined ? {} : { draft: sanitizeDraft(stored.draft) }),
    edit: sanitizeEditDraft(stored.edit),
    prefill: sanitizePrefill(stored.prefill),
  };
}

export const useLogDraftStore = create<LogDraftState>()(
  persist((): LogDraftState => ({ draft: emptyDraft(), edit: null, prefill: null }), {
    name: LOG_DRAFT_STORAGE_KEY,
    version: 2,
    storage: createJSONStorage(() => sessionStorage),
    merge: (persisted, current) => ({ ...current, ...sanitizeState(persisted) }),
  }),
);

export function changeDraft(changes: Partial<TouchDraft>): void {
  useLogDraftStore.setState((state) => ({ draft: { ...state.draft, ...changes } }));
}

/**
 * Adds the people the sheet was opened with to the new-touch draft, keeping those already in
 * it, and remembers them as a prefill (see Prefill). Adding someone already there does
 * nothing, so a second call is harmless.
 */
export function prefillDraft(personIds: readonly string[]): void {
  useLogDraftStore.setState((state) => {
    const missing = personIds.filter((id) => !state.draft.personIds.includes(id));
    if (missing.length === 0) return state;
    const draft = { ...state.draft, personIds: [...state.draft.personIds, ...missing] };
    // A prefill on top of an untouched one still goes back to the draft before both.
    const before = isUntouchedPrefill(state) && state.prefill ? state.prefill.before : state.draft;
    return { draft, prefill: { before, after: draft } };
  });
}

/** True while the draft is exactly what a prefill made of it: nothing the user typed. */
export function isUntouchedPrefill(state: Pick<LogDraftState, 'draft' | 'prefill'>): boolean {
  return state.prefill !== null && isSameDraft(state.draft, state.prefill.after);
}

/**
 * The sheet is closing without a save: an untouched prefill is taken back out, leaving the
 * draft as it was before; a draft the user changed stays whole.
 */
export function dropUntouchedPrefill(): void {
  useLogDraftStore.setState((state) => {
    if (state.prefill === null) return state;
    if (isUntouchedPrefill(state)) return { draft: state.prefill.before, prefill: null };
    return { prefill: null };
  });
}

export function clearDraft(): void {
  useLogDraftStore.setState({ draft: emptyDraft(), prefill: null });
}

/** Starts editing a touch, or replaces the edit draft as a whole. */
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

/**
 * Moves the one draft that earlier versions kept for every tab (in localStorage) into this
 * tab, once: only a part this tab has nothing of its own for is taken, and what is taken is
 * removed, so it is neither lost nor copied into every open tab. A part this tab cannot
 * take stays for another tab.
 *
 * Tabs opening at the same moment agree through a Web Lock named after the draft's content.
 * A tab that takes something keeps that lock as long as it lives: localStorage reaches other
 * tabs' processes a moment late, so a tab that still reads the draft just taken finds its
 * lock held and leaves it. Resolves once this tab has taken its part or left it. A browser
 * without Web Locks takes it without one.
 */
export function adoptLegacyLogDraft(): Promise<void> {
  const text = legacyDraftText();
  if (text === null) return Promise.resolve();
  const locks = 'locks' in navigator ? navigator.locks : undefined;
  if (locks === undefined) {
    takeLegacyDraft();
    return Promise.resolve();
  }
  const name = `${LEGACY_LOCK}:${String(text.length)}:${String(idHash(text))}`;
  return new Promise((resolve) => {
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        const isTaken = lock !== null && takeLegacyDraft();
        resolve();
        // Never settles: the lock is let go of when the tab closes.
        return isTaken ? new Promise<void>(() => undefined) : undefined;
      })
      .catch((error: unknown) => {
        console.warn('Ties could not take the log draft kept by an earlier version', error);
        resolve();
      });
  });
}

/** Takes this tab's part of the earlier versions' draft; whether it took anything. */
function takeLegacyDraft(): boolean {
  const legacy = readLegacyDraft();
  if (legacy === null) return false;
  const own = useLogDraftStore.getState();
  const takesDraft = !isDraftEmpty(legacy.draft) && isDraftEmpty(own.draft);
  const takesEdit = legacy.edit !== null && own.edit === null;
  if (takesDraft) useLogDraftStore.setState({ draft: legacy.draft });
  if (takesEdit) useLogDraftStore.setState({ edit: legacy.edit });
  const left: LogDraftState = {
    draft: takesDraft ? emptyDraft() : legacy.draft,
    edit: takesEdit ? null : legacy.edit,
    prefill: null,
  };
  try {
    if (isDraftEmpty(left.draft) && left.edit === null) {
      localStorage.removeItem(LEGACY_LOG_DRAFT_KEY);
    } else {
      localStorage.setItem(LEGACY_LOG_DRAFT_KEY, JSON.stringify({ state: left, version: 1 }));
    }
  } catch (error) {
    console.warn('Ties could not tidy the log draft kept by an earlier version', error);
  }
  return takesDraft || takesEdit;
}

/** The earlier versions' draft as stored; null when there is none or it cannot be read. */
function legacyDraftText(): string | null {
  try {
    return localStorage.getItem(LEGACY_LOG_DRAFT_KEY);
  } catch {
    return null;
  }
}

/** The earlier versions' draft, read back field by field; null when there is none. */
function readLegacyDraft(): LogDraftState | null {
  try {
    const text = legacyDraftText();
    if (text === null) return null;
    const parsed = JSON.parse(text) as { state?: unknown } | null;
    return { draft: emptyDraft(), ...sanitizeState(parsed?.state), prefill: null };
  } catch {
    return null;
  }
}

void adoptLegacyLogDraft();
