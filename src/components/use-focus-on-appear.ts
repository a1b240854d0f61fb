import { useLayoutEffect, type RefObject } from 'react';

/**
 * Moves focus to the element when it appears, in the same commit that shows it: there is no
 * frame in which focus is left behind, and whoever finds the element (a screen reader, a test)
 * finds it focused.
 */
export function useFocusOnAppear(ref: RefObject<HTMLElement | null>, isEnabled = true): void {
  useLayoutEffect(() => {
    if (isEnabled) ref.current?.focus();
    // Only when the element appears: a later change of isEnabled moves no focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
}
