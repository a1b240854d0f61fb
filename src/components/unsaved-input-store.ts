import { create } from 'zustand';

/**
 * Which forms on screen hold input that is not saved yet, so an app update never reloads
 * the page out from under them. Each form registers under its own key while it is dirty
 * (`setUnsavedInput('person-form', isDirty)`) and clears it on save, discard or unmount.
 * A form whose draft is stored as it is typed (so it comes back after a reload) says so with
 * `isKeptOnReload`; then a tab that can no longer save may be reloaded without losing it.
 * UI state only: the input itself stays with the form.
 */
type UnsavedInputState = {
  dirtyKeys: ReadonlySet<string>;
  /** The dirty forms whose input a reload would lose: those not kept on reload. */
  lostOnReloadKeys: ReadonlySet<string>;
};

export const useUnsavedInputStore = create<UnsavedInputState>(() => ({
  dirtyKeys: new Set(),
  lostOnReloadKeys: new Set(),
}));

export type UnsavedInputOptions = {
  /** True when the form's draft is stored as typed and comes back after a reload. */
  isKeptOnReload?: boolean;
};

function withKey(keys: ReadonlySet<string>, key: string, isIn: boolean): ReadonlySet<string> {
  if (keys.has(key) === isIn) return keys;
  const next = new Set(keys);
  if (isIn) next.add(key);
  else next.delete(key);
  return next;
}

export function setUnsavedInput(
  key: string,
  isDirty: boolean,
  { isKeptOnReload = false }: UnsavedInputOptions = {},
): void {
  useUnsavedInputStore.setState((state) => {
    const dirtyKeys = withKey(state.dirtyKeys, key, isDirty);
    const lostOnReloadKeys = withKey(state.lostOnReloadKeys, key, isDirty && !isKeptOnReload);
    if (dirtyKeys === state.dirtyKeys && lostOnReloadKeys === state.lostOnReloadKeys) {
      return state;
    }
    return { dirtyKeys, lostOnReloadKeys };
  });
}

export function hasUnsavedInput(): boolean {
  return useUnsavedInputStore.getState().dirtyKeys.size > 0;
}

/** For components that must re-render when the answer changes. */
export function useHasUnsavedInput(): boolean {
  return useUnsavedInputStore((state) => state.dirtyKeys.size > 0);
}

/** True while some form holds input that a reload of the page would lose. */
export function useHasInputLostOnReload(): boolean {
  return useUnsavedInputStore((state) => state.lostOnReloadKeys.size > 0);
}
