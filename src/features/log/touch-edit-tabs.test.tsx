// Editing a touch in the log sheet while another tab changes or deletes the same touch:
// writes made straight to the database here stand for that tab.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../components/timeline';
import { Toasts } from '../../components/toasts';
import { addTouch, deleteTouch, editTouch } from '../../db/writes/touches';
import { readAllTouches } from '../../db/reads/touches';
import { LogSheetHost } from './log-sheet-host';
import type { Contact } from '../../domain/types';
import { storedTouch, touchDraft } from '../../../tests/support/log-seed';
import { setUpLogTest } from '../../../tests/support/log-screen';

const DAY_MS = 24 * 60 * 60 * 1000;

let anna: Contact;

beforeEach(async () => {
  ({ anna } = await setUpLogTest());
});

type User = ReturnType<typeof userEvent.setup>;

/** A coffee with Anna yesterday, open in the sheet with its note typed over. */
async function editNote(user: User, typed: string) {
  const id = await addTouch(touchDraft([anna.id], Date.now() - DAY_MS, { note: 'First' }));
  render(
    <>
      <Timeline contactId={anna.id} />
      <LogSheetHost />
      <Toasts />
    </>,
  );
  await user.click(await screen.findByRole('button', { name: /^Edit Coffee, / }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit touch' });
  const note = await within(dialog).findByRole('textbox', { name: 'Note' });
  await waitFor(() => {
    expect(note).toHaveValue('First');
  });
  await user.clear(note);
  await user.type(note, typed);
  return { id, dialog, ref: { id, participantIds: [anna.id] } };
}

describe('a touch edited in the sheet and in another tab', () => {
  it('takes a field changed only there, and saves both changes', async () => {
    const user = userEvent.setup();
    const { id, dialog, ref } = await editNote(user, 'Mine');
    await editTouch(ref, [{ field: 'kind', from: 'coffee', to: 'call' }]);

    await waitFor(() => {
      expect(within(dialog).getByRole('radio', { name: 'Call' })).toBeChecked();
    });
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Touch updated')).toBeInTheDocument();
    expect(await storedTouch(id)).toMatchObject({ kind: 'call', note: 'Mine' });
  });

  it('names a field changed on both sides, holds the save, and keeps mine when asked', async () => {
    const user = userEvent.setup();
    const { id, dialog, ref } = await editNote(user, 'Mine');
    await editTouch(ref, [{ field: 'note', from: 'First', to: 'Theirs' }]);

    const notice = await within(dialog).findByRole('group', {
      name: 'Changed in another tab while you were editing: Note.',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(notice).toHaveTextContent('Choose which version to keep first.');
    expect((await storedTouch(id))?.note).toBe('Theirs');

    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    expect(within(dialog).queryByRole('group', { name: /^Changed in another tab/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Touch updated')).toBeInTheDocument();
    expect((await storedTouch(id))?.note).toBe('Mine');
  });

  it('takes theirs when asked, dropping what was typed in that field', async () => {
    const user = userEvent.setup();
    const { id, dialog, ref } = await editNote(user, 'Mine');
    await editTouch(ref, [{ field: 'note', from: 'First', to: 'Theirs' }]);
    const notice = await within(dialog).findByRole('group', { name: /^Changed in another tab/ });
    await user.click(within(notice).getByRole('button', { name: 'Take theirs' }));
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Theirs');
    expect((await storedTouch(id))?.note).toBe('Theirs');
  });

  it('names a touch deleted there, keeps the input, and can save it as a new touch', async () => {
    const user = userEvent.setup();
    const { id, dialog, ref } = await editNote(user, 'Mine');
    await deleteTouch(ref);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This touch was deleted in another tab. What you entered is still here',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveValue('Mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save as a new touch' }));
    expect(await screen.findByText('Saved as a new touch')).toBeInTheDocument();
    const touches = await readAllTouches();
    expect(touches.find((touch) => touch.id !== id)).toMatchObject({
      note: 'Mine',
      participantIds: [anna.id],
    });
  });
});
