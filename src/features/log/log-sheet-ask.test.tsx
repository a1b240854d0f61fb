import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import type { Contact } from '../../domain/types';
import { LOG_DRAFT_STORAGE_KEY, useLogDraftStore } from './log-draft-store';
import { sanitizeDraft } from './touch-draft';
import { renderShell, setUpLogTest } from '../../../tests/support/log-screen';
import { seedGoal } from '../../../tests/support/goals';

let anna: Contact;

beforeEach(async () => {
  ({ anna } = await setUpLogTest());
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

type User = ReturnType<typeof userEvent.setup>;

async function openWithAnna(user: User) {
  await user.click(screen.getByRole('button', { name: 'Open log' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
  await user.keyboard('anna');
  const option = await within(dialog).findByRole('option', { name: 'Anna Berg' });
  await waitFor(() => {
    expect(option).toHaveAttribute('aria-selected', 'true');
  });
  await user.keyboard('{Enter}');
  return dialog;
}

describe('the log sheet with "I asked for help"', () => {
  it('offers what was asked and the goal only once the box is ticked', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openWithAnna(user);
    expect(within(dialog).queryByRole('textbox', { name: 'What did you ask?' })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I asked for help' }));
    expect(within(dialog).getByRole('textbox', { name: 'What did you ask?' })).toBeVisible();
    expect(within(dialog).getByRole('combobox', { name: 'For a goal' })).toBeVisible();
  });

  it('keeps the ask through a failed save, in the tab draft too, and records it on retry', async () => {
    const goal = await seedGoal('Expand into Germany');
    const user = userEvent.setup();
    renderShell();
    const dialog = await openWithAnna(user);
    await user.click(within(dialog).getByRole('checkbox', { name: 'I asked for help' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'What did you ask?' }),
      'A contact at BMW',
    );
    const goalSelect = within(dialog).getByRole('combobox', { name: 'For a goal' });
    await within(goalSelect).findByRole('option', { name: 'Expand into Germany' });
    await user.selectOptions(goalSelect, goal.id);

    const failure = vi
      .spyOn(db, 'transaction')
      .mockImplementation(() =>
        Dexie.Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        ),
      );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('out of space');
    expect(within(dialog).getByRole('textbox', { name: 'What did you ask?' })).toHaveValue(
      'A contact at BMW',
    );
    expect(within(dialog).getByRole('combobox', { name: 'For a goal' })).toHaveValue(goal.id);
    // The tab's stored draft holds them too, so a reload keeps them.
    const stored = JSON.parse(sessionStorage.getItem(LOG_DRAFT_STORAGE_KEY) ?? '{}') as {
      state?: { draft?: unknown };
    };
    expect(sanitizeDraft(stored.state?.draft)).toMatchObject({
      askWhat: 'A contact at BMW',
      askGoalId: goal.id,
    });
    failure.mockRestore();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(await db.asks.toArray()).toEqual([
      expect.objectContaining({
        contactId: anna.id,
        what: 'A contact at BMW',
        goalId: goal.id,
        outcome: 'pending',
      }),
    ]);
    expect(useLogDraftStore.getState().draft.askWhat).toBe('');
  });
});
