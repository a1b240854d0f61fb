import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectAppRendered,
  startEmpty,
  waitForServiceWorkerControl,
  ROUTES,
  type TestServer,
} from './fixtures';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  id: string;
  display: string;
  theme_color: string;
  icons: ManifestIcon[];
  shortcuts: { name: string; url: string; icons: ManifestIcon[] }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test.describe('installing', () => {
  test('Chromium reports no installability errors', async ({ launchPersistentApp }) => {
    const context = await launchPersistentApp();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    // The manifest is fetched asynchronously; poll until Chromium has judged it.
    await expect
      .poll(
        async () => {
          const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
          return installabilityErrors.map((error) => error.errorId);
        },
        { timeout: 15_000 },
      )
      .toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  });

  test('the manifest names the app, its icons and the Log shortcut', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'Ties',
      short_name: 'Ties',
      start_url: '/',
      scope: '/',
      id: '/',
      display: 'standalone',
    });
    const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(icons).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(manifest.shortcuts).toEqual([
      expect.objectContaining({ name: 'Log a touch', url: '/log' }),
    ]);

    const declared = [...manifest.icons, ...manifest.shortcuts.flatMap((s) => s.icons)];
    for (const icon of declared) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
    }

    const appleIcon = page.locator('link[rel="apple-touch-icon"]');
    const appleHref = await appleIcon.getAttribute('href');
    expect(appleHref).not.toBeNull();
    expect(pngSize(await (await request.get(appleHref ?? '')).body())).toBe('180x180');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);
  });
});

test.describe('content security policy', () => {
  test('is sent as a header and a meta tag, and forbids inline script', async ({ page }) => {
    const response = await page.goto('/');
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).not.toBeNull();
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    }
    expect(header.startsWith(meta ?? '')).toBe(true);
    // No inline script anywhere in the built page.
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('every screen runs under it without a violation or a console error', async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await startEmpty(page);
    await waitForServiceWorkerControl(page);
    for (const route of ROUTES) {
      await page.goto(route);
      await expectAppRendered(page);
    }
    // The page guard (fixtures.ts) fails the test on CSP violations; this also catches
    // anything else the app logs as an error.
    expect(consoleErrors).toEqual([]);
  });
});

/** Deploys "a new version" (the same app, its service worker one comment longer) and checks. */
async function deployAndCheckForUpdate(page: Page, server: TestServer): Promise<void> {
  const swFile = path.join(server.root, 'sw.js');
  await writeFile(swFile, `${await readFile(swFile, 'utf8')}\n// next version\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test.describe('updates', () => {
  test('a new version is offered with a prompt and taken on Reload', async ({ page, server }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const firstWorker = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.scriptURL,
    );
    expect(firstWorker).toMatch(/\/sw\.js$/);

    await deployAndCheckForUpdate(page, server);
    const prompt = page.getByRole('region', { name: 'App update' });
    await expect(prompt.getByText('A new version of Ties is ready.')).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expectAppRendered(page);
    await expect(prompt).toBeHidden();
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
    );
    expect(waiting).toBeNull();
  });

  test('Reload does not reload a page with unsaved input', async ({ page, server }) => {
    await page.goto('/people/new');
    await waitForServiceWorkerControl(page);
    await page.getByRole('textbox', { name: 'Given name' }).fill('Half-typed');
    await page.evaluate(() => {
      Object.assign(window, { tiesTestMarker: 'this document' });
    });

    await deployAndCheckForUpdate(page, server);
    const prompt = page.getByRole('region', { name: 'App update' });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(prompt.getByRole('alert')).toHaveText('Save or discard your changes first.');
    await expect(page.getByRole('textbox', { name: 'Given name' })).toHaveValue('Half-typed');
    const state = await page.evaluate(async () => ({
      marker: (window as Window & { tiesTestMarker?: string }).tiesTestMarker,
      hasWaitingWorker: Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    }));
    expect(state).toEqual({ marker: 'this document', hasWaitingWorker: true });

    // Once the user leaves the form (its input discarded), the same button reloads.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(prompt.getByRole('alert')).toBeHidden();
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expectAppRendered(page);
    expect(await page.evaluate(() => 'tiesTestMarker' in window)).toBe(false);
  });
});
