import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import { createContact } from '../../db/writes/people';
import PersonPage from './person-page';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  useToastStore.setState({ toasts: [] });
});

function renderPerson(id: string) {
  return render(
    <MemoryRouter initialEntries={[`/people/${id}`]}>
      <Routes>
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

describe('introductions on a person page', () => {
  it('asks Anna to introduce Erik, moves it through each yes to made, back, and undoes', async () => {
    const anna = await createContact({ givenName: 'Anna', familyName: 'Lind' });
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    const user = userEvent.setup();
    renderPerson(anna);
    await user.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'An introduction with Anna Lind' });
    await user.click(
      within(form).getByRole('radio', { name: 'Ask Anna Lind to introduce me to …' }),
    );
    await user.type(within(form).getByRole('combobox', { name: 'Who?' }), 'erik');
    await user.click(await within(form).findByRole('option', { name: /Erik Sund/ }));
    await user.click(within(form).getByRole('button', { name: 'Save the introduction' }));

    const item = await screen.findByRole('group', {
      name: 'Anna Lind introduces you to Erik Sund',
    });
    expect(within(item).getByText('Waiting for Anna Lind’s yes since today')).toBeVisible();

    await user.click(within(item).getByRole('button', { name: 'Anna Lind said yes' }));
    expect(await within(item).findByText('Waiting for Erik Sund’s yes since today')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(item).findByText('Waiting for Anna Lind’s yes since today')).toBeVisible();

    await user.click(within(item).getByRole('button', { name: 'Anna Lind said yes' }));
    await user.click(await within(item).findByRole('button', { name: 'Erik Sund said yes' }));
    expect(
      await within(item).findByText('Both said yes: waiting for Anna Lind to make it since today'),
    ).toBeVisible();
    await user.click(within(item).getByRole('button', { name: 'Introduction made' }));
    expect(await within(item).findByText(/: did you meet\?$/)).toBeVisible();
    expect(within(item).getByRole('button', { name: 'We met' })).toBeVisible();
    const relations = await db.relations.where('fromId').equals(erik).toArray();
    expect(relations).toMatchObject([{ toId: anna, kind: 'introduced-by' }]);

    await user.click(within(item).getByRole('button', { name: 'Back a step' }));
    expect(
      await within(item).findByText('Both said yes: waiting for Anna Lind to make it since today'),
    ).toBeVisible();
    await waitFor(async () => {
      expect((await db.relations.get(relations[0]?.id ?? ''))?.deletedAt).toBeDefined();
    });
  });

  it('shows a pending introduction on the second person’s page too, and Introduced by once made', async () => {
    const anna = await createContact({ givenName: 'Anna', familyName: 'Lind' });
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    await db.introductions.add({
      id: 'intro-1',
      createdAt: 1,
      updatedAt: 1,
      source: 'manual',
      direction: 'for-me',
      firstId: anna,
      secondId: erik,
      note: '',
      state: 'second-agreed',
      stateAt: { asked: 1, 'first-agreed': 2, 'second-agreed': 3 },
    });
    const user = userEvent.setup();
    renderPerson(erik);
    const item = await screen.findByRole('group', {
      name: 'Anna Lind introduces you to Erik Sund',
    });
    expect(screen.queryByText('Introduced by')).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Introduction made' }));
    const line = await screen.findByText('Introduced by', { exact: false });
    expect(line).toHaveTextContent('Introduced by Anna Lind');
    expect(within(line).getByRole('link', { name: 'Anna Lind' })).toHaveAttribute(
      'href',
      `/people/${anna}`,
    );
  });

  it('never offers the person as the other one, and edits the note and the day, with Undo', async () => {
    const anna = await createContact({ givenName: 'Anna', familyName: 'Lind' });
    const erik = await createContact({ givenName: 'Erik', familyName: 'Sund' });
    await createContact({ givenName: 'Bo', familyName: 'Lind' });
    const user = userEvent.setup();
    renderPerson(anna);
    await user.click(await screen.findByRole('button', { name: 'Introduce…' }));
    const form = screen.getByRole('form', { name: 'An introduction with Anna Lind' });
    const picker = within(form).getByRole('combobox', { name: 'Who?' });
    await user.type(picker, 'lind');
    expect(await within(form).findByRole('option', { name: /Bo Lind/ })).toBeVisible();
    expect(within(form).queryByRole('option', { name: /Anna Lind/ })).toBeNull();
    await user.clear(picker);
    await user.type(picker, 'erik');
    await user.click(await within(form).findByRole('option', { name: /Erik Sund/ }));
    await user.click(within(form).getByRole('button', { name: 'Save the introduction' }));

    const title = 'You introduce Anna Lind to Erik Sund';
    const item = await screen.findByRole('group', { name: title });
    await user.click(within(item).getByRole('button', { name: 'Edit' }));
    const edit = screen.getByRole('form', { name: `Edit: ${title}` });
    await user.type(within(edit).getByLabelText('Note'), 'Both in logistics');
    const day = within(edit).getByLabelText('Day of this step');
    await user.clear(day);
    await user.type(day, '2999-01-01');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    // A day to come is refused, and what was typed stays.
    expect(
      within(edit).getByText('That day has not come yet: choose today or an earlier day.'),
    ).toBeVisible();
    expect(within(edit).getByLabelText('Note')).toHaveValue('Both in logistics');
    await user.clear(day);
    await user.type(day, '2026-01-05');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

    const saved = await screen.findByRole('group', { name: title });
    expect(await within(saved).findByText('Both in logistics')).toBeVisible();
    const [stored] = await db.introductions.where('firstId').equals(anna).toArray();
    expect(stored?.note).toBe('Both in logistics');
    expect(new Date(stored?.stateAt.asked ?? 0).getFullYear()).toBe(2026);
    expect(stored?.secondId).toBe(erik);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => {
      expect(within(saved).queryByText('Both in logistics')).toBeNull();
    });
    expect((await db.introductions.get(stored?.id ?? ''))?.note).toBe('');
  });
});
