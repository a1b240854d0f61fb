// This week on the demo network, in the production build. The clock is Playwright's fake
// clock, installed before the first navigation and moved with setFixedTime: the demo is
// generated relative to "now", so a fixed start makes the network and the list the same
// on every run, and weeks pass without waiting.
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { test, expect, expectAppRendered } from './fixtures';

/** Wednesday 11 June 2025, 10:00 in Stockholm; the week runs Monday 9 to Sunday 15 June. */
const START = new Date('2025-06-11T10:00:00+02:00');
const NEXT_MONDAY = new Date('2025-06-16T09:00:00+02:00');
const MONDAY_AFTER = new Date('2025-06-23T09:00:00+02:00');

test.use({ timezoneId: 'Europe/Stockholm', locale: 'en-US' });

async function openWithDemo(page: Page): Promise<Locator> {
  await page.clock.install({ time: START });
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: 'Explore with a demo network' }).click();
  await expect(page).toHaveURL(/\/$/);
  const list = weekList(page);
  // The whole list (the default size is 7) before any test reads names and reasons.
  await expect(list.locator('.week-item-name')).toHaveCount(DEFAULT_SETTINGS.listSize);
  return list;
}

function weekList(page: Page): Locator {
  return page.getByRole('list', { name: 'People to reach out to this week' });
}

/** The name of every person on the list, in order. */
async function namesOn(list: Locator): Promise<string[]> {
  return list.locator('.week-item-name').allTextContents();
}

/** Moves the fake clock and opens the app again, as on a later day. */
async function reopenAt(page: Page, time: Date): Promise<Locator> {
  await page.clock.setFixedTime(time);
  await page.reload();
  await expectAppRendered(page);
  const list = weekList(page);
  await expect(list).toBeVisible();
  return list;
}

test.describe('This week', () => {
  test('lists people from the demo network, each with a reason in words', async ({ page }) => {
    const list = await openWithDemo(page);

    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await expect(page.getByText('June 9 – 15')).toBeVisible();
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(7); // the default list size
    await expect(page.getByText('0 of 7 handled · 7 left')).toBeVisible();
    const reasons = await list.locator('.week-item-reason').allTextContents();
    expect(reasons).toHaveLength(7);
    for (const reason of reasons) {
      expect(reason).toMatch(
        /^(Last |Added |Met |They helped you|Birthday|Turns |Turned |Knows |It’s been a while)/,
      );
    }
    // The list takes turns across reasons, so a demo week has more than one kind.
    expect(new Set(reasons.map((reason) => reason.split(' ')[0])).size).toBeGreaterThan(1);
    await expect(
      page.getByRole('complementary', { name: 'Your network at a glance' }),
    ).toContainText('New people this quarter');
  });

  test('logging from an item marks it done, and it stays done after a reload', async ({ page }) => {
    const list = await openWithDemo(page);
    const item = list.getByRole('listitem').nth(2);
    const name = (await item.locator('.week-item-name').textContent()) ?? '';
    expect(name).not.toBe('');

    await item.getByRole('button', { name: `Log a touch with ${name}` }).click();
    const sheet = page.getByRole('dialog', { name: 'Log a touch' });
    await expect(sheet.getByRole('list', { name: 'Selected people' })).toContainText(name);
    await sheet.getByRole('button', { name: 'Save' }).click();
    await expect(sheet).toBeHidden();

    const sameItem = list.getByRole('listitem', { name });
    await expect(sameItem.getByText('Done', { exact: true })).toBeVisible();
    await expect(page.getByText('1 of 7 handled: 1 logged · 6 left')).toBeVisible();

    await page.reload();
    await expectAppRendered(page);
    await expect(
      list.getByRole('listitem', { name }).getByText('Done', { exact: true }),
    ).toBeVisible();
    await expect(page.getByText('1 of 7 handled: 1 logged · 6 left')).toBeVisible();
    // Still in third place: the list does not reshuffle as items are done.
    expect((await namesOn(list))[2]).toBe(name);
  });

  test('a snoozed person leaves the list until the snooze date', async ({ page }) => {
    const list = await openWithDemo(page);
    const before = await namesOn(list);
    // Someone whose reason lasts beyond a week: the give-back or goal reasons do.
    const reasons = await list.locator('.week-item-reason').allTextContents();
    const index = reasons.findIndex((reason) => /^(They helped you|Knows )/.test(reason));
    expect(index).toBeGreaterThanOrEqual(0);
    const name = before[index] ?? '';
    const item = list.getByRole('listitem', { name });

    await item.getByRole('button', { name: `Snooze ${name}` }).click();
    await item.getByRole('button', { name: 'Pick a date' }).click();
    await item.getByLabel('Snooze until').fill('2025-06-23');
    await item.getByRole('button', { name: 'Snooze', exact: true }).click();

    // This week it stays in its place, marked.
    await expect(item.getByText('Snoozed until Mon, June 23')).toBeVisible();
    expect(await namesOn(list)).toEqual(before);

    // Next week's list is made without them…
    const nextWeek = await reopenAt(page, NEXT_MONDAY);
    await expect(page.getByText('June 16 – 22')).toBeVisible();
    await expect(nextWeek.getByRole('listitem').first()).toBeVisible();
    expect(await namesOn(nextWeek)).not.toContain(name);

    // …and on the snooze date they are back.
    const weekAfter = await reopenAt(page, MONDAY_AFTER);
    await expect(page.getByText('June 23 – 29')).toBeVisible();
    await expect(weekAfter.getByRole('listitem', { name })).toBeVisible();
  });
});
