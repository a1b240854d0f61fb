/** What the install hint needs to know about the browser it runs in. */
export type InstallPlatform = {
  userAgent: string;
  maxTouchPoints: number;
  /** Safari on iOS sets navigator.standalone when opened from the home screen. */
  isNavigatorStandalone: boolean;
  isDisplayStandalone: boolean;
};

export function currentPlatform(): InstallPlatform {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints,
    isNavigatorStandalone: nav.standalone === true,
    isDisplayStandalone: window.matchMedia('(display-mode: standalone)').matches,
  };
}

/**
 * iPhone and iPad browsers install web apps only through Share → Add to Home Screen (no
 * install prompt event). iPadOS reports itself as a Mac, so a touch screen gives it away.
 */
export function isIos(platform: InstallPlatform): boolean {
  if (/iPhone|iPad|iPod/.test(platform.userAgent)) return true;
  return /Macintosh/.test(platform.userAgent) && platform.maxTouchPoints > 1;
}

export function isInstalled(platform: InstallPlatform): boolean {
  return platform.isNavigatorStandalone || platform.isDisplayStandalone;
}

export function shouldShowIosHint(platform: InstallPlatform): boolean {
  return isIos(platform) && !isInstalled(platform);
}

const DISMISSED_KEY = 'ties.installHint.dismissed';

/** localStorage can throw (blocked storage, some private modes): then nothing is remembered. */
export function isInstallHintDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberInstallHintDismissed(): void {
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Nothing to do: the hint just shows again next time.
  }
}
