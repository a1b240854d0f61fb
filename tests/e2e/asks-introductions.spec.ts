// Asks for help and introductions from a person's page, in the production build with real
// IndexedDB: an introduction asked of Anna goes through both yeses to made, and Erik's page
// then says who introduced him; an ask to Erik marked helped shows as help in his timeline.
import { test, expect, startEmpty } from './fixtures';
import { addPerson } from './people-steps';

test.describe('Asks and introductions on a person page', () => {
  test('an introduction asked of Anna is made, and Erik was introduced by Anna; an ask to Erik helped', async ({
    page,
  }) => {
    // Two people added through the form, an introduction walked through four states and an
    // ask settled, each a write and a live re-render on two shared cores.
    test.setTimeout(90_000);
    await page.clock.install({ time: new Date('2026-12-07T09:00:00') });
    await startEmpty(page);
    const annaPage = await addPerson(page, { given: 'Anna', family: 'Lind' });
    const erikPage = await addPerson(page, { given: 'Erik', family: 'Sund' });

    await test.step('ask Anna to introduce me to Erik', async () => {
      await page.goto(annaPage);
      await page.getByRole('button', { name: 'Introduce…' }).click();
      const form = page.getByRole('form', { name: 'An introduction with Anna Lind' });
      await form.getByRole('radio', { name: 'Ask Anna Lind to introduce me to …' }).check();
      await form.getByRole('combobox', { name: 'Who?' }).fill('Erik');
      await form.getByRole('option', { name: /Erik Sund/ }).click();
      await form.getByRole('button', { name: 'Save the introduction' }).click();
      await expect(form).toHaveCount(0);
    });

    const item = page.getByRole('group', { name: 'Anna Lind introduces you to Erik Sund' });
    await test.step('Anna agrees, then Erik, then it is made', async () => {
      await expect(item.getByText('Waiting for Anna Lind’s yes since today')).toBeVisible();
      await item.getByRole('button', { name: 'Anna Lind said yes' }).click();
      await expect(item.getByText('Waiting for Erik Sund’s yes since today')).toBeVisible();
    });

    await test.step('the pending introduction shows on Erik’s page too', async () => {
      await page.goto(erikPage);
      await expect(item.getByText('Waiting for Erik Sund’s yes since today')).toBeVisible();
      await item.getByRole('button', { name: 'Erik Sund said yes' }).click();
      await expect(
        item.getByText('Both said yes: waiting for Anna Lind to make it since today'),
      ).toBeVisible();
      await expect(page.getByText('Introduced by')).toHaveCount(0);
      await item.getByRole('button', { name: 'Introduction made' }).click();
      await expect(item.getByText('Made on Dec 7: did you meet?')).toBeVisible();
    });

    await test.step('Erik’s page says Anna introduced him, and he met the user via Anna', async () => {
      await expect(page.locator('.person-introduced-by')).toHaveText('Introduced by Anna Lind');
      const details = page.getByRole('region', { name: 'Details' });
      await expect(details.getByRole('link', { name: 'Anna Lind' })).toBeVisible();
      await page.reload();
      await expect(page.locator('.person-introduced-by')).toHaveText('Introduced by Anna Lind');
    });

    await test.step('an ask to Erik, marked helped, is help received in his timeline', async () => {
      await page.getByRole('button', { name: 'Ask for help' }).click();
      const form = page.getByRole('form', { name: 'Ask Erik Sund for help' });
      await form.getByRole('textbox', { name: 'What did you ask?' }).fill('A contact at BMW');
      await form.getByRole('button', { name: 'Save the ask' }).click();
      const asks = page.getByRole('region', { name: 'Asks for help' });
      await asks.getByRole('button', { name: 'Helped' }).click();
      await expect(asks.getByText('Helped on', { exact: false })).toBeVisible();
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await expect(timeline.getByText('They helped')).toBeVisible();
      await expect(timeline.getByText('A contact at BMW').first()).toBeVisible();
    });

    await test.step('on a 360 px phone nothing runs off the side', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('button', { name: 'Introduce…' }).click();
      await page.getByRole('button', { name: 'Ask for help' }).click();
      await expect(page.getByRole('form', { name: 'Ask Erik Sund for help' })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
