import { useLayoutEffect, type RefObject } from 'react';

/**
 * Moves focus to the element when it appears, in the same commit that shows it: there is no
 * frame in which focus is left behind, and whoever finds the element (a screen reader, a test)
 * finds it focused.
 */
export function useFocusOnAppear(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [ref]);
}
