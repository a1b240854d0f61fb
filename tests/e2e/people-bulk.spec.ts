// The People list in the production build, on the demo network (about 150 people, more than
// the virtual list draws): names in the language's order, and a bulk change to everyone in
// the list with its Undo, checked in IndexedDB.
import type { Page } from '@playwright/test';
import { test, expect, readStores, type Row } from './fixtures';

async function loadDemo(page: Page, button: string): Promise<void> {
  // A fixed day, so the demo's network and its statuses are the same every year.
  await page.clock.install({ time: new Date('2026-12-07T09:00:00') });
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function openPeople(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation').first().getByRole('link', { name: link }).click();
  await expect(page.getByTestId('people-list')).toBeVisible();
}

const rowNames = (page: Page) =>
  page.getByTestId('people-list').getByRole('link').allTextContents();

async function livePeople(page: Page): Promise<Row[]> {
  const { contacts = [] } = await readStores(page, 'ties', ['contacts']);
  return contacts.filter((row) => row.deletedAt === undefined);
}

test.describe('in Swedish', () => {
  test.use({ locale: 'sv-SE' });

  test('Å, Ä and Ö come after Z', async ({ page }) => {
    await loadDemo(page, 'Utforska med ett demonätverk');
    await openPeople(page, 'Personer');
    const everyone = (await livePeople(page)).map((row) =>
      String(row.displayName) !== ''
        ? String(row.displayName)
        : `${String(row.givenName)} ${String(row.familyName)}`.trim(),
    );
    const withRing = everyone.filter((name) => /^[ÅÄÖ]/.test(name));
    expect(withRing.length).toBeGreaterThan(0);
    // Search by the first Å/Ä/Ö name's family name: it must come after every other first
    // letter among the people who share it.
    const family = (withRing[0] ?? '').split(' ').at(-1) ?? '';
    await page.getByRole('searchbox').fill(family.toLowerCase());
    await expect(page.getByRole('link', { name: withRing[0] })).toBeVisible();
    const names = await rowNames(page);
    const firstRing = names.findIndex((name) => /^[ÅÄÖ]/.test(name));
    const lastPlain = names.findLastIndex((name) => /^[A-Z]/.test(name));
    expect(firstRing).toBeGreaterThan(-1);
    expect(lastPlain).toBeGreaterThan(-1);
    expect(firstRing).toBeGreaterThan(lastPlain);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('select all in the list, set a tier for everyone, and undo it', async ({ page }) => {
    await loadDemo(page, 'Explore with a demo network');
    await openPeople(page, 'People');
    const before = new Map((await livePeople(page)).map((row) => [row.id, row.tier]));
    const drawn = await rowNames(page);
    expect(drawn.length).toBeLessThan(before.size);

    await page.getByRole('button', { name: 'Select' }).click();
    const selectAllLabel = /^Select all (\d+) people in this list$/;
    const label = (await page.getByText(selectAllLabel).textContent()) ?? '';
    const count = Number(selectAllLabel.exec(label)?.[1]);
    await page.getByRole('checkbox', { name: selectAllLabel }).check();
    await expect(page.getByText(`${count} people selected`)).toBeVisible();

    await page.getByLabel('Tier', { exact: true }).selectOption('acquaintance');
    await page.getByRole('button', { name: 'Set tier' }).click();
    await expect(page.getByText(/^Tier set for \d+ people\.$/)).toBeVisible();
    const edited = await livePeople(page);
    const unarchived = edited.filter((row) => row.isArchived !== true);
    expect(unarchived.length).toBe(count);
    expect(unarchived.every((row) => row.tier === 'acquaintance')).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).last().click();
    await expect(page.getByText('Changed back.')).toBeVisible();
    const undone = await livePeople(page);
    expect(new Map(undone.map((row) => [row.id, row.tier]))).toEqual(before);
  });
});
