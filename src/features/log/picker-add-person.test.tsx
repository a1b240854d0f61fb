import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { readAllTouches } from '../../db/reads/touches';
import { MAX_CHARS } from '../../domain/field-limits';
import { renderShell, setUpLogTest } from '../../../tests/support/log-screen';

beforeEach(async () => {
  await setUpLogTest();
});

type User = ReturnType<typeof userEvent.setup>;

// The sheet's code loads on its first opening; on a busy machine that alone can pass the
// one second findBy waits by default.
const SHEET_LOAD = { timeout: 10_000 };
/** A write, then the live read that shows it: likewise more than a second when busy. */
const AFTER_WRITE = { timeout: 10_000 };

async function openSheet(user: User) {
  await user.click(screen.getByRole('button', { name: 'Open log' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log a touch' }, SHEET_LOAD);
  const picker = within(dialog).getByRole('combobox', { name: 'With whom?' });
  await waitFor(() => {
    expect(picker).toHaveFocus();
  });
  return { dialog, picker };
}

async function addedPeople() {
  return db.contacts.filter((person) => person.givenName === 'Greta').toArray();
}

// Each test opens the lazily loaded sheet, types, and writes: about a second when the
// machine is idle, so a budget that holds when its cores are busy.
describe('adding a person from the picker', { timeout: 15_000 }, () => {
  it('offers the typed name as a new person when no one matches, and Enter adds and picks them', async () => {
    const user = userEvent.setup();
    renderShell();
    const { dialog, picker } = await openSheet(user);
    await user.keyboard('Greta van Garbo');

    const option = await within(dialog).findByRole('option', {
      name: 'Add “Greta van Garbo” as a new person',
    });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(picker).toHaveAttribute('aria-activedescendant', option.id);
    expect(within(dialog).getByText('No one matches “Greta van Garbo”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(
      await within(dialog).findByRole('button', { name: 'Remove Greta van Garbo' }, AFTER_WRITE),
    ).toBeVisible();
    expect(picker).toHaveValue('');
    const [greta] = await addedPeople();
    expect(greta).toMatchObject({
      givenName: 'Greta',
      familyName: 'van Garbo',
      tier: 'active',
      source: 'manual',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Logged coffee with Greta van Garbo', {}, AFTER_WRITE),
    ).toBeInTheDocument();
    expect((await readAllTouches())[0]?.participantIds).toEqual([greta?.id]);

    // Undo takes back the touch; the person, added on purpose, stays.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      expect((await readAllTouches())[0]?.deletedAt).toBeDefined();
    });
    const kept = await db.contacts.get(greta?.id ?? '');
    expect(kept?.givenName).toBe('Greta');
    expect(kept?.deletedAt).toBeUndefined();
  });

  it('adds by a tap on the option too, and offers nothing while someone matches', async () => {
    const user = userEvent.setup();
    renderShell();
    const { dialog } = await openSheet(user);
    await user.keyboard('an');
    expect(await within(dialog).findByRole('option', { name: 'Anna Berg' })).toBeVisible();
    expect(within(dialog).queryByRole('option', { name: /as a new person/ })).toBeNull();

    await user.keyboard('{Backspace}{Backspace}Greta');
    await user.click(
      await within(dialog).findByRole('option', { name: 'Add “Greta” as a new person' }),
    );
    expect(
      await within(dialog).findByRole('button', { name: 'Remove Greta' }, AFTER_WRITE),
    ).toBeVisible();
    expect(await addedPeople()).toMatchObject([{ givenName: 'Greta', familyName: '' }]);
  });

  it('says why a name past the limit cannot be added, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderShell();
    const { dialog, picker } = await openSheet(user);
    const long = 'G'.repeat(MAX_CHARS.givenName + 1);
    // Pasted, as nobody types a thousand letters.
    await user.paste(long);
    await within(dialog).findByRole('option', { name: /as a new person/ });
    await user.keyboard('{Enter}');

    expect(await within(dialog).findByRole('alert', {}, AFTER_WRITE)).toHaveTextContent(
      /A name can be at most .* characters long/,
    );
    expect(picker).toHaveValue(long);
    expect(await db.contacts.count()).toBe(5);
    // Shortening the name takes the message away.
    await user.keyboard('{Backspace}');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
