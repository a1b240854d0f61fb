import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact } from '../../db/writes/people';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import PersonFormPage from './person-form-page';
import { I18nProvider } from '../../i18n/i18n-provider';

// The label of each phone and e-mail row: a picker of the four kinds, "No label" and
// "Custom…", whose text box holds the user's own words.
//
// Each test types into a whole form and saves through IndexedDB in jsdom: about 4 s alone on
// a busy two-core machine, so each has a budget of 30 s rather than the default 5 s, and
// waits for the saved page up to 10 s rather than 1 s.
const BUDGET = { timeout: 30_000 };
const SLOW = { timeout: 10_000 };
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

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('labels in the person form', () => {
  it('shows each stored label and edits one to a custom label', BUDGET, async () => {
    const id = await createContact({
      givenName: 'Maja',
      familyName: 'Öberg',
      emails: [{ value: 'maja@ericsson.example', kind: 'work' }],
      phones: [
        { value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' },
        { value: '+46 70 765 43 21', kind: 'mobile' },
      ],
    });
    renderForm(`/people/${id}/edit`);
    expect(await screen.findByLabelText('Label of email 1', undefined, SLOW)).toHaveValue('work');
    expect(screen.getByLabelText('Label of phone 1')).toHaveValue('custom');
    expect(screen.getByLabelText('Own label of phone 1')).toHaveValue('Styrelse');
    expect(screen.getByLabelText('Label of phone 2')).toHaveValue('mobile');
    expect(screen.queryByLabelText('Own label of phone 2')).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Label of phone 2'), 'Custom…');
    await userEvent.type(screen.getByLabelText('Own label of phone 2'), 'WhatsApp');
    await userEvent.selectOptions(screen.getByLabelText('Label of email 1'), 'Home');
    await save();

    await screen.findByText(`Person page ${id}`, undefined, SLOW);
    const stored = await db.contacts.get(id);
    expect(stored?.phones).toEqual([
      { value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' },
      { value: '+46 70 765 43 21', kind: 'custom', label: 'WhatsApp' },
    ]);
    expect(stored?.emails).toEqual([{ value: 'maja@ericsson.example', kind: 'home' }]);
  });

  it(
    'is reached with the keyboard: the picker after its number, the text box after it',
    BUDGET,
    async () => {
      renderForm('/people/new');
      await userEvent.type(screen.getByLabelText('Given name'), 'Ulf');
      await userEvent.type(screen.getByLabelText('Phone 1'), '+46 70 999 88 77');
      await userEvent.tab();
      const picker = screen.getByLabelText('Label of phone 1');
      expect(picker).toHaveFocus();
      expect(picker).toHaveValue('none');
      // A native select: the browser's own keys choose an option (the browser test uses them).
      await userEvent.selectOptions(picker, 'Custom…');
      await userEvent.tab();
      expect(screen.getByLabelText('Own label of phone 1')).toHaveFocus();
      await userEvent.keyboard('Styrelse');
      await save();

      await screen.findByText(/^Person page /, undefined, SLOW);
      const [ulf] = await db.contacts.toArray();
      expect(ulf?.phones).toEqual([
        { value: '+46 70 999 88 77', kind: 'custom', label: 'Styrelse' },
      ]);
    },
  );

  it(
    'saves a custom choice left without words as no label, and "No label" as none',
    BUDGET,
    async () => {
      const id = await createContact({
        givenName: 'Karin',
        phones: [{ value: '1', kind: 'work' }, { value: '2' }],
      });
      renderForm(`/people/${id}/edit`);
      await userEvent.selectOptions(
        await screen.findByLabelText('Label of phone 1', undefined, SLOW),
        'No label',
      );
      await userEvent.selectOptions(screen.getByLabelText('Label of phone 2'), 'Custom…');
      await save();

      await screen.findByText(`Person page ${id}`, undefined, SLOW);
      expect((await db.contacts.get(id))?.phones).toEqual([{ value: '1' }, { value: '2' }]);
    },
  );

  it('names a custom label over its limit and saves nothing', BUDGET, async () => {
    const id = await createContact({ givenName: 'Bo', phones: [{ value: '1' }] });
    renderForm(`/people/${id}/edit`);
    await userEvent.selectOptions(
      await screen.findByLabelText('Label of phone 1', undefined, SLOW),
      'Custom…',
    );
    const label = screen.getByLabelText('Own label of phone 1');
    // Pasted rather than typed: 2,001 key presses would only make the test slow.
    label.focus();
    await userEvent.paste('x'.repeat(2_001));
    await save();

    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription(expect.stringContaining('Too long'));
    expect((await db.contacts.get(id))?.phones).toEqual([{ value: '1' }]);
  });

  it('offers the kinds in Swedish', BUDGET, async () => {
    render(
      <I18nProvider language="sv">
        <MemoryRouter initialEntries={['/people/new']}>
          <Routes>
            <Route path="/people/new" element={<PersonFormPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
    const picker = await screen.findByLabelText('Etikett för telefon 1', undefined, SLOW);
    const options = [...picker.querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toEqual(['Ingen etikett', 'Arbete', 'Hem', 'Mobil', 'Annat', 'Egen…']);
  });
});
