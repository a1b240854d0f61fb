// Stand-in for vite-plugin-pwa's 'virtual:pwa-register/react' under Vitest, which runs
// without the PWA plugin: no service worker, so never an update. Tests that need one
// mock the module (see src/features/pwa/update-prompt.test.tsx).
import { useState } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export type { RegisterSWOptions };

export function useRegisterSW() {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: () => Promise.resolve() };
}
