// Screens that load on demand, and can be loaded ahead of the tap that opens them.
//
// React.lazy suspends the first render of a screen even when its code has already arrived
// (it learns so from a promise, one task later). A navigation that suspends shows the
// screen only after React's reveal throttle (about 300 ms), with the main thread idle: at
// 100 people, most of the People screen's first-visit time was that wait. So a screen here
// renders its component directly once it is loaded, and the tabs of the main navigation are
// loaded right after the first screen, one by one (preloadScreens), with what they read
// first where that is worth reading ahead (the People list: db/reads/people-list.ts). Only a
// screen opened before its code arrived goes through React.lazy and the Suspense fallback.
//
// A screen whose texts load with it (i18n/catalogue.ts) asks for them as its code runs; it
// is counted as loaded only once they are there too, so it never renders a bare key.
import { createElement, lazy, useState, type ComponentType } from 'react';
import { messagesLoaded } from '../i18n/catalogue';

type ScreenModule = { default: ComponentType };

export type LazyScreen = ComponentType & {
  /** Loads the screen's code now; resolves when it is loaded (never rejects). */
  preload: () => Promise<void>;
  /** Reads ahead what the screen reads first, if anything (never rejects). */
  prefetch: () => Promise<void>;
};

/**
 * A screen loaded on demand. `prefetch`, when given, reads ahead what the screen reads
 * first; it must never reject.
 */
export function lazyScreen(
  load: () => Promise<ScreenModule>,
  prefetch?: () => Promise<void>,
): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ScreenModule> | undefined;
  const start = (): Promise<ScreenModule> => {
    loading ??= load()
      .then(async (module) => {
        await messagesLoaded();
        return module;
      })
      .then(
        (module) => {
          loaded = module.default;
          return module;
        },
        (error: unknown) => {
          // A failed load (offline, a deploy replaced the chunk) may be tried again.
          loading = undefined;
          throw error;
        },
      );
    return loading;
  };
  const Suspending = lazy(start);
  // Chosen once per mount: a screen that went through React.lazy stays on it, since
  // switching to the loaded component would mount the screen afresh and lose its state.
  const Screen = () => {
    const [component] = useState<ComponentType>(() => loaded ?? Suspending);
    return createElement(component);
  };
  return Object.assign(Screen, {
    preload: () =>
      start().then(
        () => undefined,
        () => undefined,
      ),
    prefetch: () => prefetch?.() ?? Promise.resolve(),
  });
}

/**
 * Loads these screens one after another: the first one's code at once (the first screen
 * has been committed when this runs, and code is fetched and parsed off the main thread),
 * then, each when the browser is idle, its prefetch and the next screen. Where
 * requestIdleCallback is missing, after a short delay.
 */
export function preloadScreens(screens: readonly LazyScreen[]): () => void {
  let isCancelled = false;
  let handle: number | undefined;
  const whenIdle = (next: () => void) => {
    handle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(next, { timeout: 5_000 })
        : window.setTimeout(next, 1_000);
  };
  const loadFrom = (index: number) => {
    const screen = screens[index];
    if (isCancelled || !screen) return;
    void screen.preload().then(() => {
      whenIdle(() => {
        if (isCancelled) return;
        void screen.prefetch().then(() => {
          whenIdle(() => {
            loadFrom(index + 1);
          });
        });
      });
    });
  };
  loadFrom(0);
  return () => {
    isCancelled = true;
    if (handle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
