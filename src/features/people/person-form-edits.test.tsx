// The person form while the same person is changed in another tab: writes made straight to
// the database here stand for that tab, as the form's live query sees them the same way.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact, deleteContact, editContact } from '../../db/writes/people';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import PersonFormPage from './person-form-page';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
});

function SavedPerson() {
  const { personId } = useParams();
  return <p>Person page {personId}</p>;
}

function renderForm(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/people/new" element={<PersonFormPage />} />
        <Route path="/people/:personId/edit" element={<PersonFormPage />} />
        <Route path="/people/:personId" element={<SavedPerson />} />
      </Routes>
    </MemoryRouter>,
  );
}

async function openEdit(id: string) {
  const view = renderForm(`/people/${id}/edit`);
  await screen.findByRole('heading', { level: 1, name: /^Edit / });
  return view;
}

async function retype(label: string, text: string) {
  const field = screen.getByRole('textbox', { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the person form, when another tab changes the same person', () => {
  it('takes their change into a field left alone, says so, and saves only what was typed', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme', role: 'CTO' });
    await openEdit(id);
    await retype('Role', 'CEO');

    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }]);
    expect(await screen.findByDisplayValue('Beta AB')).toBe(
      screen.getByRole('textbox', { name: 'Organisation' }),
    );
    expect(
      screen.getByText(
        'Changed in another tab since you opened this form, and updated here: Organisation.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByLabelText('Role')).toHaveValue('CEO');

    await save();
    await screen.findByText(`Person page ${id}`);
    expect(await db.contacts.get(id)).toMatchObject({ organisation: 'Beta AB', role: 'CEO' });
  });

  it('shows each field changed on both sides and saves the version chosen for each', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme', notes: 'Old' });
    await openEdit(id);
    await retype('Organisation', 'Gamma AB');
    await retype('Notes', 'Mine');

    await editContact(id, [
      { field: 'organisation', from: 'Acme', to: 'Beta AB' },
      { field: 'notes', from: 'Old', to: 'Theirs' },
    ]);
    const panel = await screen.findByRole('region', {
      name: 'Changed in another tab while you were editing',
    });
    const organisation = within(panel).getByRole('group', { name: 'Organisation' });
    expect(organisation).toHaveTextContent('BeforeAcme');
    expect(organisation).toHaveTextContent('Other tabBeta AB');
    expect(organisation).toHaveTextContent('YoursGamma AB');
    // What is typed stays on screen until the user chooses.
    expect(screen.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Gamma AB');

    await save();
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'Choose a version for 2 fields first.',
    );
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(await db.contacts.get(id)).toMatchObject({ organisation: 'Beta AB', notes: 'Theirs' });

    await userEvent.click(within(organisation).getByRole('button', { name: 'Keep mine' }));
    const notes = within(panel).getByRole('group', { name: 'Notes' });
    await userEvent.click(within(notes).getByRole('button', { name: 'Take theirs' }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Theirs');
    expect(screen.queryByRole('region', { name: /^Changed in another tab/ })).toBeNull();

    await save();
    await screen.findByText(`Person page ${id}`);
    expect(await db.contacts.get(id)).toMatchObject({ organisation: 'Gamma AB', notes: 'Theirs' });
  });

  it('sees no clash when the other tab saved the same value', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme', role: 'CTO' });
    await openEdit(id);
    await retype('Organisation', 'Beta AB');
    await editContact(id, [
      { field: 'organisation', from: 'Acme', to: 'Beta AB' },
      { field: 'role', from: 'CTO', to: 'CEO' },
    ]);
    // The role, left alone here, shows the other tab's value: the form has seen that save.
    expect(await screen.findByDisplayValue('CEO')).toBe(
      screen.getByRole('textbox', { name: 'Role' }),
    );
    expect(screen.queryByRole('region', { name: /^Changed in another tab/ })).toBeNull();
    await save();
    await screen.findByText(`Person page ${id}`);
    expect(await db.contacts.get(id)).toMatchObject({ organisation: 'Beta AB', role: 'CEO' });
  });

  it('names a person deleted in another tab, keeps the input and can save it anew', async () => {
    const id = await createContact({ givenName: 'Anna', familyName: 'Berg' });
    await openEdit(id);
    await retype('Role', 'Advisor');

    await deleteContact(id);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Anna Berg was deleted in another tab. What you typed is still here',
    );
    expect(screen.getByLabelText('Role')).toHaveValue('Advisor');

    await userEvent.click(screen.getByRole('button', { name: 'Save as a new person' }));
    const shown = await screen.findByText(/^Person page /);
    const saved = (await db.contacts.toArray()).find((person) => person.id !== id);
    expect(shown).toHaveTextContent(`Person page ${saved?.id ?? 'missing'}`);
    expect(saved).toMatchObject({ givenName: 'Anna', familyName: 'Berg', role: 'Advisor' });
    expect((await db.contacts.get(id))?.deletedAt).toBeDefined();
  });
});

describe('the person form’s unsaved input, kept per tab', () => {
  it('comes back after a reload with a note, and can be discarded', async () => {
    const id = await createContact({ givenName: 'Anna', role: 'CTO' });
    const first = await openEdit(id);
    await retype('Role', 'CEO');
    first.unmount(); // the reload: this tab's sessionStorage stays

    await openEdit(id);
    expect(screen.getByLabelText('Role')).toHaveValue('CEO');
    expect(screen.getByText('Your unsaved changes in this form were restored.')).toHaveAttribute(
      'role',
      'status',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Role')).toHaveValue('CTO');
    expect(screen.queryByText('Your unsaved changes in this form were restored.')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps a new person’s input apart from any person’s edit', async () => {
    const id = await createContact({ givenName: 'Anna' });
    const first = renderForm('/people/new');
    await userEvent.type(screen.getByLabelText('Given name'), 'Bo');
    first.unmount();

    const second = await openEdit(id);
    expect(screen.getByLabelText('Given name')).toHaveValue('Anna');
    expect(screen.queryByText('Your unsaved changes in this form were restored.')).toBeNull();
    second.unmount();

    renderForm('/people/new');
    expect(screen.getByLabelText('Given name')).toHaveValue('Bo');
    expect(screen.getByText('Your unsaved changes in this form were restored.')).toBeVisible();
  });

  it('is gone after a save: the form opens with what is stored', async () => {
    const first = renderForm('/people/new');
    await userEvent.type(screen.getByLabelText('Given name'), 'Bo');
    await save();
    await screen.findByText(/^Person page /);
    first.unmount();

    renderForm('/people/new');
    expect(screen.getByLabelText('Given name')).toHaveValue('');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('the person form, on a person stored as a file had them', () => {
  it('saves a new note although a phone kept from an import would not pass the form', async () => {
    const id = await createContact({ givenName: 'Anna' });
    // An import keeps a phone as the file wrote it; the form asks for digits in one it is given.
    await db.contacts.update(id, { phones: [{ value: 'ask reception' }] });
    await openEdit(id);
    await retype('Notes', 'Met at the board dinner');

    await save();
    await screen.findByText(`Person page ${id}`);
    expect(await db.contacts.get(id)).toMatchObject({
      phones: [{ value: 'ask reception' }],
      notes: 'Met at the board dinner',
    });
  });

  it('still checks a field the user typed in', async () => {
    const id = await createContact({ givenName: 'Anna' });
    await db.contacts.update(id, { phones: [{ value: 'ask reception' }] });
    await openEdit(id);
    await retype('Phone 1', 'call me');

    await save();
    expect(screen.getByRole('textbox', { name: 'Phone 1' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect((await db.contacts.get(id))?.phones).toEqual([{ value: 'ask reception' }]);
  });

  it('refuses to clear the last name left, whichever name field was cleared', async () => {
    const id = await createContact({ displayName: 'Anna B' });
    await openEdit(id);
    await userEvent.clear(screen.getByRole('textbox', { name: /^Display name/ }));

    await save();
    expect(screen.getByRole('textbox', { name: 'Given name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect((await db.contacts.get(id))?.displayName).toBe('Anna B');
  });
});
