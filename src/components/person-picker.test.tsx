import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PersonPicker } from './person-picker';
import { freshDatabase, makePerson, seedPeople } from '../../tests/support/log-seed';
import type { Contact } from '../domain/types';

let anna: Contact;
let andreas: Contact;
let bo: Contact;
let latest: string[] = [];

beforeEach(async () => {
  await freshDatabase();
  [anna, andreas, bo] = await seedPeople(
    makePerson('Anna', 'Berg', { organisation: 'Acme AB', role: 'CFO' }),
    makePerson('Andreas', 'Nilsson'),
    makePerson('Bo', 'Ek'),
    makePerson('Anita', 'Gammal', { isArchived: true }),
    makePerson('Åsa', 'Öberg'),
  );
  latest = [];
});

function Harness({
  isMultiple = true,
  initial = [],
}: {
  isMultiple?: boolean;
  initial?: string[];
}) {
  const [selectedIds, setSelectedIds] = useState<string[]>(initial);
  return (
    <PersonPicker
      label="People"
      selectedIds={selectedIds}
      isMultiple={isMultiple}
      autoFocus
      onChange={(ids) => {
        latest = ids;
        setSelectedIds(ids);
      }}
    />
  );
}

async function suggestionsFor(user: ReturnType<typeof userEvent.setup>, query: string) {
  await user.keyboard(query);
  const listbox = screen.getByRole('listbox', { hidden: true });
  await waitFor(() => {
    expect(within(listbox).queryAllByRole('option').length).toBeGreaterThan(0);
  });
  return listbox;
}

describe('PersonPicker', () => {
  it('is a labelled combobox that controls a listbox', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'People' });
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const listbox = await suggestionsFor(user, 'an');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveAccessibleName('Andreas Nilsson');
    expect(options[1]).toHaveAccessibleName('Anna Berg');
  });

  it('names each option by the person, described by organisation and tie status', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await suggestionsFor(user, 'anna');
    const option = screen.getByRole('option', { name: 'Anna Berg' });
    // Added long ago and never touched: the tie has gone quiet.
    await waitFor(() => {
      expect(option).toHaveAccessibleDescription('Acme AB · CFO Status: Dormant');
    });
  });

  it('leaves archived people out and ignores case and diacritics', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await suggestionsFor(user, 'a');
    expect(screen.queryByRole('option', { name: 'Anita Gammal' })).not.toBeInTheDocument();
    await user.clear(screen.getByRole('combobox'));
    await suggestionsFor(user, 'asa');
    expect(screen.getByRole('option', { name: 'Åsa Öberg' })).toBeInTheDocument();
  });

  it('moves through suggestions with the arrow keys and picks with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox');
    await suggestionsFor(user, 'an');
    const first = screen.getByRole('option', { name: 'Andreas Nilsson' });
    const second = screen.getByRole('option', { name: 'Anna Berg' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);

    await user.keyboard('{ArrowDown}');
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', second.id);

    await user.keyboard('{Enter}');
    expect(latest).toEqual([anna.id]);
    expect(screen.getByRole('button', { name: 'Remove Anna Berg' })).toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('picks several people and leaves the picked ones out of the suggestions', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await suggestionsFor(user, 'an');
    await user.click(screen.getByRole('option', { name: 'Anna Berg' }));
    await suggestionsFor(user, 'an');
    expect(screen.queryByRole('option', { name: 'Anna Berg' })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(latest).toEqual([anna.id, andreas.id]);
  });

  it('replaces the person when only one may be picked', async () => {
    const user = userEvent.setup();
    render(<Harness isMultiple={false} initial={[anna.id]} />);
    await suggestionsFor(user, 'bo');
    await user.keyboard('{Enter}');
    expect(latest).toEqual([bo.id]);
  });

  it('removes the last person with Backspace in the empty input, or any with its chip', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[anna.id, bo.id, andreas.id]} />);
    await user.keyboard('{Backspace}');
    expect(latest).toEqual([anna.id, bo.id]);
    await user.click(await screen.findByRole('button', { name: 'Remove Anna Berg' }));
    expect(latest).toEqual([bo.id]);
  });

  it('does not remove anyone with Backspace while there is text', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[anna.id]} />);
    await user.keyboard('b{Backspace}');
    expect(latest).toEqual([]);
    expect(await screen.findByRole('button', { name: 'Remove Anna Berg' })).toBeInTheDocument();
  });

  it('closes the list with Escape, then clears the text with a second Escape', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox');
    await suggestionsFor(user, 'an');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('an');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('opens the list with ArrowDown when nothing is typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox');
    await suggestionsFor(user, 'a');
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const names = screen
      .getAllByRole('option')
      .map((option) => option.querySelector('.picker-option-name')?.textContent);
    expect(names).toEqual(['Andreas Nilsson', 'Anna Berg', 'Åsa Öberg', 'Bo Ek']);
  });

  it('says when no one matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await suggestionsFor(user, 'a');
    await user.keyboard('zzz');
    expect(await screen.findByText('No one matches “azzz”.')).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  });
});
