// A new version taken in one tab reaches every other open tab (Chromium, production build,
// real service worker). Two or three tabs run version 1 under its service worker; version 2
// is deployed (sw.js changes, as in pwa.spec.ts); tab A takes it with Reload. A tab that
// holds unsaved input must then offer the reload and keep its input and its document; a tab
// with nothing unsaved reloads into the new version by itself.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  test,
  expect,
  expectAppRendered,
  startEmpty,
  waitForServiceWorkerControl,
} from './fixtures';

const MARKER = 'this document';

/** Deploys "version 2": the same app, its service worker one comment longer. */
async function deployNextVersion(root: string): Promise<void> {
  const swFile = path.join(root, 'sw.js');
  await writeFile(swFile, `${await readFile(swFile, 'utf8')}\n// next version\n`);
}

/** Marks the page's document, so a reload (which drops the mark) can be told from none. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate((marker) => {
    Object.assign(window, { tiesTestMarker: marker });
  }, MARKER);
}

async function markOf(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (window as Window & { tiesTestMarker?: string }).tiesTestMarker ?? null,
  );
}

/** A second tab on the person form, under the service worker, with a name half typed. */
async function openTabWithUnsavedInput(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto('/people/new');
  await waitForServiceWorkerControl(tab);
  await tab.getByRole('textbox', { name: 'Given name' }).fill('Half-typed');
  await markDocument(tab);
  return tab;
}

/** Tab A finds version 2, is offered it, and takes it with Reload. */
async function takeUpdateIn(tabA: Page, root: string): Promise<void> {
  await deployNextVersion(root);
  await tabA.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = tabA.getByRole('region', { name: 'App update' });
  await expect(prompt.getByText('A new version of Ties is ready.')).toBeVisible();
  const reloaded = tabA.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expectAppRendered(tabA);
}

async function expectOfferedWithInputKept(tab: Page): Promise<void> {
  const prompt = tab.getByRole('region', { name: 'App update' });
  await expect(prompt.getByText('A new version of Ties is ready.')).toBeVisible();
  await expect(tab.getByRole('textbox', { name: 'Given name' })).toHaveValue('Half-typed');
  expect(await markOf(tab)).toBe(MARKER);
}

test.describe('an update taken in one tab', () => {
  test('is offered in a tab with unsaved input, and taken by a tab without', async ({
    context,
    page: tabA,
    server,
  }) => {
    await startEmpty(tabA);
    await waitForServiceWorkerControl(tabA);
    const tabB = await openTabWithUnsavedInput(context);
    const tabC = await context.newPage();
    await tabC.goto('/people');
    await waitForServiceWorkerControl(tabC);
    await markDocument(tabC);

    const tabCReloaded = tabC.waitForEvent('load');
    await takeUpdateIn(tabA, server.root);

    await expectOfferedWithInputKept(tabB);
    await tabCReloaded;
    await expectAppRendered(tabC);
    expect(await markOf(tabC)).toBeNull();
  });

  test('reaches a tab that never saw the new version waiting', async ({
    context,
    page: tabA,
    server,
  }) => {
    await startEmpty(tabA);
    await waitForServiceWorkerControl(tabA);
    const tabB = await openTabWithUnsavedInput(context);

    // Workbox tells a tab that a new worker is waiting 200 ms after it installed, from a
    // timer, and only if it is still waiting then. A background tab's timers run late
    // (Chromium throttles them), so another tab may well have taken the update by then.
    // Here A takes it the moment it has installed, before any such timer has run.
    await deployNextVersion(server.root);
    await tabA.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) throw new Error('no service worker registration');
      const installed = new Promise<ServiceWorker>((resolve) => {
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') resolve(worker);
          });
        });
      });
      await registration.update();
      (await installed).postMessage({ type: 'SKIP_WAITING' });
    });

    await expectOfferedWithInputKept(tabB);
  });
});
