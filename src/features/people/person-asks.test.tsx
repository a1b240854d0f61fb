import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import { readLiveTouchesOf } from '../../db/reads/touches';
import { createContact } from '../../db/writes/people';
import { seedGoal } from '../../../tests/support/goals';
import PersonPage from './person-page';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  useToastStore.setState({ toasts: [] });
});

function renderPerson(id: string, search = '') {
  return render(
    <MemoryRouter initialEntries={[`/people/${id}${search}`]}>
      <Routes>
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

type User = ReturnType<typeof userEvent.setup>;

async function askErik(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Ask for help' }));
  const form = screen.getByRole('form', { name: 'Ask Erik Sund for help' });
  await user.type(within(form).getByRole('textbox', { name: 'What did you ask?' }), 'Intro to BMW');
  const goalSelect = within(form).getByRole('combobox', { name: 'For a goal' });
  await within(goalSelect).findByRole('option', { name: 'Expand into Germany' });
  await user.selectOptions(goalSelect, 'goal-Expand into Germany');
  await user.click(within(form).getByRole('button', { name: 'Save the ask' }));
  return screen.findByRole('region', { name: 'Asks for help' });
}

/** The toast saying `text`: each has its own Undo, and several can be on screen. */
async function toastWith(text: string): Promise<HTMLElement> {
  const toast = (await screen.findByText(text)).closest('.toast');
  if (!(toast instanceof HTMLElement)) throw new Error(`no toast "${text}"`);
  return toast;
}

const helpReceived = async (id: string) =>
  (await readLiveTouchesOf(id)).filter((touch) => touch.received.includes('help'));

describe('asks for help on a person page', () => {
  it('opens the ask form with the goal chosen when it comes from a goal (?ask=)', async () => {
    const goal = await seedGoal('Expand into Germany');
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    renderPerson(erik, `?ask=${goal.id}`);
    const form = await screen.findByRole('form', { name: 'Ask Erik Sund for help' });
    const goalSelect = within(form).getByRole('combobox', { name: 'For a goal' });
    await within(goalSelect).findByRole('option', { name: 'Expand into Germany' });
    expect(goalSelect).toHaveValue(goal.id);
  });

  it('logs an ask, marks it helped as help received, and Undo takes that back', async () => {
    await seedGoal('Expand into Germany');
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    const user = userEvent.setup();
    renderPerson(erik);
    const section = await askErik(user);
    expect(within(section).getByText('Intro to BMW')).toBeVisible();
    expect(await within(section).findByText(/for “Expand into Germany”/)).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Helped' }));
    expect(await within(section).findByText(/^Helped on /)).toBeVisible();
    expect(await helpReceived(erik)).toHaveLength(1);
    expect((await helpReceived(erik))[0]?.note).toBe('Expand into Germany');

    await user.click(
      within(await toastWith('Erik Sund helped: counted as help received')).getByRole('button', {
        name: 'Undo',
      }),
    );
    expect(await within(section).findByRole('button', { name: 'Helped' })).toBeVisible();
    await waitFor(async () => {
      expect(await helpReceived(erik)).toHaveLength(0);
    });
    expect((await db.asks.toArray())[0]?.outcome).toBe('pending');
  });

  it('settles an ask as declined, reopens it, and deletes it with Undo', async () => {
    await seedGoal('Expand into Germany');
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    const user = userEvent.setup();
    renderPerson(erik);
    const section = await askErik(user);
    await user.click(within(section).getByRole('button', { name: 'Declined' }));
    expect(await within(section).findByText(/^Declined on /)).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Reopen' }));
    expect(await within(section).findByRole('button', { name: 'No answer' })).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Asks for help' })).toBeNull();
    });
    // The Undo of the delete's own toast, not of an earlier one still fading.
    await user.click(within(await toastWith('Ask deleted')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      expect((await db.asks.toArray())[0]?.deletedAt).toBeUndefined();
    });
    expect(await screen.findByRole('region', { name: 'Asks for help' })).toBeVisible();
  });

  it('takes back an ask just logged from its toast, with the touch it was made in', async () => {
    await seedGoal('Expand into Germany');
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    const user = userEvent.setup();
    renderPerson(erik);
    const section = await askErik(user);
    expect(within(section).getByText('Intro to BMW')).toBeVisible();
    expect(await readLiveTouchesOf(erik)).toHaveLength(1);

    await user.click(
      within(await toastWith('Ask to Erik Sund saved')).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Asks for help' })).toBeNull();
    });
    expect(await readLiveTouchesOf(erik)).toHaveLength(0);
    expect((await db.asks.toArray())[0]?.deletedAt).toBeDefined();
  });

  it('says what is wrong with a day in the future and saves nothing', async () => {
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    const user = userEvent.setup();
    renderPerson(erik);
    await user.click(await screen.findByRole('button', { name: 'Ask for help' }));
    const form = screen.getByRole('form', { name: 'Ask Erik Sund for help' });
    await user.type(within(form).getByRole('textbox', { name: 'What did you ask?' }), 'Advice');
    const day = within(form).getByLabelText('When');
    await user.clear(day);
    await user.type(day, '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save the ask' }));
    expect(
      await within(form).findByText('That day has not come yet: choose today or an earlier day.'),
    ).toBeVisible();
    expect(within(form).getByRole('textbox', { name: 'What did you ask?' })).toHaveValue('Advice');
    expect(await db.asks.count()).toBe(0);
  });
});
