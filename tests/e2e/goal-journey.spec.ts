// A goal from start to thanks, in the production build with real IndexedDB, on an empty
// profile filled through the app's own screens: a goal needing two kinds of expertise has a
// warm tie for one and, for the other, a path through a colleague; one tap requests that
// introduction, both people say yes, it is made, and the new person's page says who
// introduced them. An ask to the warm tie is marked helped, and the next week This week says
// thank you. The clock is fixed (and moved on a week at the end), so every run is the same.
import type { Page } from '@playwright/test';
import { test, expect, startEmpty } from './fixtures';
import { addPerson, logCoffeeHere } from './people-steps';

const MONDAY = new Date('2026-12-07T09:00:00');
/** The Monday after, early: the help was 6 days and 22 hours ago. */
const NEXT_MONDAY = new Date('2026-12-14T07:00:00');

test.use({ timezoneId: 'Europe/Stockholm', locale: 'en-US' });

async function pickSuggestion(page: Page, typed: string, label: string) {
  await page.getByRole('textbox', { name: 'Needed expertise' }).fill(typed);
  await page
    .getByRole('group', { name: 'Expertise people already have' })
    .getByRole('button', { name: label })
    .click();
}

test('a goal: a warm advisor, an introduction through a colleague, an ask that helped, and thanks next week', async ({
  page,
}) => {
  // Three people added and two touches logged through the forms, a goal, an introduction
  // through four states, an ask settled and a new week's plan: many writes and live
  // re-renders on two shared cores.
  test.setTimeout(150_000);
  await page.clock.install({ time: MONDAY });
  await startEmpty(page);

  const annaPage = await addPerson(page, { given: 'Anna', family: 'Berg' });
  await logCoffeeHere(page);
  await addPerson(page, { given: 'Erik', family: 'Ek', expertise: 'Förhandling' });
  await logCoffeeHere(page);
  const karinPage = await addPerson(page, {
    given: 'Karin',
    family: 'Lund',
    expertise: 'Tax law',
    metVia: 'Anna',
  });

  await test.step('a goal needing both: Erik covers one, a path through Anna the other', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Your goals' }).click();
    await page.getByRole('link', { name: 'Add a goal' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Expand into Germany');
    await pickSuggestion(page, 'forhand', 'Förhandling');
    await pickSuggestion(page, 'tax', 'Tax law');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Expand into Germany' }),
    ).toBeVisible();
    await expect(page.getByText('Help within 24 hours for 1 of 2 needs')).toBeVisible();
    const negotiation = page.getByRole('region', { name: 'Förhandling' });
    await expect(negotiation.getByText('Erik Ek 24-hour advisor')).toBeVisible();
    const taxLaw = page.getByRole('region', { name: 'Tax law' });
    await expect(
      taxLaw.getByRole('link', {
        name: 'Ask Anna Berg to introduce you to Karin Lund (they met through each other)',
      }),
    ).toBeVisible();
  });

  await test.step('one tap requests the introduction; Anna and Karin say yes; it is made', async () => {
    const taxLaw = page.getByRole('region', { name: 'Tax law' });
    await taxLaw.getByRole('button', { name: 'Request this introduction' }).click();
    await taxLaw.getByRole('link', { name: 'Requested: see Anna Berg’s page' }).click();
    await expect(page).toHaveURL(new RegExp(`${annaPage}$`));
    const item = page.getByRole('group', { name: 'Anna Berg introduces you to Karin Lund' });
    await expect(item.getByText('Waiting for Anna Berg’s yes since today')).toBeVisible();
    await item.getByRole('button', { name: 'Anna Berg said yes' }).click();
    await item.getByRole('button', { name: 'Karin Lund said yes' }).click();
    await item.getByRole('button', { name: 'Introduction made' }).click();
    await expect(item.getByText('Made on Dec 7: did you meet?')).toBeVisible();
    await page.goto(karinPage);
    await expect(page.locator('.person-introduced-by')).toHaveText('Introduced by Anna Berg');
  });

  await test.step('an ask to Erik from the goal, marked helped', async () => {
    await page.goto('/goals');
    await page.getByRole('link', { name: 'Expand into Germany' }).click();
    await page.getByRole('link', { name: 'Ask Erik Ek for help with this goal' }).click();
    const form = page.getByRole('form', { name: 'Ask Erik Ek for help' });
    await expect(form.getByRole('combobox', { name: 'For a goal' })).toHaveValue(/.+/);
    await form.getByRole('textbox', { name: 'What did you ask?' }).fill('A lawyer in Munich');
    await form.getByRole('button', { name: 'Save the ask' }).click();
    const asks = page.getByRole('region', { name: 'Asks for help' });
    await asks.getByRole('button', { name: 'Helped' }).click();
    await expect(asks.getByText(/^Helped on /)).toBeVisible();
  });

  await test.step('next week, This week says thank you to Erik', async () => {
    await page.clock.setSystemTime(NEXT_MONDAY);
    await page.goto('/');
    await expect(
      page.getByText('Thank Erik Ek: they helped with “Expand into Germany”'),
    ).toBeVisible();
  });
});
