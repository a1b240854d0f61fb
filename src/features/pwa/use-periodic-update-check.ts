import { useEffect } from 'react';

/** How often an open app asks the server for a new service worker. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000; // 1 hour

/**
 * Checks for a new version every hour and when the device comes back online, but never
 * while offline (the check would only fail) or while an update is already installing.
 */
export function usePeriodicUpdateCheck(registration: ServiceWorkerRegistration | undefined): void {
  useEffect(() => {
    if (!registration) return;
    const check = () => {
      if (!navigator.onLine || registration.installing) return;
      // A failed check (server unreachable) is simply retried at the next tick.
      registration.update().catch(() => undefined);
    };
    const timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
    window.addEventListener('online', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', check);
    };
  }, [registration]);
}
