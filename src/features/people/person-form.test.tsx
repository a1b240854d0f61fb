import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContact } from '../../db/writes/people';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import PersonFormPage from './person-form-page';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function SavedPerson() {
  const { personId } = useParams();
  return <p>Person page {personId}</p>;
}

function renderForm(path = '/people/new') {
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

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the person form', () => {
  it('asks for a name, marks the field and writes nothing', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Organisation'), 'Volvo');
    await save();

    const givenName = screen.getByLabelText('Given name');
    const message = screen.getByText('Enter a name: a given, family or display name.');
    expect(givenName).toHaveAttribute('aria-invalid', 'true');
    expect(givenName).toHaveAccessibleDescription(message.textContent);
    expect(givenName).toHaveFocus();
    expect(screen.getByText('Please fix 1 field.')).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('rejects a malformed email with a message on that email', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await userEvent.type(screen.getByLabelText('Email 1'), 'asa@example');
    await save();

    const email = screen.getByLabelText('Email 1');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(email).toHaveFocus();
    expect(await db.contacts.count()).toBe(0);
  });

  it('clears a message as soon as the mistake is fixed', async () => {
    renderForm();
    await save();
    expect(screen.getByText('Enter a name: a given, family or display name.')).toBeVisible();
    await userEvent.type(screen.getByLabelText('Family name'), 'Lind');
    expect(
      screen.queryByText('Enter a name: a given, family or display name.'),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText('Given name')).not.toHaveAttribute('aria-invalid');
  });

  it('names an impossible birthday and a bad LinkedIn address', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await userEvent.selectOptions(screen.getByLabelText('Month'), '4');
    await userEvent.type(screen.getByLabelText('Day'), '31');
    await userEvent.type(screen.getByLabelText('LinkedIn profile'), 'https://example.com/asa');
    await save();

    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription('Enter a day from 1 to 30.');
    expect(screen.getByLabelText('LinkedIn profile')).toHaveAttribute('aria-invalid', 'true');
    // Focus goes to the first problem in reading order: LinkedIn comes before the birthday.
    expect(screen.getByLabelText('LinkedIn profile')).toHaveFocus();
    expect(await db.contacts.count()).toBe(0);
  });

  it('saves a new person with several emails and tags, then shows them', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await userEvent.type(screen.getByLabelText('Family name'), 'Lind');
    await userEvent.click(screen.getByRole('radio', { name: 'Internal' }));
    await userEvent.type(screen.getByLabelText('Email 1'), 'asa@example.se');
    await userEvent.click(screen.getByRole('button', { name: 'Add email' }));
    expect(screen.getByLabelText('Email 2')).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Email 2'), 'asa@home.se');
    await userEvent.type(screen.getByLabelText('Tags'), 'board, mentor');
    await userEvent.selectOptions(screen.getByLabelText('Month'), '2');
    await userEvent.type(screen.getByLabelText('Day'), '29');
    await save();

    const shown = await screen.findByText(/^Person page /);
    const [contact] = await db.contacts.toArray();
    expect(shown).toHaveTextContent(`Person page ${contact?.id ?? 'missing'}`);
    expect(contact).toMatchObject({
      givenName: 'Åsa',
      familyName: 'Lind',
      affiliation: 'internal',
      emails: [{ value: 'asa@example.se' }, { value: 'asa@home.se' }],
      phones: [],
      tags: ['board', 'mentor'],
      birthday: { month: 2, day: 29 },
    });
  });

  it('keeps the input and says why when saving fails', async () => {
    vi.spyOn(db.contacts, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await save();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost.',
    );
    expect(screen.getByLabelText('Given name')).toHaveValue('Åsa');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(await db.contacts.count()).toBe(0);
  });

  it('edits an existing person, filled in with what is stored', async () => {
    const id = await createContact({
      givenName: 'Erik',
      familyName: 'Östberg',
      phones: [{ value: '+46 70 123 45 67' }],
      birthday: { month: 12, day: 24, year: 1980 },
    });
    renderForm(`/people/${id}/edit`);
    expect(await screen.findByRole('heading', { name: 'Edit Erik Östberg' })).toBeVisible();
    expect(screen.getByLabelText('Phone 1')).toHaveValue('+46 70 123 45 67');
    expect(screen.getByLabelText('Year (optional)')).toHaveValue('1980');

    await userEvent.type(screen.getByLabelText('Role'), 'CFO');
    await userEvent.clear(screen.getByLabelText('Year (optional)'));
    await save();

    await screen.findByText(`Person page ${id}`);
    expect(await db.contacts.get(id)).toMatchObject({
      role: 'CFO',
      phones: [{ value: '+46 70 123 45 67' }],
      birthday: { month: 12, day: 24 },
    });
    expect((await db.contacts.get(id))?.birthday?.year).toBeUndefined();
  });

  it('says so when the person to edit does not exist', async () => {
    renderForm('/people/nobody/edit');
    expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeVisible();
  });
});

describe('the person form: keeping in touch', () => {
  const DAY_MS = 86_400_000;

  it('follows the tier by default, and saves a custom cadence with its due time', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await userEvent.selectOptions(screen.getByLabelText('How close'), 'close');
    const cadence = screen.getByRole('combobox', { name: 'How often to be in touch' });
    expect(cadence).toHaveDisplayValue('As the tier: every 30 days');
    expect(screen.queryByLabelText('Every how many days')).not.toBeInTheDocument();

    await userEvent.selectOptions(cadence, 'custom');
    await userEvent.type(screen.getByLabelText('Every how many days'), '45');
    await save();

    await screen.findByText(/^Person page /);
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({ tier: 'close', cadenceDays: 45 });
    expect(contact?.nextDueAt).toBe((contact?.createdAt ?? 0) + 45 * DAY_MS);
  });

  it('names an out-of-range cadence and saves nothing', async () => {
    renderForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'How often to be in touch' }),
      'custom',
    );
    await userEvent.type(screen.getByLabelText('Every how many days'), '0');
    await save();

    const days = screen.getByLabelText('Every how many days');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveAccessibleDescription('Enter a whole number of days from 1 to 3,650.');
    expect(days).toHaveFocus();
    expect(await db.contacts.count()).toBe(0);
  });

  it('turns the cadence off for a person who had their own', async () => {
    const id = await createContact({ givenName: 'Erik', cadenceDays: 21 });
    renderForm(`/people/${id}/edit`);
    const cadence = await screen.findByRole('combobox', { name: 'How often to be in touch' });
    expect(cadence).toHaveValue('custom');
    expect(screen.getByLabelText('Every how many days')).toHaveValue('21');

    await userEvent.selectOptions(cadence, 'none');
    await save();
    await screen.findByText(`Person page ${id}`);
    const stored = await db.contacts.get(id);
    expect(stored?.cadenceDays).toBeNull();
    expect(stored?.nextDueAt).toBeUndefined();
  });
});
