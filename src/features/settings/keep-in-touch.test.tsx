// Settings › Keeping in touch: tier cadences (saving them recomputes everyone's next due
// time), the weekly list's size and the week start, with messages for numbers out of range.
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { DEFAULT_SETTINGS } from '../../domain/types';
import SettingsPage from './settings-page';
import { I18nProvider } from '../../i18n/i18n-provider';
import { freshDatabase } from '../../../tests/support/log-seed';
import { noonDaysAgo, touchedDaysAgo } from '../../../tests/support/tie-seed';

const DAY_MS = 86_400_000;

beforeEach(async () => {
  await freshDatabase();
});

async function replace(label: string, text: string) {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('Settings › Keeping in touch', () => {
  it('shows the current cadences, list size and week start', async () => {
    render(<SettingsPage />, { wrapper: MemoryRouter });
    expect(await screen.findByRole('heading', { name: 'Keeping in touch' })).toBeVisible();
    expect(screen.getByLabelText('Inner circle (about 5 people)')).toHaveValue('14');
    expect(screen.getByLabelText('Close (about 15)')).toHaveValue('30');
    expect(screen.getByLabelText('Acquaintance')).toHaveValue('365');
    expect(screen.getByLabelText('People on the weekly list')).toHaveValue('7');
    expect(screen.getByRole('combobox', { name: 'Weeks start on' })).toHaveDisplayValue('Monday');
    expect(screen.getAllByRole('option')).toHaveLength(7);
  });

  it('saves new cadences and moves everyone’s due date in the same step', async () => {
    const anna = touchedDaysAgo('Anna', 'Berg', 10, { nextDueAt: noonDaysAgo(10) + 30 * DAY_MS });
    const bo = touchedDaysAgo('Bo', 'Ek', 10, { tier: 'acquaintance' });
    await db.contacts.bulkAdd([anna, bo]);
    render(<SettingsPage />, { wrapper: MemoryRouter });
    await replace('Close (about 15)', '21');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'No set rhythm for acquaintances' }),
    );
    expect(screen.getByLabelText('Acquaintance')).toBeDisabled();
    await save();

    expect(
      await screen.findByText('Saved. Everyone’s due dates now follow these rhythms.'),
    ).toBeVisible();
    const settings = await db.settings.get('settings');
    expect(settings?.tierCadenceDays).toEqual({
      ...DEFAULT_SETTINGS.tierCadenceDays,
      close: 21,
      acquaintance: null,
    });
    expect((await db.contacts.get(anna.id))?.nextDueAt).toBe(noonDaysAgo(10) + 21 * DAY_MS);
    expect((await db.contacts.get(bo.id))?.nextDueAt).toBeUndefined();
  });

  it('saves the list size and the first day of the week', async () => {
    render(<SettingsPage />, { wrapper: MemoryRouter });
    await replace('People on the weekly list', '10');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Weeks start on' }), '0');
    await save();
    await waitFor(async () => {
      expect(await db.settings.get('settings')).toMatchObject({ listSize: 10, weekStartDay: 0 });
    });
  });

  it('names numbers out of range, focuses the first and saves nothing', async () => {
    render(<SettingsPage />, { wrapper: MemoryRouter });
    await replace('Inner circle (about 5 people)', '0');
    await replace('Wide (about 150)', '');
    await replace('People on the weekly list', '11');
    await save();

    const inner = screen.getByLabelText('Inner circle (about 5 people)');
    expect(inner).toHaveAttribute('aria-invalid', 'true');
    expect(inner).toHaveAccessibleDescription('Enter a whole number of days from 1 to 3,650. days');
    expect(inner).toHaveFocus();
    expect(screen.getByLabelText('Wide (about 150)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('People on the weekly list')).toHaveAccessibleDescription(
      'Enter a whole number from 5 to 10. From 5 to 10.',
    );
    expect(screen.getByText('Please fix 3 fields.')).toBeVisible();
    expect(await db.settings.get('settings')).toMatchObject({
      tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays,
      listSize: DEFAULT_SETTINGS.listSize,
    });
  });

  it('speaks Swedish, weekdays included', async () => {
    render(
      <I18nProvider language="sv">
        <SettingsPage />
      </I18nProvider>,
      { wrapper: MemoryRouter },
    );
    expect(await screen.findByRole('heading', { name: 'Hålla kontakten' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Veckan börjar på' })).toHaveDisplayValue('måndag');
    expect(screen.getByLabelText('Personer på veckolistan')).toHaveValue('7');
  });
});
