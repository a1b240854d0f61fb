import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import type { Language, Tier } from '../../domain/types';
import PeoplePage from './people-page';
import { usePeopleListStore } from './people-list-store';
import { stopSelecting } from './people-selection-store';
import { I18nProvider } from '../../i18n/i18n-provider';
import { makePerson } from '../../../tests/support/people';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  usePeopleListStore.setState({
    query: '',
    sort: 'name',
    isShowingArchived: false,
    status: 'any',
    flag: 'any',
  });
  stopSelecting();
  useToastStore.setState({ toasts: [] });
  // jsdom does not implement scrolling; the virtualized list asks for it on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function renderPeople(language: Language = 'en') {
  return render(
    <I18nProvider language={language}>
      <MemoryRouter initialEntries={['/people']}>
        <PeoplePage />
        <Toasts />
      </MemoryRouter>
    </I18nProvider>,
  );
}

const TIER_CYCLE: readonly Tier[] = ['inner', 'close', 'active', 'wide', 'acquaintance'];

/**
 * 60 people: the 40 with the tag "Board" are more than the virtual list draws in jsdom's
 * 768 px window (about 15 rows), so "select all" must reach people never drawn.
 */
async function seedBoardAndOthers() {
  const people = Array.from({ length: 60 }, (_, index) =>
    makePerson(`Person${String(index).padStart(2, '0')}`, 'Test', {
      tier: TIER_CYCLE[index % TIER_CYCLE.length] ?? 'active',
      tags: index < 40 ? ['Board'] : [],
    }),
  );
  await db.contacts.bulkAdd(people);
  return people;
}

const rowNames = () =>
  within(screen.getByTestId('people-list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('bulk edit on the People list', () => {
  it('selects everyone the search finds, not only the drawn rows, sets their tier and undoes it', async () => {
    const people = await seedBoardAndOthers();
    const tiersBefore = new Map(people.map((person) => [person.id, person.tier]));
    renderPeople();
    await screen.findByRole('link', { name: 'Person00 Test' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'board');
    await screen.findByText('40 matches');
    expect(rowNames().length).toBeLessThan(40);

    await userEvent.click(screen.getByRole('button', { name: 'Select' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all 40 people in this list' }),
    );
    expect(screen.getByText('40 people selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Person00 Test' })).toBeChecked();

    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'inner');
    await userEvent.click(screen.getByRole('button', { name: 'Set tier' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    // Already "inner": 8 of the 40 (every fifth) were not changed, and are not counted.
    expect(screen.getByText('Tier set for 32 people.')).toBeInTheDocument();
    const edited = await db.contacts.toArray();
    for (const person of edited) {
      const isBoard = person.tags.includes('Board');
      expect(person.tier).toBe(isBoard ? 'inner' : tiersBefore.get(person.id));
    }

    await userEvent.click(undo);
    await screen.findByText('Changed back.');
    const undone = await db.contacts.toArray();
    for (const person of undone) expect(person.tier).toBe(tiersBefore.get(person.id));
  });

  it('selects with the keyboard: Tab to a row checkbox, Space ticks it', async () => {
    await seedBoardAndOthers();
    renderPeople();
    await screen.findByRole('link', { name: 'Person00 Test' });
    await userEvent.click(screen.getByRole('button', { name: 'Select' }));
    const first = screen.getByRole('checkbox', { name: 'Select Person00 Test' });
    act(() => {
      first.focus();
    });
    await userEvent.keyboard(' ');
    expect(first).toBeChecked();
    expect(screen.getByText('1 person selected')).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: 'Select Person01 Test' })).toHaveFocus();
  });

  it('sets "no set rhythm" and adds a tag for the people picked, with Undo', async () => {
    const people = await seedBoardAndOthers();
    renderPeople();
    await screen.findByRole('link', { name: 'Person00 Test' });
    await userEvent.click(screen.getByRole('button', { name: 'Select' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Person00 Test' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Person01 Test' }));

    await userEvent.selectOptions(screen.getByLabelText('How often to be in touch'), 'none');
    await userEvent.click(screen.getByRole('button', { name: 'Set rhythm' }));
    await screen.findByText('Rhythm set for 2 people.');
    const picked = [people[0]?.id ?? '', people[1]?.id ?? ''];
    expect((await db.contacts.bulkGet(picked)).map((p) => p?.cadenceDays)).toEqual([null, null]);

    await userEvent.type(screen.getByLabelText('Tags, separated by commas'), 'Mentor, golf');
    await userEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    await screen.findByText('Tags added to 2 people.');
    expect((await db.contacts.bulkGet(picked)).map((p) => p?.tags)).toEqual([
      ['Board', 'Mentor', 'golf'],
      ['Board', 'Mentor', 'golf'],
    ]);
    // The rhythm's toast may still be up: the last Undo is the tags'.
    const undos = screen.getAllByRole('button', { name: 'Undo' });
    await userEvent.click(undos[undos.length - 1] as HTMLElement);
    await waitFor(async () => {
      expect((await db.contacts.bulkGet(picked)).map((p) => p?.tags)).toEqual([
        ['Board'],
        ['Board'],
      ]);
    });
  });

  it('names a bad rhythm, keeps what was typed and changes nobody', async () => {
    await seedBoardAndOthers();
    const before = await db.contacts.toArray();
    renderPeople('sv');
    await screen.findByRole('link', { name: 'Person00 Test' });
    await userEvent.click(screen.getByRole('button', { name: 'Välj' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Välj Person00 Test' }));
    await userEvent.selectOptions(screen.getByLabelText('Hur ofta ni ska höras'), 'custom');
    const days = screen.getByLabelText('Hur många dagar mellan');
    await userEvent.clear(days);
    await userEvent.type(days, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Ange rytm' }));
    // Swedish writes 3650 as "3 650", with a no-break space.
    const message = await screen.findByText(/^Ange ett helt antal dagar från 1 till 3\s650\.$/);
    expect(message).toHaveAttribute('role', 'alert');
    expect(days).toHaveValue('0');
    expect(await db.contacts.toArray()).toEqual(before);
  });
});

describe('name order on the People list', () => {
  async function seedNames() {
    await db.contacts.bulkAdd([
      makePerson('Åke', 'Zetterberg'),
      makePerson('Zacharias', 'Öberg'),
      makePerson('Anna', 'Berg'),
      makePerson('Cher', ''),
    ]);
  }

  it('puts Åke after Zacharias in Swedish', async () => {
    await seedNames();
    renderPeople('sv');
    await screen.findByRole('link', { name: 'Åke Zetterberg' });
    expect(rowNames()).toEqual(['Anna Berg', 'Cher', 'Zacharias Öberg', 'Åke Zetterberg']);
  });

  it('puts Åke among the A’s in English', async () => {
    await seedNames();
    renderPeople('en');
    await screen.findByRole('link', { name: 'Åke Zetterberg' });
    expect(rowNames()).toEqual(['Åke Zetterberg', 'Anna Berg', 'Cher', 'Zacharias Öberg']);
  });

  it('sorts by family name when asked, with a one-word name by that name', async () => {
    await seedNames();
    renderPeople('sv');
    await screen.findByRole('link', { name: 'Åke Zetterberg' });
    await userEvent.selectOptions(screen.getByLabelText('Sortera efter'), 'familyName');
    expect(rowNames()).toEqual(['Anna Berg', 'Cher', 'Åke Zetterberg', 'Zacharias Öberg']);
    expect(usePeopleListStore.getState().sort).toBe('familyName');
  });
});
