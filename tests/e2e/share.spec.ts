// Sharing a link to people it would help: the share target's address (what the service worker
// sends a shared link to) and the share sheet's POST through the service worker, offline,
// end in one "shared an article" give on each picked person's timeline. The link is only
// ever text: the origin guard (fixtures.ts) fails a test whose pages request anything
// off the app's origin, and each test also watches for the shared link by name.
import type { Page } from '@playwright/test';
import { expect, readStores, test, waitForServiceWorkerControl, type Row } from './fixtures';

test.use({ timezoneId: 'Europe/Stockholm', locale: 'en-US' });

const NOW = new Date('2026-12-07T09:00:00');
const TITLE = 'Supply chain negotiations that work';
const LINK = 'https://articles.example.org/2026/supply-chain-negotiations';

async function openWithDemo(page: Page): Promise<void> {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('button', { name: 'Explore with a demo network' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
}

/** Every request any page of the test makes to the shared link's host. */
function watchLinkRequests(page: Page): string[] {
  const requests: string[] = [];
  page.context().on('request', (request) => {
    if (new URL(request.url()).hostname === new URL(LINK).hostname) requests.push(request.url());
  });
  return requests;
}

/** Ticks the first two suggestions and logs the share; returns the two names. */
async function logWithTwoSuggested(page: Page): Promise<string[]> {
  const suggestions = page.getByRole('group', { name: 'Who might like it' });
  const boxes = suggestions.getByRole('checkbox');
  await expect(boxes.nth(1)).toBeVisible();
  const names: string[] = [];
  for (const index of [0, 1]) {
    const box = boxes.nth(index);
    const label = await box.evaluate((input) => input.closest('label')?.textContent ?? '');
    names.push(label.trim());
    await box.check();
  }
  // Each was suggested for what it says matched.
  await expect(suggestions.locator('.share-matched').first()).toContainText(
    /supply chain|negotiation/,
  );
  await page.getByRole('button', { name: 'Log as given' }).click();
  await expect(
    page.getByText(`Logged: you shared it with ${names[0]} and ${names[1]}`),
  ).toBeVisible();
  return names;
}

/** Each person's page shows the give, with the link in its note. */
async function expectGiveOnTimelines(page: Page, names: readonly string[]): Promise<void> {
  const { contacts } = await readStores(page, 'ties', ['contacts']);
  const nameOf = (row: Row) =>
    String(row.displayName) || `${String(row.givenName)} ${String(row.familyName)}`;
  for (const name of names) {
    const person = contacts?.find((row) => nameOf(row) === name);
    expect(person, name).toBeDefined();
    await page.goto(`/people/${String(person?.id)}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    // The demo network has shared articles of its own: this one is known by its link.
    const give = page.locator('.timeline-item', { hasText: LINK });
    await expect(give).toHaveCount(1);
    await expect(give).toContainText('I shared an article');
    await expect(give.locator('.timeline-note')).toContainText(TITLE);
  }
}

test.describe('Share something', () => {
  test('a link opened at the share target goes to two suggested people', async ({ page }) => {
    const linkRequests = watchLinkRequests(page);
    await openWithDemo(page);
    const query = new URLSearchParams({ title: TITLE, url: LINK });
    await page.goto(`/share?${query.toString()}`);

    const received = page.getByRole('region', { name: 'What you’re sharing' });
    await expect(received.getByText(TITLE)).toBeVisible();
    await expect(received.getByText(LINK)).toBeVisible();
    await expect(page.getByRole('link', { name: LINK })).toHaveCount(0);

    const names = await logWithTwoSuggested(page);
    await expectGiveOnTimelines(page, names);
    expect(linkRequests).toEqual([]);
  });

  test('a link shared from another app arrives through the service worker, offline', async ({
    page,
    server,
  }) => {
    const linkRequests = watchLinkRequests(page);
    await openWithDemo(page);
    await waitForServiceWorkerControl(page);
    await server.stop();

    // What the system share sheet does: a multipart POST of the manifest's text fields.
    await page.evaluate(
      ({ title, url }) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/share-target';
        form.enctype = 'multipart/form-data';
        for (const [name, value] of Object.entries({ title, text: '', url })) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { title: TITLE, url: LINK },
    );

    await expect(page).toHaveURL(/\/share\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('title')).toBe(TITLE);
    expect(url.searchParams.get('url')).toBe(LINK);
    // An empty field is left out of the address.
    expect(url.searchParams.has('text')).toBe(false);
    await expect(
      page.getByRole('region', { name: 'What you’re sharing' }).getByText(LINK),
    ).toBeVisible();

    const names = await logWithTwoSuggested(page);
    await expectGiveOnTimelines(page, names);
    expect(linkRequests).toEqual([]);
  });

  test('This week opens the share screen with a paste box', async ({ page }) => {
    await openWithDemo(page);
    await page.getByRole('link', { name: 'Share something with people it would help' }).click();
    await expect(page).toHaveURL(/\/share$/);
    await expect(page.getByText(/^Nothing shared yet/)).toBeVisible();
    await page.getByRole('textbox', { name: 'Link or text to share' }).fill(`${TITLE} ${LINK}`);
    await expect(page.getByRole('group', { name: 'Who might like it' })).toBeVisible();
  });
});
