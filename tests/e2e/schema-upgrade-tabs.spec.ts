// Two tabs on two releases of Ties that differ in their schema version, in real Chromium with
// real IndexedDB. Tab A runs this build and holds unsaved input in the person form; then
// the server's folder is swapped for "the next release" (this app with one more schema
// version, built once for this file by next-schema.vite.config.ts into a temporary folder,
// about 10 s), and tab B opens it and upgrades the database. A must let the upgrade through,
// stop writing, keep its input and ask for a reload; its save is refused by name and
// writes nothing.
//
// Service workers are blocked here so that each tab loads the build the server holds when it
// opens; how a tab comes to run a new release is pwa.spec.ts's and update-tabs.spec.ts's.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { LATEST_VERSION } from '../../src/db/schema';
import { test, expect, expectAppRendered, startEmpty } from './fixtures';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const NEXT_BUILD_BUDGET_MS = 180_000; // a Vite build takes 10–60 s on 2 busy cores

let nextBuild = '';

test.use({ serviceWorkers: 'block' });

test.beforeAll(async () => {
  test.setTimeout(NEXT_BUILD_BUDGET_MS);
  nextBuild = await mkdtemp(path.join(os.tmpdir(), 'ties-e2e-next-'));
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const config = path.join('tests', 'e2e', 'next-schema.vite.config.ts');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--logLevel', 'warn', '-c', config, '--outDir', nextBuild, '--emptyOutDir'],
    { cwd: PROJECT_ROOT },
  );
});

test.afterAll(async () => {
  if (nextBuild) await rm(nextBuild, { recursive: true, force: true });
});

type StoredState = { version: number; givenNames: string[] };

/** The database as IndexedDB holds it, read by a page of the origin without Dexie. */
async function readStored(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ties');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    const rows = await new Promise<{ givenName?: string }[]>((resolve, reject) => {
      const request = database.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => {
        resolve(request.result as { givenName?: string }[]);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('read failed'));
      };
    });
    const version = database.version;
    database.close();
    return { version, givenNames: rows.map((row) => row.givenName ?? '').sort() };
  });
}

test('a tab left on the older release stops writing, keeps its input and asks to reload', async ({
  context,
  page: tabA,
  server,
}) => {
  await startEmpty(tabA);
  await tabA.goto('/people/new');
  const givenNameInA = tabA.getByRole('textbox', { name: 'Given name' });
  await givenNameInA.fill('Half-typed');
  await tabA.getByRole('textbox', { name: 'Organisation' }).fill('Old tab AB');

  // Deploy the next release: its index.html, sw.js and files go over this one's.
  await cp(nextBuild, server.root, { recursive: true, force: true });
  const tabB = await context.newPage();
  await tabB.goto('/people/new');
  // B opened at all: A let go of the database instead of blocking the upgrade.
  await expectAppRendered(tabB);
  await tabB.getByRole('textbox', { name: 'Given name' }).fill('Bea');
  await tabB.getByRole('button', { name: 'Save' }).click();
  await expect(tabB.getByRole('heading', { level: 1, name: 'Bea' })).toBeVisible();

  const banner = tabA.getByRole('region', { name: 'Reload needed' });
  await expect(banner.getByRole('alert')).toContainText(
    'Ties was updated in another tab, so this tab can no longer save.',
  );
  await expect(givenNameInA).toHaveValue('Half-typed');

  await tabA.getByRole('button', { name: 'Save' }).click();
  await expect(tabA.locator('form').getByRole('alert')).toHaveText(
    'Ties was updated in another tab, so this tab can no longer save. Reload it to go on; nothing you typed is lost.',
  );
  await expect(givenNameInA).toHaveValue('Half-typed');
  await expect(tabA.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Old tab AB');
  await expect(banner).toBeVisible();

  // Dexie keeps version n as IndexedDB version 10 n.
  expect(await readStored(tabB)).toEqual({
    version: (LATEST_VERSION + 1) * 10,
    givenNames: ['Bea'],
  });
});

test("the banner's reload keeps the log sheet's draft and opens the new release", async ({
  context,
  page: tabA,
  server,
}) => {
  await startEmpty(tabA);
  await tabA.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log' }).click();
  const sheet = tabA.getByRole('dialog', { name: 'Log a touch' });
  await sheet.getByRole('textbox', { name: 'Note' }).fill('Ask about the Berlin office');

  await cp(nextBuild, server.root, { recursive: true, force: true });
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expectAppRendered(tabB);

  const banner = tabA.getByRole('region', { name: 'Reload needed' });
  await expect(banner.getByRole('alert')).toContainText(
    'Reload to go on; your unsaved input will be kept.',
  );
  const reloaded = tabA.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expectAppRendered(tabA);
  await expect(banner).toBeHidden();
  await tabA.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log' }).click();
  await expect(sheet.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Ask about the Berlin office',
  );
  expect((await readStored(tabA)).version).toBe((LATEST_VERSION + 1) * 10);
});
