// A first week on a phone, in the production build: a weekly review of the whole list with
// wording that says what was done at each step and one toast at a time; the Log tab on a
// person's page; Import and Restore on the welcome screen. The clock is Playwright's fake
// clock, installed before the first navigation: the demo is generated relative to "now".
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { formatOneBackupText } from './backup-files';
import { test, expect } from './fixtures';

/** Wednesday 9 December 2026, 10:00 in Stockholm. */
const START = new Date('2026-12-09T10:00:00+01:00');
const REAL_EXPORTS = path.resolve(import.meta.dirname, '../fixtures/real-exports');

test.use({
  timezoneId: 'Europe/Stockholm',
  locale: 'en-US',
  viewport: { width: 390, height: 844 },
});

async function openWithDemo(page: Page): Promise<Locator> {
  await page.clock.install({ time: START });
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: 'Explore with a demo network' }).click();
  await expect(page).toHaveURL(/\/$/);
  const list = page.getByRole('list', { name: 'People to reach out to this week' });
  await expect(list.locator('.week-item-name')).toHaveCount(DEFAULT_SETTINGS.listSize);
  return list;
}

function progressLine(page: Page): Locator {
  return page.locator('.week-progress-text');
}

/** The toasts shown: a phone shows at most one. */
function toasts(page: Page): Locator {
  return page.locator('.toast');
}

test.describe('a first week on a phone', () => {
  test('a weekly review of the whole list says at each step what was done', async ({ page }) => {
    const list = await openWithDemo(page);
    const names = await list.locator('.week-item-name').allTextContents();
    const [logged, snoozed, ...skipped] = names;
    if (logged === undefined || snoozed === undefined) throw new Error('The list is too short');
    await expect(progressLine(page)).toHaveText('0 of 7 handled · 7 left');

    await list.getByRole('button', { name: `Log a touch with ${logged}` }).click();
    const sheet = page.getByRole('dialog', { name: 'Log a touch' });
    await sheet.getByRole('button', { name: 'Save' }).click();
    await expect(sheet).toBeHidden();
    await expect(progressLine(page)).toHaveText('1 of 7 handled: 1 logged · 6 left');
    await expect(toasts(page)).toHaveCount(1);

    await list.getByRole('button', { name: `Snooze ${snoozed}` }).click();
    await list
      .getByRole('group', { name: `Snooze ${snoozed} for` })
      .getByRole('button', { name: '1 week' })
      .click();
    await expect(progressLine(page)).toHaveText('2 of 7 handled: 1 logged and 1 snoozed · 5 left');
    await expect(toasts(page)).toHaveCount(1);
    await expect(toasts(page)).toContainText(`${snoozed} is snoozed until`);
    await expect(toasts(page)).toContainText('1 more message waiting');

    for (const [index, name] of skipped.entries()) {
      await list.getByRole('button', { name: `Skip ${name} this week` }).click();
      const handled = 3 + index;
      const text =
        handled === 7
          ? `All 7 handled: 1 logged, 1 snoozed, and ${index + 1} skipped`
          : `${handled} of 7 handled: 1 logged, 1 snoozed, and ${index + 1} skipped · ${7 - handled} left`;
      await expect(progressLine(page)).toHaveText(
        handled === 7 ? `${text} Nothing is left on this week’s list.` : text,
      );
      await expect(progressLine(page)).not.toContainText('Nicely done');
      // One toast at a time on a phone, however many actions came before.
      await expect(toasts(page)).toHaveCount(1);
    }

    // The last Undo is within reach, and the list is open again by one.
    const last = skipped[skipped.length - 1] ?? '';
    await expect(toasts(page)).toContainText(`Skipped ${last} this week`);
    await toasts(page).getByRole('button', { name: 'Undo' }).click();
    await expect(progressLine(page)).toHaveText(
      '6 of 7 handled: 1 logged, 1 snoozed, and 4 skipped · 1 left',
    );
    // The toast that waited behind it comes back, with its own Undo.
    await expect(toasts(page)).toHaveCount(1);
    await expect(toasts(page)).toContainText(
      `Skipped ${skipped[skipped.length - 2] ?? ''} this week`,
    );
    await expect(toasts(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  test('Log on a person’s page is for that person, and closing it leaves the next Log empty', async ({
    page,
  }) => {
    const list = await openWithDemo(page);
    const name = (await list.locator('.week-item-name').first().textContent()) ?? '';
    await list.getByRole('link', { name: `Open ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Log' }).click();
    const sheet = page.getByRole('dialog', { name: 'Log a touch' });
    await expect(sheet.getByRole('list', { name: 'Selected people' })).toHaveText(new RegExp(name));
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await nav.getByRole('link', { name: 'This week' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await nav.getByRole('button', { name: 'Log' }).click();
    await expect(sheet.getByRole('combobox', { name: 'With whom?' })).toBeVisible();
    await expect(sheet.getByRole('list', { name: 'Selected people' })).toHaveCount(0);
    // Not kept for after a reload either.
    const kept = await page.evaluate(() => sessionStorage.getItem('ties.log-draft.v2') ?? '');
    expect(kept).not.toContain(name);
  });

  test('the welcome screen offers Import, which opens the file chooser for contacts', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/welcome$/);
    const choices = page.getByRole('group', { name: 'How do you want to start?' });
    await expect(
      choices.getByRole('button', { name: 'Explore with a demo network' }),
    ).toBeVisible();
    await expect(choices.getByRole('button', { name: 'Start empty' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('welcome-phone.png'), fullPage: true });

    const chooser = page.waitForEvent('filechooser');
    await choices.getByText('Import contacts', { exact: true }).click();
    const picked = await chooser;
    expect(await picked.element().getAttribute('accept')).toContain('.vcf');
    expect(picked.isMultiple()).toBe(false);
    await picked.setFiles(path.join(REAL_EXPORTS, 'linkedin-connections.csv'));

    await expect(page).toHaveURL(/\/settings\/data#transfer-import$/);
    await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible();
  });

  test('the welcome screen offers Restore, which opens the file chooser for a backup', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/welcome$/);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Restore a backup', { exact: true }).click();
    const picked = await chooser;
    expect(await picked.element().getAttribute('accept')).toContain('.json');
    await picked.setFiles({
      name: 'ties-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(emptyBackup()),
    });

    await expect(page).toHaveURL(/\/settings\/data#transfer-restore$/);
    await expect(
      page.getByRole('heading', { name: 'Replace your data with this backup?' }),
    ).toBeVisible();

    // Right after the restore the data is the file's: it counts as backed up when the file
    // was made, with nothing changed since, so no reminder follows the restore.
    await page.getByRole('button', { name: 'Replace and restore' }).click();
    await expect(page.getByText('The backup is restored.')).toBeVisible();
    await expect(page.getByText(/^Last backup: .* 0 changes since then\.$/)).toBeVisible();
  });
});

/** A backup of a device with nobody on it yet, as an earlier version wrote it. */
function emptyBackup(): string {
  return formatOneBackupText({ createdAt: START.getTime(), schemaVersion: 6 });
}
