import { useEffect } from 'react';
import { setUnsavedInput, type UnsavedInputOptions } from './unsaved-input-store';

/**
 * Tells the update prompt (unsaved-input-store.ts) whether this form holds unsaved input,
 * under `key`, for as long as the form is on screen; it lets go when the form goes.
 */
export function useUnsavedInput(
  key: string,
  isDirty: boolean,
  { isKeptOnReload = false }: UnsavedInputOptions = {},
): void {
  useEffect(() => {
    setUnsavedInput(key, isDirty, { isKeptOnReload });
  }, [key, isDirty, isKeptOnReload]);
  useEffect(
    () => () => {
      setUnsavedInput(key, false);
    },
    [key],
  );
}
