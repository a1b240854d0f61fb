import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { readAllTouches } from '../../db/reads/touches';
import { openLogSheet } from '../../components/log-sheet-store';
import {
  LEGACY_LOG_DRAFT_KEY,
  LOG_DRAFT_STORAGE_KEY,
  adoptLegacyLogDraft,
  useLogDraftStore,
} from './log-draft-store';
import { emptyDraft } from './touch-draft';
import type { Contact } from '../../domain/types';
import { renderShell, setUpLogTest } from '../../../tests/support/log-screen';

let anna: Contact;
let bo: Contact;

beforeEach(async () => {
  ({ anna, bo } = await setUpLogTest());
});

afterEach(() => {
  vi.restoreAllMocks();
});

type User = ReturnType<typeof userEvent.setup>;

async function openSheet(user: User) {
  await user.click(screen.getByRole('button', { name: 'Open log' }));
  return screen.findByRole('dialog', { name: 'Log a touch' });
}

/** Types into the picker and picks the highlighted suggestion with Enter, once it is there. */
async function pickByKeyboard(user: User, dialog: HTMLElement, query: string, name: string) {
  await user.keyboard(query);
  const option = await within(dialog).findByRole('option', { name });
  await waitFor(() => {
    expect(option).toHaveAttribute('aria-selected', 'true');
  });
  await user.keyboard('{Enter}');
}

/**
 * Counts reads of people by range: a getAll or a cursor over the contacts store or one of
 * its indexes (what Dexie's toArray() and orderBy().toArray() of everyone become). Reads by
 * key (get, and Dexie's bulkGet, which is made of gets) are not counted.
 */
function countRangeReadsOfPeople(): () => number {
  const spies = [
    vi.spyOn(IDBObjectStore.prototype, 'getAll'),
    vi.spyOn(IDBIndex.prototype, 'getAll'),
    vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
    vi.spyOn(IDBIndex.prototype, 'openCursor'),
  ];
  const storeOf = (source: IDBObjectStore | IDBIndex) =>
    source instanceof IDBIndex ? source.objectStore : source;
  return () =>
    spies
      .flatMap((spy) => spy.mock.contexts as (IDBObjectStore | IDBIndex)[])
      .filter((source) => storeOf(source).name === 'contacts').length;
}

/** Waits for every read of the people begun so far: a write to them queues behind each. */
async function settleReadsOfPeople() {
  await db.transaction('rw', db.contacts, async () => {
    await db.contacts.get('nobody');
  });
}

describe('the log sheet', () => {
  it('logs "coffee with Anna, now" in three taps after typing "an"', async () => {
    const user = userEvent.setup();
    renderShell();
    let taps = 0;
    const tap = async (element: Element) => {
      taps += 1;
      await user.click(element);
    };

    await tap(screen.getByRole('button', { name: 'Open log' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const picker = within(dialog).getByRole('combobox', { name: 'With whom?' });
    await waitFor(() => {
      expect(picker).toHaveFocus();
    });
    await user.keyboard('an');
    await tap(await within(dialog).findByRole('option', { name: 'Anna Berg' }));
    await tap(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(taps).toBe(3);
    const interactions = await readAllTouches();
    expect(interactions).toHaveLength(1);
    expect(interactions[0]).toMatchObject({ kind: 'coffee', participantIds: [anna.id] });
    expect(Math.abs((interactions[0]?.at ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(await screen.findByText('Logged coffee with Anna Berg')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open log' })).toHaveFocus();
    expect(useLogDraftStore.getState().draft).toEqual(emptyDraft());
  });

  it('offers Undo after logging, which deletes the touch again', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await user.keyboard('bo');
    await user.click(await within(dialog).findByRole('option', { name: 'Bo Ek' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Call' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Logged a call with Bo Ek')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      expect((await readAllTouches())[0]?.deletedAt).toBeDefined();
    });
    expect((await db.contacts.get(bo.id))?.touchCount).toBe(0);
  });

  it('saves several people, the kind, a back-dated time, the note and the value flow', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'anna', 'Anna Berg');
    await pickByKeyboard(user, dialog, 'bo', 'Bo Ek');
    await user.click(within(dialog).getByRole('radio', { name: 'Meal' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Yesterday' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Talked about Berlin');
    await user.click(within(dialog).getByRole('checkbox', { name: 'I helped' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Intro made' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'I asked for help' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Them' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Logged a meal with Anna Berg and Bo Ek')).toBeInTheDocument();
    const [saved] = await readAllTouches();
    expect(saved).toMatchObject({
      kind: 'meal',
      participantIds: [anna.id, bo.id],
      note: 'Talked about Berlin',
      gave: ['help', 'intro'],
      received: [],
      askedForHelp: true,
      initiator: 'them',
    });
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    expect(new Date(saved?.at ?? 0).toDateString()).toBe(yesterday.toDateString());
  });

  it('starts with coffee, now and "don’t know" chosen', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    expect(within(dialog).getByRole('radio', { name: 'Coffee' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Now' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  });

  it('says a person is needed, and writes nothing', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const picker = within(dialog).getByRole('combobox', { name: 'With whom?' });
    expect(within(dialog).getByText('Pick at least one person.')).toBeInTheDocument();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(picker).toHaveAccessibleDescription(
      expect.stringContaining('Pick at least one person.'),
    );
    expect(picker).toHaveFocus();
    expect((await readAllTouches()).length).toBe(0);
  });

  it('refuses a picked time in the future', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'bo', 'Bo Ek');
    await user.click(within(dialog).getByRole('radio', { name: 'Pick…' }));
    const picked = within(dialog).getByLabelText('Date and time');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const pad = (value: number) => String(value).padStart(2, '0');
    await user.clear(picked);
    await user.type(
      picked,
      `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T10:00`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText('That time has not happened yet. Pick a time in the past.'),
    ).toBeInTheDocument();
    expect((await readAllTouches()).length).toBe(0);
  });

  it('keeps everything and says why when the save fails, and saves on retry', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'anna', 'Anna Berg');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Important');
    const failure = vi
      .spyOn(db, 'transaction')
      .mockImplementation(() =>
        Dexie.Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        ),
      );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost.',
    );
    expect(screen.getByRole('dialog', { name: 'Log a touch' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Remove Anna Berg' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Important');
    expect((await readAllTouches()).length).toBe(0);

    failure.mockRestore();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect((await readAllTouches())[0]).toMatchObject({
      note: 'Important',
      participantIds: [anna.id],
    });
  });

  it('keeps the draft when closed and shows it again on reopening', async () => {
    const user = userEvent.setup();
    renderShell();
    let dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'bo', 'Bo Ek');
    await user.click(within(dialog).getByRole('radio', { name: 'Video' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Half-written');
    await user.keyboard('{Escape}');

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('button', { name: 'Open log' })).toHaveFocus();
    // Kept for this tab only: sessionStorage, never the origin-wide localStorage.
    expect(sessionStorage.getItem(LOG_DRAFT_STORAGE_KEY)).toContain('Half-written');
    expect(localStorage.length).toBe(0);

    dialog = await openSheet(user);
    expect(await within(dialog).findByRole('button', { name: 'Remove Bo Ek' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Video' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Half-written');
  });

  it('restores this tab’s draft, as after a reload or an app update', async () => {
    sessionStorage.setItem(
      LOG_DRAFT_STORAGE_KEY,
      JSON.stringify({
        state: {
          draft: {
            personIds: [anna.id],
            kind: 'email',
            when: 'yesterday',
            pickedAt: '',
            note: 'From before the reload',
            flows: ['they-helped'],
            initiator: 'me',
          },
          edit: null,
        },
        version: 2,
      }),
    );
    await useLogDraftStore.persist.rehydrate();
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);

    expect(
      await within(dialog).findByRole('button', { name: 'Remove Anna Berg' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Email' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Yesterday' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'They helped' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Me' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue(
      'From before the reload',
    );
  });

  it('takes the one draft an earlier version kept for all tabs, once, into an empty tab', async () => {
    const legacy = JSON.stringify({
      state: { draft: { ...emptyDraft(), personIds: [bo.id], note: 'Kept by v1' }, edit: null },
      version: 1,
    });
    localStorage.setItem(LEGACY_LOG_DRAFT_KEY, legacy);
    await adoptLegacyLogDraft();
    expect(useLogDraftStore.getState().draft).toMatchObject({
      personIds: [bo.id],
      note: 'Kept by v1',
    });
    // Gone from the shared place, so a second tab does not get a copy.
    expect(localStorage.getItem(LEGACY_LOG_DRAFT_KEY)).toBeNull();
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Kept by v1');
  });

  it('leaves the earlier version’s draft for another tab when this tab has its own', async () => {
    useLogDraftStore.setState({ draft: { ...emptyDraft(), note: 'This tab’s own' } });
    const legacy = JSON.stringify({
      state: { draft: { ...emptyDraft(), note: 'Kept by v1' }, edit: null },
      version: 1,
    });
    localStorage.setItem(LEGACY_LOG_DRAFT_KEY, legacy);
    await adoptLegacyLogDraft();
    expect(useLogDraftStore.getState().draft.note).toBe('This tab’s own');
    expect(localStorage.getItem(LEGACY_LOG_DRAFT_KEY)).toContain('Kept by v1');
  });

  it('survives a corrupt stored draft by starting empty', async () => {
    sessionStorage.setItem(
      LOG_DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { draft: { kind: 'séance', personIds: 'x' } }, version: 2 }),
    );
    await useLogDraftStore.persist.rehydrate();
    expect(useLogDraftStore.getState().draft).toEqual(emptyDraft());
  });

  it('clears the draft on Discard', async () => {
    const user = userEvent.setup();
    renderShell();
    let dialog = await openSheet(user);
    expect(within(dialog).queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Never mind');
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    dialog = await openSheet(user);
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('');
  });

  it('adds prefilled people to the draft', async () => {
    renderShell();
    openLogSheet([bo.id]);
    const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
    expect(await within(dialog).findByRole('button', { name: 'Remove Bo Ek' })).toBeInTheDocument();
    expect(useLogDraftStore.getState().draft.personIds).toEqual([bo.id]);
  });

  it('reads everyone once when it opens, and not again when the touch is saved', async () => {
    const readsOfPeople = countRangeReadsOfPeople();
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'bo', 'Bo Ek');
    await settleReadsOfPeople();
    expect(readsOfPeople()).toBe(1);

    // Saving writes Bo's derived fields; a live query over everyone would read all again.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Logged coffee with Bo Ek')).toBeInTheDocument();
    expect((await db.contacts.get(bo.id))?.touchCount).toBe(1);
    await settleReadsOfPeople();
    expect(readsOfPeople()).toBe(1);

    // Opened again, it reads afresh, so someone added in between can be picked.
    await openSheet(user);
    await waitFor(() => {
      expect(readsOfPeople()).toBe(2);
    });
  });

  it('reads nobody else when opened for someone and saved, only once a search starts', async () => {
    const readsOfPeople = countRangeReadsOfPeople();
    const user = userEvent.setup();
    renderShell();
    openLogSheet([bo.id]);
    const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
    expect(await within(dialog).findByRole('button', { name: 'Remove Bo Ek' })).toBeInTheDocument();
    await settleReadsOfPeople();
    expect(readsOfPeople()).toBe(0);

    await pickByKeyboard(user, dialog, 'anna', 'Anna Berg');
    expect(readsOfPeople()).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Logged coffee with Bo Ek and Anna Berg')).toBeInTheDocument();
    await settleReadsOfPeople();
    expect(readsOfPeople()).toBe(1);
  });

  it('shows a picked person renamed meanwhile, reading only the picked people', async () => {
    const readsOfPeople = countRangeReadsOfPeople();
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    await pickByKeyboard(user, dialog, 'bo', 'Bo Ek');
    await settleReadsOfPeople();
    const atOpen = readsOfPeople();

    await db.contacts.update(bo.id, { givenName: 'Bosse' });
    expect(
      await within(dialog).findByRole('button', { name: 'Remove Bosse Ek' }),
    ).toBeInTheDocument();
    await db.contacts.update(anna.id, { givenName: 'Annie' });
    await settleReadsOfPeople();
    expect(readsOfPeople()).toBe(atOpen);
  });

  it('keeps Tab inside the sheet', async () => {
    const user = userEvent.setup();
    renderShell();
    const dialog = await openSheet(user);
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    save.focus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(save).toHaveFocus();
  });
});
