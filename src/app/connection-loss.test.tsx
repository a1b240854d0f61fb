import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from './app-layout';
import { setUnsavedInput, useUnsavedInputStore } from '../components/unsaved-input-store';
import { db } from '../db/db';
import { openDatabase } from '../db/open';
import PersonFormPage from '../features/people/person-form-page';
import { NewerTiesDatabase } from '../../tests/support/newer-database';

// The person form open in this tab while another tab opens a newer Ties, which upgrades the
// database: the form stays as typed, a banner asks for a reload, and a save is refused.

const reload = vi.fn();
let newer: NewerTiesDatabase | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  reload.mockClear();
  useUnsavedInputStore.setState({ dirtyKeys: new Set(), lostOnReloadKeys: new Set() });
  vi.stubGlobal('location', { reload });
  // jsdom has no matchMedia; the install hint asks it whether the app runs standalone.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

afterEach(() => {
  newer?.close();
  newer = undefined;
  vi.unstubAllGlobals();
});

function renderNewPersonForm() {
  render(
    <MemoryRouter initialEntries={['/people/new']}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="/people/new" element={<PersonFormPage />} />
          <Route path="/people/:personId" element={<p>Saved</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

async function upgradeInAnotherTab(): Promise<NewerTiesDatabase> {
  const upgraded = new NewerTiesDatabase();
  newer = upgraded;
  await act(async () => {
    await upgraded.open();
  });
  return upgraded;
}

const banner = () => screen.getByRole('region', { name: 'Reload needed' });

describe('a tab whose database another tab upgraded', () => {
  it('keeps the form as typed and asks for a reload', async () => {
    renderNewPersonForm();
    expect(screen.queryByRole('region', { name: 'Reload needed' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await upgradeInAnotherTab();

    expect(within(banner()).getByRole('alert')).toHaveTextContent(
      'Ties was updated in another tab, so this tab can no longer save.',
    );
    expect(screen.getByLabelText('Given name')).toHaveValue('Åsa');
  });

  it('refuses a save with the reason, keeps the input and writes nothing', async () => {
    renderNewPersonForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    const upgraded = await upgradeInAnotherTab();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const form = screen.getByLabelText('Given name').closest('form');
    expect(form).not.toBeNull();
    expect(await within(form as HTMLElement).findByRole('alert')).toHaveTextContent(
      'Ties was updated in another tab, so this tab can no longer save. Reload it to go on; nothing you typed is lost.',
    );
    expect(screen.getByLabelText('Given name')).toHaveValue('Åsa');
    expect(await upgraded.contacts.count()).toBe(0);
  });

  it('reloads at once when the form keeps what was typed across a reload', async () => {
    renderNewPersonForm();
    await userEvent.type(screen.getByLabelText('Given name'), 'Åsa');
    await upgradeInAnotherTab();
    expect(banner()).toHaveTextContent('Reload to go on; your unsaved input will be kept.');
    await userEvent.click(within(banner()).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks once more before a reload that would lose a form kept only on screen', async () => {
    renderNewPersonForm();
    await upgradeInAnotherTab();
    // The keep-in-touch settings form is dirty: it keeps no draft across a reload.
    act(() => {
      setUnsavedInput('keep-in-touch', true);
    });
    expect(banner()).toHaveTextContent('copy what you typed here first');

    await userEvent.click(within(banner()).getByRole('button', { name: 'Reload' }));
    expect(reload).not.toHaveBeenCalled();
    expect(banner()).toHaveTextContent('A reload now loses what you typed here and did not save.');
    await userEvent.click(within(banner()).getByRole('button', { name: 'Reload anyway' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when nothing typed would be lost', async () => {
    renderNewPersonForm();
    await upgradeInAnotherTab();
    expect(banner()).toHaveTextContent('Reload to go on; your unsaved input will be kept.');
    await userEvent.click(within(banner()).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
