// Labels of phones and e-mails in the production build, with Chromium's real IndexedDB: an
// iPhone export read into an empty profile shows its labels on the person page, a label
// edited in the form holds after a reload, and the vCard export writes Apple's labels back.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, readStores, startEmpty, test } from './fixtures';

const IPHONE_EXPORT = new URL('../fixtures/real-exports/iphone-contacts.vcf', import.meta.url);

async function personId(page: Page, givenName: string): Promise<string> {
  const { contacts = [] } = await readStores(page, 'ties', ['contacts']);
  const person = contacts.find((contact) => contact.givenName === givenName);
  if (typeof person?.id !== 'string') throw new Error(`${givenName} is not stored`);
  return person.id;
}

test('labels from an iPhone export are shown, edited and exported again', async ({ page }) => {
  await startEmpty(page);
  await page.goto('/settings/data');
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'iphone-contacts.vcf',
    mimeType: 'text/vcard',
    buffer: await readFile(IPHONE_EXPORT),
  });
  await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  const maja = await personId(page, 'Maja');
  await page.goto(`/people/${maja}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Maja Öberg' })).toBeVisible();
  const entry = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await expect(entry('+46 70 123 45 67')).toHaveText('+46 70 123 45 67 Styrelse');
  await expect(entry('+46 70 765 43 21')).toHaveText('+46 70 765 43 21 Mobile');
  await expect(entry('+46 73 555 01 02')).toHaveText('+46 73 555 01 02 WhatsApp');
  await expect(entry('maja.oberg@ericsson.example')).toHaveText('maja.oberg@ericsson.example Work');
  await expect(entry('maja@oberg.example')).toHaveText('maja@oberg.example Home');

  await page.goto(`/people/${maja}/edit`);
  const kind = page.getByLabel('Label of phone 2', { exact: true });
  await expect(kind).toHaveValue('mobile');
  await kind.selectOption({ label: 'Custom…' });
  await page.getByLabel('Own label of phone 2', { exact: true }).fill('Jobbmobil');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${maja}$`));
  await page.reload();
  await expect(entry('+46 70 765 43 21')).toHaveText('+46 70 765 43 21 Jobbmobil');
  await expect(entry('+46 70 123 45 67')).toHaveText('+46 70 123 45 67 Styrelse');

  await page.goto('/settings/data');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download vCard (.vcf)' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const card = text.split('END:VCARD').find((part) => part.includes('FN:Maja Öberg')) ?? '';
  expect(card).toMatch(/^item\d+\.X-ABLabel:Styrelse\r$/m);
  expect(card).toMatch(/^item\d+\.X-ABLabel:Jobbmobil\r$/m);
  expect(card).toMatch(/^item\d+\.X-ABLabel:WhatsApp\r$/m);
  expect(card).toContain('EMAIL;TYPE=INTERNET;TYPE=WORK:maja.oberg@ericsson.example\r\n');
});
