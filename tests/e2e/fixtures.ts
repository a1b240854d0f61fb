// Fixtures and helpers for every browser test. Import `test` and `expect` from here, never
// from '@playwright/test' directly, so that each test gets:
// - `server`: its own production server (scripts/serve.mjs) on a free port, serving a fresh
//   copy of dist/ at `server.root` (a test may change files there to "deploy" a new
//   version), which the test may stop() and start() again; `baseURL` points at it;
// - the origin guard: every request of every context the test opens is
//   recorded, and the test fails if one leaves the server's origin (data:/blob: aside);
// - the page guard: the test fails on an uncaught page error or a CSP violation.
// Helpers: startEmpty (past the first-run screen), waitForServiceWorkerControl,
// expectAppRendered, ROUTES.
// - `launchPersistentApp()`: Chromium with a real on-disk profile, guarded the same way,
//   closed and removed after the test.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { chromiumLaunchOptions } from './chromium';

export { expect };

type OriginGuard = {
  /** Records the requests of a context the test created itself. */
  watch: (context: BrowserContext) => void;
};

type PageProblems = {
  /** Records uncaught errors and CSP violations of a context. */
  watch: (context: BrowserContext) => Promise<void>;
};

export type TestServer = StaticServer & {
  /** The folder served: a per-test copy of dist/. */
  root: string;
};

type Fixtures = {
  server: TestServer;
  originGuard: OriginGuard;
  pageProblems: PageProblems;
  /**
   * Launches Chromium with a persistent profile (some checks, like installability, refuse
   * incognito-like contexts), pointed at the test's server and guarded like `context`.
   */
  launchPersistentApp: () => Promise<BrowserContext>;
};

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

/** True for a CSP report in the console, as Chromium logs it or as our listener relays it. */
const CSP_MESSAGE = /Content Security Policy|CSP violation/i;

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
  server: async ({}, provide) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ties-e2e-dist-'));
    try {
      await cp(path.join(PROJECT_ROOT, 'dist'), root, { recursive: true });
      const server = await startServer({ root, host: '127.0.0.1', port: 0 });
      await provide(Object.assign(server, { root }));
      await server.stop();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },

  baseURL: async ({ server }, provide) => {
    await provide(server.url);
  },

  originGuard: [
    async ({ server }, provide) => {
      const origin = new URL(server.url).origin;
      const leaks: string[] = [];
      await provide({ watch: (context) => recordOffOriginRequests(context, origin, leaks) });
      expect(leaks, `requests that left ${origin}`).toEqual([]);
    },
    { auto: true },
  ],

  pageProblems: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure.
    async ({}, provide) => {
      const problems: string[] = [];
      const watch = async (context: BrowserContext) => {
        // Relays violations that Chromium does not log (e.g. blocked inline styles).
        await context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(
              `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
            );
          });
        });
        const onPage = (page: Page) => {
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          page.on('console', (message) => {
            if (message.type() === 'error' && CSP_MESSAGE.test(message.text())) {
              problems.push(message.text());
            }
          });
        };
        context.pages().forEach(onPage);
        context.on('page', onPage);
      };
      await provide({ watch });
      expect(problems, 'page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ context, originGuard, pageProblems }, provide) => {
    originGuard.watch(context);
    await pageProblems.watch(context);
    await provide(context);
  },

  launchPersistentApp: async ({ server, originGuard, pageProblems }, provide) => {
    const launched: { context: BrowserContext; profile: string }[] = [];
    await provide(async () => {
      const profile = await mkdtemp(path.join(os.tmpdir(), 'ties-e2e-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchOptions,
        baseURL: server.url,
      });
      launched.push({ context, profile });
      originGuard.watch(context);
      await pageProblems.watch(context);
      return context;
    });
    for (const { context, profile } of launched) {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
});

/**
 * Appends to `leaks` the URL of every request of `context` (pages, workers and the service
 * worker alike) that goes anywhere but `origin`; data: and blob: URLs stay on the device.
 */
export function recordOffOriginRequests(
  context: BrowserContext,
  origin: string,
  leaks: string[],
): void {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (ALLOWED_SCHEMES.has(url.protocol) || url.origin === origin) return;
    leaks.push(request.url());
  });
}

/**
 * Waits until the service worker has installed (so everything is precached) and controls
 * the page. After this the app opens with the server gone.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The app shell is up and the route's page has rendered: its lazily loaded code arrived
 * (the Suspense fallback carries .loading, the pages themselves .page).
 */
export async function expectAppRendered(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('#main > .page:not(.loading)')).toBeAttached();
}

/**
 * Gets past the first-run screen with "Start empty", so that routes open as themselves
 * (until a choice is made, This week sends a new user to /welcome).
 */
export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
}

/** A row of an IndexedDB store, as a test reads it. */
export type Row = Record<string, unknown>;

/** Every row of the named stores of one database, read with the raw IndexedDB API. */
export async function readStores(
  page: Page,
  database: string,
  stores: readonly string[],
): Promise<Record<string, Row[]>> {
  return page.evaluate(
    async ({ database, stores }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      try {
        const present = stores.filter((name) => db.objectStoreNames.contains(name));
        const result: Record<string, Row[]> = Object.fromEntries(stores.map((name) => [name, []]));
        if (present.length === 0) return result;
        const transaction = db.transaction(present, 'readonly');
        for (const name of present) {
          result[name] = await new Promise<Row[]>((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as Row[]);
            };
            request.onerror = () => {
              reject(request.error ?? new Error('read failed'));
            };
          });
        }
        return result;
      } finally {
        db.close();
      }
    },
    { database, stores },
  );
}

/** The app's IndexedDB stores of user data, as a test reads them to compare whole tables. */
export const DATA_TABLES = [
  'contacts',
  'touchLogs',
  'relations',
  'groups',
  'goals',
  'asks',
  'introductions',
  'weekPlans',
  'settings',
] as const;

/** Every route of the app, with a person route for an id that need not exist. */
export const ROUTES = [
  '/',
  '/people',
  '/people/new',
  '/people/00000000-0000-4000-8000-000000000000',
  '/log',
  '/network',
  '/settings',
  '/settings/data',
  '/welcome',
] as const;
