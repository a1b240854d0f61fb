import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { MainNav } from './main-nav';
import { closeLogSheet, openLogSheet, useLogSheetStore } from '../components/log-sheet-store';
import { LOG_DRAFT_STORAGE_KEY, useLogDraftStore } from '../features/log/log-draft-store';
import { emptyDraft } from '../features/log/touch-draft';
import type { Contact } from '../domain/types';
import { renderShell, setUpLogTest } from '../../tests/support/log-screen';

let anna: Contact;
let bo: Contact;

beforeEach(async () => {
  ({ anna, bo } = await setUpLogTest());
});

type User = ReturnType<typeof userEvent.setup>;

// The sheet's code loads on its first opening; on a busy machine that alone can pass the
// one second findBy waits by default.
const SHEET_LOAD = { timeout: 10_000 };

// Each test opens the lazily loaded sheet and types into it: about a second when the machine
// is idle, so a budget that holds when its cores are busy.
const SHEET = { timeout: 15_000 };

async function openFromPersonPage(personId: string) {
  openLogSheet([personId]);
  return screen.findByRole('dialog', { name: 'Log a touch' }, SHEET_LOAD);
}

async function closeWithEscape(user: User) {
  await user.keyboard('{Escape}');
  await waitFor(() => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
}

async function openPlain(user: User) {
  await user.click(screen.getByRole('button', { name: 'Open log' }));
  return screen.findByRole('dialog', { name: 'Log a touch' }, SHEET_LOAD);
}

describe('a log sheet opened for someone', SHEET, () => {
  it('does not carry that person into the next Log when closed untouched', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openFromPersonPage(anna.id);
    expect(await within(dialog).findByRole('button', { name: 'Remove Anna Berg' })).toBeVisible();
    // Nothing the user typed: nothing to discard.
    expect(within(dialog).queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
    await closeWithEscape(user);

    const next = await openPlain(user);
    expect(within(next).queryByRole('button', { name: 'Remove Anna Berg' })).toBeNull();
    expect(useLogDraftStore.getState().draft).toEqual(emptyDraft());
    expect(sessionStorage.getItem(LOG_DRAFT_STORAGE_KEY)).not.toContain(anna.id);
  });

  it('keeps the whole draft, that person included, once the user typed something', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openFromPersonPage(anna.id);
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Ask about Berlin');
    await closeWithEscape(user);

    const next = await openPlain(user);
    expect(await within(next).findByRole('button', { name: 'Remove Anna Berg' })).toBeVisible();
    expect(within(next).getByRole('textbox', { name: 'Note' })).toHaveValue('Ask about Berlin');
  });

  it('gives back a draft typed before, without that person, when closed untouched', async () => {
    const user = userEvent.setup();
    useLogDraftStore.setState({
      draft: { ...emptyDraft(), personIds: [bo.id], note: 'Lunch plans' },
    });
    renderShell();
    const dialog = await openFromPersonPage(anna.id);
    expect(await within(dialog).findByRole('button', { name: 'Remove Anna Berg' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Remove Bo Ek' })).toBeVisible();
    await closeWithEscape(user);

    expect(useLogDraftStore.getState().draft).toEqual({
      ...emptyDraft(),
      personIds: [bo.id],
      note: 'Lunch plans',
    });
  });

  it('forgets an untouched prefill kept over a reload before the next Log opens', async () => {
    const user = userEvent.setup();
    // As kept in sessionStorage by a tab reloaded while the sheet was open for Anna.
    useLogDraftStore.setState({
      draft: { ...emptyDraft(), personIds: [anna.id] },
      prefill: { before: emptyDraft(), after: { ...emptyDraft(), personIds: [anna.id] } },
    });
    renderShell();
    const next = await openPlain(user);
    await waitFor(() => {
      expect(useLogDraftStore.getState().draft).toEqual(emptyDraft());
    });
    expect(within(next).queryByRole('button', { name: 'Remove Anna Berg' })).toBeNull();
  });
});

describe('the Log button of the navigation', SHEET, () => {
  function renderNavAt(path: string) {
    closeLogSheet();
    return render(
      <MemoryRouter initialEntries={[path]}>
        <MainNav />
      </MemoryRouter>,
    );
  }

  it('opens the sheet for the person whose page is showing', async () => {
    renderNavAt(`/people/${anna.id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [anna.id] });
  });

  it('opens an empty sheet elsewhere, also on the new-person form', async () => {
    for (const path of ['/', '/people', '/people/new', `/people/${anna.id}/edit`]) {
      const { unmount } = renderNavAt(path);
      await userEvent.click(screen.getByRole('button', { name: 'Log' }));
      expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [] });
      unmount();
    }
  });
});
