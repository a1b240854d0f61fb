// An import's limits and long writes in the production build, with the real workers and
// IndexedDB: a 1,000,000-row CSV is refused, naming the limit, without a preview or a write;
// a ZIP named .vcf and random bytes named .csv are refused as not text, while UTF-16 text is
// read; a medium file's import shows its progress and Cancel leaves nobody behind; and with the
// origin's quota made genuinely small (the DevTools protocol's quota override), an import
// is refused as out of space, writing nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startEmpty } from './fixtures';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** A LinkedIn Connections.csv of `rows` distinct people, as short as a row can be. */
function linkedInCsv(rows: number, start = 0): string {
  const lines = [HEADER];
  for (let index = start; index < start + rows; index += 1) lines.push(`P${index},Q,,,,,`);
  return `${lines.join('\n')}\n`;
}

/** How many people are stored, read straight from IndexedDB. */
async function storedPeople(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ties');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('contacts').objectStore('contacts').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => {
            reject(count.error ?? new Error('count failed'));
          };
        };
      }),
  );
}

async function openDataPage(page: Page) {
  await startEmpty(page);
  await page.goto('/settings/data');
  await expect(page.getByRole('heading', { name: 'Import people' })).toBeVisible();
}

test.describe('Import limits', () => {
  test('a 1,000,000-row CSV is refused with the limit named, before any preview', async ({
    page,
  }) => {
    // Writing the 16 MB file and reading it in the worker take a few seconds each on a
    // loaded two-core machine; the refusal itself is bounded by the wait below.
    test.setTimeout(120_000);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ties-e2e-rows-'));
    const file = path.join(folder, 'Connections.csv');
    try {
      await writeFile(file, linkedInCsv(1_000_000));
      await openDataPage(page);
      const startedAt = Date.now();
      await page.getByLabel('Choose a file to import').setInputFiles(file);
      const alert = page.getByRole('alert');
      // The worker stops at the 50,001st row: seconds, measured by `npm run bench -- transfer`.
      // The wait is a budget for a loaded machine, not a measure; before the limit no such
      // message came at all (the file previewed after 20 s).
      await expect(alert).toContainText(
        'Connections.csv has about 1,000,000 people in it (rows or cards), and Ties imports up to 50,000 at a time.',
        { timeout: 60_000 },
      );
      test.info().annotations.push({
        type: 'refused after',
        description: `${Date.now() - startedAt} ms from setting the file`,
      });
      await expect(alert).toContainText('Nothing was imported.');
      await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toHaveCount(0);
      expect(await storedPeople(page)).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('files that are not text are refused as such, and UTF-16 text is read', async ({ page }) => {
    await openDataPage(page);
    const input = page.getByLabel('Choose a file to import');
    const alert = page.getByRole('alert');
    // A ZIP's local header, then bytes as a compressor leaves them: an .xlsx renamed .vcf.
    const noise = Array.from({ length: 4096 }, (_, index) => (index * 131 + 7) % 256);
    await input.setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, ...noise]),
    });
    await expect(alert).toContainText(
      'contacts.vcf is not a text file (it is a ZIP archive, as Excel, Numbers and Word files are).',
    );
    await expect(
      page.getByRole('heading', { name: 'Which text encoding is this file in?' }),
    ).toHaveCount(0);

    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'random.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(noise),
    });
    await expect(alert).toContainText(
      'random.csv is not a text file (it holds binary data, not letters).',
    );

    const utf16 = Buffer.from(`\uFEFF${linkedInCsv(3)}`, 'utf16le');
    await input.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: utf16 });
    await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible();
    await expect(page.getByText('3 new people')).toBeVisible();
    expect(await storedPeople(page)).toBe(0);
  });

  test('an import shows its progress, and Cancel leaves nothing imported', async ({ page }) => {
    // 40,000 people: a preview of a few seconds, and a write long enough to be stopped.
    test.setTimeout(120_000);
    await openDataPage(page);
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(linkedInCsv(40_000), 'utf8'),
    });
    await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText('40,000 new people')).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const bar = page.getByRole('progressbar', { name: 'Saving the people from the file' });
    await expect(bar).toBeVisible();
    // Stopped once the first people are written, well before the last.
    await expect(bar).not.toHaveAttribute('aria-valuenow', '0', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(page.getByRole('alert')).toHaveText(
      'The import was stopped before it finished. Nothing was imported.',
      { timeout: 30_000 },
    );
    await expect(bar).toHaveCount(0);
    expect(await storedPeople(page)).toBe(0);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  });

  test('an import on a full disk says so and writes nothing', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    // Chromium reads an origin's quota for IndexedDB when the database is first opened, so
    // the quota is made small before the first visit: room for the app's own files (about
    // 3 MB, mostly the service worker's cache) and little more, as on a nearly full disk.
    const origin = new URL(baseURL ?? '').origin;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 6 * 1024 * 1024 });
    try {
      await openDataPage(page);
      // 20,000 people take well over the 3 MB left.
      await page.getByLabel('Choose a file to import').setInputFiles({
        name: 'Connections.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(linkedInCsv(20_000), 'utf8'),
      });
      await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible({
        timeout: 60_000,
      });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText(
        'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost. Nothing was imported.',
        { timeout: 60_000 },
      );
      expect(await storedPeople(page)).toBe(0);
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    }
  });
});
