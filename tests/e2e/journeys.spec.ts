import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectAppRendered,
  startEmpty,
  waitForServiceWorkerControl,
} from './fixtures';
import { addPerson } from './people-steps';

/**
 * Logs a coffee (the default kind, now) from the People list's navigation, picking by two
 * letters: from the list, not from the person's page, where Log opens with them in it.
 */
async function logCoffee(
  page: Page,
  { typed, name, note }: { typed: string; name: string; note: string },
) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await nav.getByRole('button', { name: 'Log' }).click();
  const sheet = page.getByRole('dialog', { name: 'Log a touch' });
  await sheet.getByRole('combobox', { name: 'With whom?' }).fill(typed);
  await sheet.getByRole('option', { name }).click();
  await expect(sheet.getByRole('radio', { name: 'Coffee' })).toBeChecked();
  await sheet.getByRole('textbox', { name: 'Note' }).fill(note);
  await sheet.getByRole('button', { name: 'Save' }).click();
  await expect(sheet).toBeHidden();
}

test.describe('journeys', () => {
  test('offline: add a person and log a coffee, and both survive a reload', async ({
    context,
    page,
    server,
  }) => {
    // First visit online; from then on the server is gone, as in airplane mode.
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await server.stop();

    const app = await context.newPage();
    await startEmpty(app);
    await addPerson(app, { given: 'Anna', family: 'Berg' });
    const personUrl = app.url();
    await logCoffee(app, { typed: 'an', name: 'Anna Berg', note: 'Coffee by the station' });

    await app.reload();
    await expectAppRendered(app);
    await app.goto('/people');
    await expect(app.getByRole('link', { name: 'Anna Berg' })).toBeVisible();
    await app.goto(personUrl);
    await expect(app.getByRole('heading', { level: 1, name: 'Anna Berg' })).toBeVisible();
    const timeline = app.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('Coffee by the station')).toBeVisible();
  });

  test('names and notes that look like HTML are shown as text and run nothing', async ({
    page,
  }) => {
    const payload = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await addPerson(page, { given: payload, family: 'Berg', notes: payload });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${payload} Berg`);
    const personUrl = page.url();
    await logCoffee(page, { typed: 'berg', name: `${payload} Berg`, note: payload });
    await page.goto(personUrl);

    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText(payload)).toBeVisible();
    await page.goto('/people');
    await expect(page.getByRole('link', { name: `${payload} Berg` })).toBeVisible();

    // Nothing was parsed as markup anywhere the text went, and no script ran.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
