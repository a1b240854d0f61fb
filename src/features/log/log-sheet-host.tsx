import { Suspense, lazy, useEffect, useRef } from 'react';
import { useLogSheetStore } from '../../components/log-sheet-store';

// The sheet's code (form, picker, database writes) loads the first time it opens, so it
// adds nothing to the first screen.
const LogSheet = lazy(() => import('./log-sheet').then((module) => ({ default: module.LogSheet })));

/** Rendered on every screen: shows the log sheet while the store says it is open. */
export function LogSheetHost() {
  const isOpen = useLogSheetStore((state) => state.isOpen);
  const openedFrom = useRef<HTMLElement | null>(null);

  // Remember what had focus at the moment of opening (the store notifies synchronously,
  // before the sheet renders and takes focus) and return focus there once it has closed.
  useEffect(
    () =>
      useLogSheetStore.subscribe((state, previous) => {
        if (state.isOpen && !previous.isOpen) {
          openedFrom.current =
            document.activeElement instanceof HTMLElement ? document.activeElement : null;
        }
      }),
    [],
  );
  useEffect(() => {
    if (isOpen) return;
    const target = openedFrom.current;
    openedFrom.current = null;
    if (target?.isConnected) target.focus();
  }, [isOpen]);

  if (!isOpen) return null;
  return (
    <Suspense fallback={null}>
      <LogSheet />
    </Suspense>
  );
}
