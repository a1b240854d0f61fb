// Steps the browser tests take through the app's own forms, shared so that a change to the
// person form or the log sheet is followed in one place.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type NewPerson = {
  given: string;
  family: string;
  expertise?: string;
  notes?: string;
  /** Typed into "Met via" and picked from its suggestions. */
  metVia?: string;
};

/** Adds a person through the Add a person form; returns the address of their page. */
export async function addPerson(page: Page, person: NewPerson): Promise<string> {
  await page.goto('/people/new');
  await page.getByRole('textbox', { name: 'Given name' }).fill(person.given);
  await page.getByRole('textbox', { name: 'Family name' }).fill(person.family);
  if (person.expertise) {
    await page.getByRole('textbox', { name: 'Expertise' }).fill(person.expertise);
  }
  if (person.notes) await page.getByRole('textbox', { name: 'Notes' }).fill(person.notes);
  if (person.metVia) {
    await page.getByRole('combobox', { name: 'Met via' }).fill(person.metVia);
    await page.getByRole('option', { name: new RegExp(person.metVia) }).click();
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** A coffee now with the person whose page is open: a warm tie from today. */
export async function logCoffeeHere(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log a touch' }).first().click();
  const sheet = page.getByRole('dialog', { name: 'Log a touch' });
  await expect(sheet.getByRole('radio', { name: 'Coffee' })).toBeChecked();
  await sheet.getByRole('button', { name: 'Save' }).click();
  await expect(sheet).toBeHidden();
}
