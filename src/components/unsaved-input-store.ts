import { create } from 'zustand';

/**
 * Which forms on screen hold input that is not saved yet, so an app update never reloads
 * the page out from under them. Each form registers under its own key while it is dirty
 * (`setUnsavedInput('person-form', isDirty)`) and clears it on save, discard or unmount.
 * UI state only: the input itself stays with the form.
 */
type UnsavedInputState = { dirtyKeys: ReadonlySet<string> };

export const useUnsavedInputStore = create<UnsavedInputState>(() => ({ dirtyKeys: new Set() }));

export function setUnsavedInput(key: string, isDirty: boolean): void {
  useUnsavedInputStore.setState((state) => {
    if (state.dirtyKeys.has(key) === isDirty) return state;
    const dirtyKeys = new Set(state.dirtyKeys);
    if (isDirty) dirtyKeys.add(key);
    else dirtyKeys.delete(key);
    return { dirtyKeys };
  });
}

export function hasUnsavedInput(): boolean {
  return useUnsavedInputStore.getState().dirtyKeys.size > 0;
}

/** For components that must re-render when the answer changes. */
export function useHasUnsavedInput(): boolean {
  return useUnsavedInputStore((state) => state.dirtyKeys.size > 0);
}
