// A new user's first week, in the production build: three real-format exports (a LinkedIn
// Connections.csv, an iPhone vCard with grouped labels, a Google Contacts CSV, from
// tests/fixtures/real-exports) imported through Settings › Your data into an empty
// profile, none of the people touched, then This week. The clock is Playwright's fake clock,
// installed before the first navigation at Monday 7 December 2026, so "connected 5 days
// ago" holds on every run, whatever today is.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, readStores, startEmpty } from './fixtures';

/** Monday 7 December 2026, 09:00 in Stockholm. */
const NOW = new Date('2026-12-07T09:00:00+01:00');
const EXPORTS = path.resolve(import.meta.dirname, '..', 'fixtures', 'real-exports');
const FILES = ['linkedin-connections.csv', 'iphone-contacts.vcf', 'google-contacts.csv'];

/** New in Ties from the iPhone and Google files (Maja Öberg was already there from LinkedIn). */
const ADDRESS_BOOK_PEOPLE = [
  'Jonas Andersson',
  'Karin Bergström',
  'Linh Nguyen',
  'Anna Lund',
  'Olof Wikström',
  'Fatima Hassan',
  'Björn Ek',
];
/** LinkedIn connections made 95 days or years before: not new any more. */
const OLD_CONNECTIONS = ['Priya Raman', 'Zacharias Adler', 'Elin Ström'];

test.use({ timezoneId: 'Europe/Stockholm', locale: 'en-US' });

async function openImport(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('link', { name: 'Import, export and backup' }).click();
  await expect(page).toHaveURL(/\/settings\/data$/);
}

/**
 * Imports one file through the preview, leaving the tier at its default (checked to be
 * Wide) and ticking "none of them for now" when asked to.
 */
async function importFile(page: Page, name: string, { none = false } = {}): Promise<void> {
  await page.getByLabel('Choose a file to import').setInputFiles(path.join(EXPORTS, name));
  const choice = page.getByRole('group', { name: 'How close are you to the new people?' });
  await expect(choice.getByRole('combobox', { name: 'Tier for all of them' })).toHaveValue('wide');
  const noneBox = choice.getByRole('checkbox', { name: 'Keep in touch with none of them for now' });
  await expect(noneBox).not.toBeChecked();
  if (none) await noneBox.check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByText(/^New people are Wide \(about 150\)/)).toHaveText(
    none
      ? 'New people are Wide (about 150), with no rhythm for now: This week suggests only those you connected with on LinkedIn in the last 90 days.'
      : 'New people are Wide (about 150): you aim to be in touch every 180 days.',
  );
  await page.getByRole('button', { name: 'Import another file' }).click();
}

async function importAll(page: Page, options: { none?: boolean } = {}): Promise<void> {
  await page.clock.install({ time: NOW });
  await startEmpty(page);
  // An empty profile has nobody to list yet.
  await expect(weekList(page)).toHaveCount(0);
  await openImport(page);
  for (const name of FILES) await importFile(page, name, options);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'This week' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
}

function weekList(page: Page): Locator {
  return page.getByRole('list', { name: 'People to reach out to this week' });
}

/** Each person on the list with the reason shown for them, in order. */
async function itemsOn(list: Locator): Promise<[string, string][]> {
  const items = await list.getByRole('listitem').all();
  return Promise.all(
    items.map(async (item): Promise<[string, string]> => [
      (await item.locator('.week-item-name').textContent()) ?? '',
      (await item.locator('.week-item-reason').textContent()) ?? '',
    ]),
  );
}

test.describe('The first week after importing real exports', () => {
  test('This week lists the new people, each with a reason in words', async ({ page }) => {
    await importAll(page);
    const list = weekList(page);
    await expect(list.locator('.week-item-name')).toHaveCount(7);

    const items = await itemsOn(list);
    expect(items.slice(0, 2)).toEqual([
      ['Maja Öberg', 'You connected on LinkedIn 19 days ago — follow up'],
      ['Åke Lindqvist', 'You connected on LinkedIn 5 days ago — follow up'],
    ]);
    for (const [name, reason] of items.slice(2)) {
      expect(ADDRESS_BOOK_PEOPLE).toContain(name);
      expect(reason).toBe('New in your contacts — say hello');
    }
    const names = items.map(([name]) => name);
    for (const old of OLD_CONNECTIONS) expect(names).not.toContain(old);
    await expect(page.getByText('0 of 7 handled · 7 left')).toBeVisible();

    // The person page says when the LinkedIn connection was made.
    await list.getByRole('link', { name: 'Åke Lindqvist', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Åke Lindqvist' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(
      details.getByRole('definition').filter({ hasText: 'December 2, 2026' }),
    ).toBeVisible();
  });

  test('"none of them for now" adds no rhythm: only fresh connections are listed', async ({
    page,
  }) => {
    await importAll(page, { none: true });
    const list = weekList(page);
    await expect(list.locator('.week-item-name')).toHaveCount(2);
    expect(await itemsOn(list)).toEqual([
      ['Maja Öberg', 'You connected on LinkedIn 19 days ago — follow up'],
      ['Åke Lindqvist', 'You connected on LinkedIn 5 days ago — follow up'],
    ]);

    const { contacts = [] } = await readStores(page, 'ties', ['contacts']);
    expect(contacts).toHaveLength(12);
    expect(contacts.map((contact) => [contact.tier, contact.cadenceDays])).toEqual(
      contacts.map(() => ['wide', null]),
    );
  });
});
