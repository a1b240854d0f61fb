import { useEffect } from 'react';

/**
 * Shows `count` on the installed app's icon (the Badging API), clearing it at 0. A
 * progressive enhancement: where the API is missing or refuses (not installed, no
 * permission) nothing happens. undefined leaves the badge as it is (still loading).
 */
export function useAppBadge(count: number | undefined): void {
  useEffect(() => {
    if (count === undefined) return;
    if (!('setAppBadge' in navigator) || !('clearAppBadge' in navigator)) return;
    const request = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
    request.catch(() => {
      // Refused: the badge is a nicety, the list itself shows the same number.
    });
  }, [count]);
}
