import { useEffect, useRef } from 'react';

/**
 * Calls `onTaken` when a new version of the service worker takes control of this page
 * without this page having asked for it: another tab pressed Reload on the update.
 *
 * Workbox only reports that to a tab that saw the new worker waiting itself, and that is
 * not assured: its "waiting" event comes from a timer 200 ms after the install, which a busy,
 * throttled or frozen background tab runs late, after the other tab already activated the
 * worker; and a tab that registers while the worker is still installing never hears of the
 * install at all. The page's own `controllerchange` reaches every controlled tab, so this
 * listens to that. The first install taking control of a page that had no worker yet is not
 * a new version, so a change is counted only once the page had an active worker.
 */
export function useUpdateTakenElsewhere(onTaken: () => void): void {
  const latest = useRef(onTaken);
  useEffect(() => {
    latest.current = onTaken;
  });

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let isCancelled = false;
    // A page loaded with a forced reload has no controller although a worker is active.
    let hadWorker = container.controller !== null;
    void container.getRegistration().then((registration) => {
      if (!isCancelled && registration?.active) hadWorker = true;
    });
    const onControllerChange = () => {
      if (hadWorker) latest.current();
      hadWorker = true;
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => {
      isCancelled = true;
      container.removeEventListener('controllerchange', onControllerChange);
    };
  }, []);
}
