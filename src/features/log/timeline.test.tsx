import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_PAGE_SIZE, Timeline } from '../../components/timeline';
import { Toasts } from '../../components/toasts';
import { useLogSheetStore } from '../../components/log-sheet-store';
import { db } from '../../db/db';
import { readAllTouches } from '../../db/reads/touches';
import { addTouch, type TouchInput } from '../../db/writes/touches';
import { LogSheetHost } from './log-sheet-host';
import { useLogDraftStore } from './log-draft-store';
import type { Contact } from '../../domain/types';
import { setUpLogTest } from '../../../tests/support/log-screen';

const DAY_MS = 24 * 60 * 60 * 1000;

let anna: Contact;
let bo: Contact;

beforeEach(async () => {
  ({ anna, bo } = await setUpLogTest());
});

function touch(participantIds: string[], changes: Partial<TouchInput> = {}): TouchInput {
  return {
    at: Date.now() - DAY_MS,
    kind: 'coffee',
    participantIds,
    note: '',
    initiator: 'unknown',
    gave: [],
    received: [],
    askedForHelp: false,
    ...changes,
  };
}

function renderTimeline(contactId: string) {
  return render(
    <>
      <Timeline contactId={contactId} />
      <LogSheetHost />
      <Toasts />
    </>,
  );
}

describe('Timeline', () => {
  it('shows the newest page of a long history and older touches on request', async () => {
    const total = TIMELINE_PAGE_SIZE + 3;
    for (let index = 0; index < total; index++) {
      await addTouch(touch([anna.id], { at: Date.now() - (index + 1) * DAY_MS }));
    }
    renderTimeline(anna.id);
    const list = await screen.findByRole('list', { name: 'Touches' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE_SIZE);

    await userEvent.click(screen.getByRole('button', { name: 'Show older touches' }));
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(total);
    });
    expect(screen.queryByRole('button', { name: 'Show older touches' })).not.toBeInTheDocument();
  });

  it('invites the first touch when there is none', async () => {
    const user = userEvent.setup();
    renderTimeline(anna.id);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('No touches yet — log the first one.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log a touch' }));
    expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [anna.id] });
  });

  it('shows touches newest first with kind, others, note and value flow', async () => {
    await addTouch(touch([anna.id], { at: Date.now() - 30 * DAY_MS, note: 'Older' }));
    await addTouch(
      touch([anna.id, bo.id], {
        kind: 'meal',
        note: 'Newer',
        gave: ['help'],
        received: ['advice'],
        askedForHelp: true,
        initiator: 'me',
      }),
    );
    renderTimeline(anna.id);
    const list = await screen.findByRole('list', { name: 'Touches' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(items).toHaveLength(2);
    const [newer, older] = items as [HTMLElement, HTMLElement];
    expect(within(newer).getByText('Meal')).toBeInTheDocument();
    expect(within(newer).getByText('with Bo Ek')).toBeInTheDocument();
    expect(within(newer).getByText('Newer')).toBeInTheDocument();
    for (const flow of ['I helped', 'They gave advice', 'I asked for help', 'I reached out']) {
      expect(within(newer).getByText(flow)).toBeInTheDocument();
    }
    expect(within(older).getByText('Coffee')).toBeInTheDocument();
    expect(within(older).getByText('Older')).toBeInTheDocument();
    expect(within(older).queryByText(/^with /)).not.toBeInTheDocument();
  });

  it('shows a note holding markup as plain text', async () => {
    const note = '<img src=x onerror=alert(1)>';
    await addTouch(touch([anna.id], { note }));
    const { container } = renderTimeline(anna.id);
    expect(await screen.findByText(note)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('deletes a touch with undo', async () => {
    const user = userEvent.setup();
    await addTouch(touch([anna.id], { note: 'To delete' }));
    renderTimeline(anna.id);
    await user.click(await screen.findByRole('button', { name: /^Delete Coffee, / }));

    expect(await screen.findByText('No touches yet — log the first one.')).toBeInTheDocument();
    expect(await screen.findByText('Touch deleted')).toBeInTheDocument();
    expect((await db.contacts.get(anna.id))?.touchCount).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('To delete')).toBeInTheDocument();
    expect((await db.contacts.get(anna.id))?.touchCount).toBe(1);
  });

  it('edits a touch in the sheet without touching the new-touch draft', async () => {
    const user = userEvent.setup();
    useLogDraftStore.setState((state) => ({ draft: { ...state.draft, note: 'Unrelated draft' } }));
    const id = await addTouch(touch([anna.id], { note: 'First version', received: ['favour'] }));
    const before = (await readAllTouches()).find((touch) => touch.id === id);
    renderTimeline(anna.id);
    await user.click(await screen.findByRole('button', { name: /^Edit Coffee, / }));

    const dialog = await screen.findByRole('dialog', { name: 'Edit touch' });
    expect(
      await within(dialog).findByRole('button', { name: 'Remove Anna Berg' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Pick…' })).toBeChecked();
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    expect(note).toHaveValue('First version');
    await user.clear(note);
    await user.type(note, 'Second version');
    await user.click(within(dialog).getByRole('radio', { name: 'Call' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'With whom?' }));
    await user.keyboard('bo');
    await user.click(await within(dialog).findByRole('option', { name: 'Bo Ek' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(await screen.findByText('Touch updated')).toBeInTheDocument();
    expect((await readAllTouches()).find((touch) => touch.id === id)).toMatchObject({
      kind: 'call',
      note: 'Second version',
      participantIds: [anna.id, bo.id],
      // Kept exactly: the time was not changed, and "they did a favour" is not a toggle.
      at: before?.at,
      received: ['favour'],
    });
    expect(
      await within(await screen.findByRole('list', { name: 'Touches' })).findByText('with Bo Ek'),
    ).toBeInTheDocument();
    expect(useLogDraftStore.getState().draft.note).toBe('Unrelated draft');
    expect(useLogDraftStore.getState().edit).toBeNull();
  });
});
