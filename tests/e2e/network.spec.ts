// The network graph on the demo network, in the production build: it draws, a person can be
// selected through the search box and with the keyboard, filters change what is shown and
// the list view shows the same people, it works with the server gone, and the canvas has an
// accessible name.
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAppRendered, waitForServiceWorkerControl } from './fixtures';

test.use({ locale: 'en-US' });

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: 'Explore with a demo network' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('list', { name: 'People to reach out to this week' })).toBeVisible();
}

function graphCanvas(page: Page): Locator {
  return page.getByRole('application', { name: /^Network graph of \d+ people$/ });
}

/** Opens the network screen and waits until the first layout has come to rest. */
async function openNetwork(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Network' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  const canvas = graphCanvas(page);
  await expect(canvas).toHaveAttribute('data-layout', 'settled', { timeout: 30_000 });
  return canvas;
}

/** How many of the canvas's pixels have been painted (the background is transparent). */
async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    if (!(element instanceof HTMLCanvasElement)) return 0;
    const context = element.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted++;
    return painted;
  });
}

async function shownCount(canvas: Locator): Promise<number> {
  return Number(await canvas.getAttribute('data-shown-count'));
}

function selectionCard(page: Page): Locator {
  return page.getByRole('region', { name: 'Selected person' });
}

test.describe('the network graph', () => {
  test('draws the demo network on a named canvas, and draws nothing while idle', async ({
    page,
  }) => {
    await loadDemo(page);
    const canvas = await openNetwork(page);

    const count = await shownCount(canvas);
    expect(count).toBeGreaterThan(100); // the demo has about 150 people
    await expect(canvas).toHaveAccessibleName(`Network graph of ${count} people`);
    await expect(page.getByText(`Showing ${count} of ${count} people`)).toBeVisible();
    // Dots, edges and labels cover a good part of it; a blank canvas has no painted pixel.
    const size = await canvas.evaluate((element) =>
      element instanceof HTMLCanvasElement ? element.width * element.height : 0,
    );
    expect(await paintedPixels(canvas)).toBeGreaterThan(size / 100);

    // At rest, the draw loop stops: no frame is drawn while nothing changes.
    const framesAtRest = await page.evaluate(() => window.__tiesGraphFrames ?? -1);
    expect(framesAtRest).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__tiesGraphFrames)).toBe(framesAtRest);

    // Tab reaches the canvas and moves on past it: the page is not trapped inside.
    await page.getByRole('searchbox', { name: 'Find a person' }).focus();
    await page.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(canvas).not.toBeFocused();
  });

  test('finds a person through the search box and opens their card', async ({ page }) => {
    await loadDemo(page);
    await openNetwork(page);

    const search = page.getByRole('searchbox', { name: 'Find a person' });
    await search.fill('a');
    const results = page.getByRole('list', { name: 'People found' });
    const first = results.getByRole('button').first();
    const name = (await first.locator('.network-result-name').textContent()) ?? '';
    expect(name).not.toBe('');
    await first.click();

    const card = selectionCard(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(card.getByRole('button', { name: `Log a touch with ${name}` })).toBeVisible();
    await card.getByRole('link', { name: `Open ${name}` }).click();
    await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test('moves between people with the arrow keys and opens one with Enter', async ({ page }) => {
    await loadDemo(page);
    const canvas = await openNetwork(page);

    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const card = selectionCard(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('You');
    await page.keyboard.press('ArrowRight');
    const heading = card.getByRole('heading', { level: 2 });
    await expect(heading).not.toHaveText('You');
    const name = (await heading.textContent()) ?? '';
    await expect(canvas).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test('on a phone the filters start folded, so the graph is in the first screenful', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await loadDemo(page);
    const canvas = await openNetwork(page);
    const status = page.getByRole('combobox', { name: 'Status' });
    await expect(status).toBeHidden();
    const box = await canvas.boundingBox();
    expect(box?.y).toBeLessThan(740 / 2);

    await page.locator('summary', { hasText: 'Filters' }).click();
    await expect(status).toBeVisible();
    await status.selectOption({ label: 'Overdue' });
    await expect(page.locator('summary', { hasText: 'Filters · 1 active' })).toBeVisible();
  });

  test('a filter changes who is shown, and the list view shows the same people', async ({
    page,
  }) => {
    await loadDemo(page);
    const canvas = await openNetwork(page);
    const everyone = await shownCount(canvas);

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Overdue' });
    await expect.poll(() => shownCount(canvas)).toBeLessThan(everyone);
    const overdue = await shownCount(canvas);
    expect(overdue).toBeGreaterThan(0);
    await expect(canvas).toHaveAccessibleName(`Network graph of ${overdue} people`);
    await expect(page.getByText(`Showing ${overdue} of ${everyone} people`)).toBeVisible();

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('list', { name: 'People in the network' });
    await expect(list.getByRole('listitem')).toHaveCount(overdue);
    const statuses = await list
      .locator('.tie-badge')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['overdue']));

    // Back on the graph the filter still holds.
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect(graphCanvas(page)).toHaveAttribute('data-shown-count', String(overdue));
  });

  test('opens and draws with the server gone', async ({ context, page, server }) => {
    await loadDemo(page);
    await waitForServiceWorkerControl(page);
    await openNetwork(page);
    await server.stop();

    const later = await context.newPage();
    await later.goto('/network');
    await expectAppRendered(later);
    const canvas = graphCanvas(later);
    await expect(canvas).toHaveAttribute('data-layout', 'settled', { timeout: 30_000 });
    expect(await paintedPixels(canvas)).toBeGreaterThan(0);
    const shown = await shownCount(canvas);
    expect(shown).toBeGreaterThan(100);
    await later.getByRole('button', { name: 'List', exact: true }).click();
    await expect(
      later.getByRole('list', { name: 'People in the network' }).getByRole('listitem'),
    ).toHaveCount(shown);
  });
});
