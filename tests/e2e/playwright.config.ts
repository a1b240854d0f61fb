// Browser tests (docs/testing.md, "Browser tests"): Playwright drives Debian's Chromium
// (/usr/bin/chromium, or CHROME_PATH) headless against the production build. Nothing is
// downloaded.
//
//   npm run test:e2e        builds dist/ and runs every *.spec.ts here
//   npx playwright test -c tests/e2e/playwright.config.ts --grep offline   (after a build)
//
// Each test gets its own scripts/serve.mjs server on a free port (fixtures.ts), so tests
// can stop the server to prove the app works offline. Every test imports `test`/`expect`
// from ./fixtures, which also fail it when any request leaves the origin, on a page error,
// or on a Content-Security-Policy violation. Helpers for journeys live there too:
// waitForServiceWorkerControl, expectAppRendered, launchPersistentApp, ROUTES.
// Traces and screenshots of failures go to tests/e2e/artifacts/ (gitignored).
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: 'artifacts',
  timeout: 60_000, // 60 s: a cold Chromium plus a service-worker install on 2 cores
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    headless: true,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
