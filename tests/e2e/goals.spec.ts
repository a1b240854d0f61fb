// Goals in the production build, on an empty profile filled through the app's own screens:
// two people, one warm (just met for a coffee) with one expertise, one never met with
// another; a goal needing both shows the warm tie as a 24-hour advisor for the first and no
// 24-hour help for the second. The clock is fixed so "warm" and every date are the same on
// every run.
import type { Page } from '@playwright/test';
import { test, expect, startEmpty } from './fixtures';
import { addPerson, logCoffeeHere } from './people-steps';

const NOW = new Date('2026-12-07T09:00:00');

test.use({ timezoneId: 'Europe/Stockholm', locale: 'en-US' });

/** Adds Erik (warm, negotiation) and Karin (never met, tax law); returns their pages. */
async function seedTwoPeople(page: Page) {
  await page.clock.install({ time: NOW });
  await startEmpty(page);
  const erik = await addPerson(page, { given: 'Erik', family: 'Ek', expertise: 'Förhandling' });
  await logCoffeeHere(page);
  const karin = await addPerson(page, { given: 'Karin', family: 'Berg', expertise: 'Tax law' });
  return { erik, karin };
}

/** Creates a goal needing negotiation (picked from the suggestions) and tax law. */
async function addGoal(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Your goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a goal' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Expand into Germany');
  const needs = page.getByRole('textbox', { name: 'Needed expertise' });
  await needs.fill('forhand');
  await page
    .getByRole('group', { name: 'Expertise people already have' })
    .getByRole('button', { name: 'Förhandling' })
    .click();
  await needs.fill('tax');
  await page
    .getByRole('group', { name: 'Expertise people already have' })
    .getByRole('button', { name: 'Tax law' })
    .click();
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expand into Germany' })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** True when the page is no wider than the window: nothing scrolls sideways. */
async function fitsTheWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

test.describe('goals', () => {
  test('a goal shows the warm tie as a 24-hour advisor and the gap, and the person lists the goal', async ({
    page,
  }) => {
    const { erik, karin } = await seedTwoPeople(page);
    const goal = await addGoal(page);

    const negotiation = page.getByRole('region', { name: 'Förhandling' });
    await expect(
      negotiation.getByRole('list', { name: 'Who has it' }).getByRole('listitem'),
    ).toHaveText(['Erik Ek 24-hour advisor Ask']);
    const taxLaw = page.getByRole('region', { name: 'Tax law' });
    await expect(taxLaw.getByText('No 24-hour help for this need yet.')).toBeVisible();
    await expect(taxLaw.getByRole('list', { name: 'Who has it' }).getByRole('listitem')).toHaveText(
      ['Karin Berg Not within 24 hours: weak tie Ask'],
    );
    // She is the way to get help: a tie to warm up.
    await expect(
      taxLaw.getByRole('list', { name: 'Ways to get help' }).getByRole('listitem'),
    ).toHaveText(['Revive: Karin Berg, never in touch']);
    await expect(page.getByText('Help within 24 hours for 1 of 2 needs')).toBeVisible();

    await page.goto(erik);
    const section = page.getByRole('region', { name: 'Goals they can help with' });
    await section.getByRole('link', { name: 'Expand into Germany' }).click();
    await expect(page).toHaveURL(new RegExp(`${goal}$`));
    // Karin has a need of the goal too, so her page lists it as well.
    await page.goto(karin);
    await expect(
      page.getByRole('region', { name: 'Goals they can help with' }).getByRole('link'),
    ).toHaveText(['Expand into Germany']);
  });

  test('in Swedish the Goals screens read in Swedish', async ({ page }) => {
    await seedTwoPeople(page);
    await addGoal(page);
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();

    await page.goto('/');
    await page.getByRole('link', { name: 'Dina mål' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mål' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Aktiva mål' })).toBeVisible();
    await expect(page.getByText('Hjälp inom 24 timmar för 1 av 2 behov')).toBeVisible();
    await page.getByRole('link', { name: 'Expand into Germany' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vem kan hjälpa' })).toBeVisible();
    await expect(page.getByText('Erik Ek Rådgivare inom 24 timmar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Markera som klart' })).toBeVisible();
  });

  test('on a phone-wide screen nothing on the Goals screens scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await seedTwoPeople(page);
    const goal = await addGoal(page);
    // A long unbroken title and need, as a paste might leave them.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(`Expand ${'x'.repeat(80)}`);
    const needs = page.getByRole('textbox', { name: 'Needed expertise' });
    await needs.fill('y'.repeat(80));
    await needs.press('Enter');
    expect(await fitsTheWidth(page)).toBe(true);
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect(page).toHaveURL(new RegExp(`${goal}$`));
    await expect(page.getByText('Help within 24 hours for 1 of 3 needs')).toBeVisible();
    expect(await fitsTheWidth(page)).toBe(true);

    await page.goto('/goals');
    await expect(page.getByText('Help within 24 hours for 1 of 3 needs')).toBeVisible();
    expect(await fitsTheWidth(page)).toBe(true);
    await page.goto('/goals/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New goal' })).toBeVisible();
    expect(await fitsTheWidth(page)).toBe(true);
  });

  test.describe('with a browser that speaks Swedish', () => {
    test.use({ locale: 'sv-SE' });

    test('the demo network brings its goals in Swedish, with people who can help', async ({
      page,
    }) => {
      await page.clock.install({ time: NOW });
      await page.goto('/');
      await expect(page).toHaveURL(/\/welcome$/);
      await page.getByRole('button', { name: 'Utforska med ett demonätverk' }).click();
      await expect(page).toHaveURL(/\/$/);
      await page.getByRole('link', { name: 'Dina mål' }).click();
      const goal = page.getByRole('link', { name: 'Anställa en datachef' });
      await expect(goal).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'Etablera oss på den tyska marknaden' }),
      ).toBeVisible();
      await goal.click();
      // The needs are in Swedish, and people's expertise in the same words meets them.
      const recruiting = page.getByRole('region', { name: 'rekrytering' });
      await expect(
        recruiting.getByRole('list', { name: 'Vem som har den' }).getByRole('listitem').first(),
      ).toBeVisible();
    });
  });
});
