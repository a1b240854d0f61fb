// Tie health on the people screens: a status badge on every person in the list, on the
// person page and in the picker; the list's status and give-and-take filters and the
// most-overdue sort; the person page's rhythm line, strength, balance and pause.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonPicker } from '../../components/person-picker';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { addTouch } from '../../db/writes/touches';
import PeoplePage from './people-page';
import { usePeopleListStore } from './people-list-store';
import PersonPage from './person-page';
import { I18nProvider } from '../../i18n/i18n-provider';
import { freshDatabase, makePerson } from '../../../tests/support/log-seed';
import { noonDaysAgo, seedStatuses, touchedDaysAgo } from '../../../tests/support/tie-seed';

beforeEach(async () => {
  await freshDatabase();
  useToastStore.setState({ toasts: [] });
  usePeopleListStore.setState({
    query: '',
    sort: 'name',
    isShowingArchived: false,
    status: 'any',
    flag: 'any',
  });
  // jsdom does not implement scrolling; the virtualized list asks for it on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

const rowNames = () =>
  within(screen.getByTestId('people-list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the people list', () => {
  it('shows each person’s status badge, word and shape', async () => {
    await seedStatuses();
    renderAt('/people');
    const expected = {
      'Olle Ok': 'On track',
      'Dora Due': 'Due soon',
      'Otto Overdue': 'Overdue',
      'Dag Dormant': 'Dormant',
      'Nina New': 'New',
      'Paula Paused': 'Paused',
    };
    for (const [name, status] of Object.entries(expected)) {
      const link = await screen.findByRole('link', { name });
      expect(link).toHaveAccessibleDescription(new RegExp(`^Status: ${status}\\b`));
      const row = link.closest('[role="listitem"]');
      if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`);
      const badge = row.querySelector('.tie-badge');
      expect(badge).toHaveTextContent(`Status: ${status}`);
      // A shape as well as a colour.
      expect(badge?.querySelector('svg')).not.toBeNull();
    }
  });

  it('filters by status', async () => {
    await seedStatuses();
    const user = userEvent.setup();
    renderAt('/people');
    await screen.findByRole('link', { name: 'Olle Ok' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'overdue');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Otto Overdue']);
    });
    expect(screen.getByText('1 match')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'paused');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Paula Paused']);
    });
  });

  it('filters by give-and-take flag, and offers to show everyone when no one fits', async () => {
    await seedStatuses();
    const user = userEvent.setup();
    renderAt('/people');
    await screen.findByRole('link', { name: 'Olle Ok' });
    const flag = screen.getByRole('combobox', { name: 'Give and take' });
    await user.selectOptions(flag, 'you-owe');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Yvonne Owed']);
    });
    await user.selectOptions(flag, 'one-sided');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Yvonne Owed']);
    });
    await user.selectOptions(flag, 'over-giving');
    expect(await screen.findByText('No one fits these filters right now.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    await waitFor(() => {
      expect(rowNames()).toHaveLength(7);
    });
  });

  it('sorts the most overdue first', async () => {
    await seedStatuses();
    const user = userEvent.setup();
    renderAt('/people');
    await screen.findByRole('link', { name: 'Olle Ok' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'mostOverdue');
    await waitFor(() => {
      expect(rowNames()).toEqual([
        'Dag Dormant',
        'Otto Overdue',
        'Dora Due',
        'Olle Ok',
        'Yvonne Owed',
        'Nina New',
        'Paula Paused',
      ]);
    });
  });
});

describe('the person page', () => {
  it('says the rhythm, the last touch and when the next is due, with the badge', async () => {
    const person = touchedDaysAgo('Åsa', 'Lind', 12);
    await db.contacts.add(person);
    renderAt(`/people/${person.id}`);
    const card = await screen.findByRole('region', { name: 'Keeping in touch' });
    expect(
      await within(card).findByText('every 30 days · last touch 12 days ago · due in 18 days'),
    ).toBeVisible();
    expect(within(card).getByText('On track')).toBeVisible();
  });

  it('says so when there is no set rhythm, or when the person is due or paused', async () => {
    const loose = touchedDaysAgo('Lo', 'Loose', 1, { cadenceDays: null });
    const late = touchedDaysAgo('Otto', 'Late', 41);
    const resting = touchedDaysAgo('Paula', 'Rest', 12, { isPaused: true });
    await db.contacts.bulkAdd([loose, late, resting]);

    const first = renderAt(`/people/${loose.id}`);
    expect(await screen.findByText('no set rhythm · last touch 1 day ago')).toBeVisible();
    first.unmount();

    const second = renderAt(`/people/${late.id}`);
    expect(
      await screen.findByText('every 30 days · last touch 41 days ago · due 11 days ago'),
    ).toBeVisible();
    expect(screen.getByText('Overdue')).toBeVisible();
    second.unmount();

    renderAt(`/people/${resting.id}`);
    expect(
      await screen.findByText('every 30 days · last touch 12 days ago · paused'),
    ).toBeVisible();
    expect(screen.getByText(/^Paused: Paula Rest will not come up as due/)).toBeVisible();
  });

  it('shows strength, the balance in words and a gentle note for you-owe', async () => {
    const anna = makePerson('Anna', 'Berg', { tier: 'close', createdAt: noonDaysAgo(300) });
    await db.contacts.add(anna);
    await addTouch({
      at: noonDaysAgo(1),
      kind: 'coffee',
      participantIds: [anna.id],
      note: '',
      initiator: 'them',
      gave: [],
      received: ['help', 'intro', 'advice'],
      askedForHelp: true,
    });
    renderAt(`/people/${anna.id}`);
    // One coffee a day ago: 3 touch units, a little decayed → 39 of 100.
    expect(await screen.findByText('39 of 100: light')).toBeVisible();
    expect(screen.getByText('Lately they have given you more than you gave.')).toBeVisible();
    expect(screen.getByText('You owe them one')).toBeVisible();
    expect(screen.getByText(/A small favour, an introduction or a useful article/)).toBeVisible();
  });

  it('pauses and resumes a person, keeping the due time true', async () => {
    const person = touchedDaysAgo('Bo', 'Ek', 12);
    await db.contacts.add(person);
    const user = userEvent.setup();
    renderAt(`/people/${person.id}`);
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Bo Ek paused')).toBeVisible();
    await waitFor(async () => {
      expect((await db.contacts.get(person.id))?.isPaused).toBe(true);
    });
    expect((await db.contacts.get(person.id))?.nextDueAt).toBeUndefined();
    const card = screen.getByRole('region', { name: 'Keeping in touch' });
    expect(await within(card).findByText('Paused')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => {
      expect((await db.contacts.get(person.id))?.nextDueAt).toBe(noonDaysAgo(12) + 30 * 86_400_000);
    });
    expect(await within(card).findByText('On track')).toBeVisible();
  });

  it('speaks Swedish', async () => {
    const person = touchedDaysAgo('Åsa', 'Lind', 12);
    await db.contacts.add(person);
    render(
      <I18nProvider language="sv">
        <MemoryRouter initialEntries={[`/people/${person.id}`]}>
          <Routes>
            <Route path="/people/:personId" element={<PersonPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(
      await screen.findByText(
        'var 30:e dag · senaste kontakt för 12 dagar sedan · dags om 18 dagar',
      ),
    ).toBeVisible();
    expect(screen.getByText('I fas')).toBeVisible();
  });
});

function Picker() {
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  return <PersonPicker label="People" selectedIds={selectedIds} onChange={setSelectedIds} />;
}

describe('the person picker', () => {
  it('shows each suggestion’s status', async () => {
    await seedStatuses();
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(screen.getByRole('combobox', { name: 'People' }));
    await user.keyboard('o');
    const overdue = await screen.findByRole('option', { name: 'Otto Overdue' });
    await waitFor(() => {
      expect(overdue).toHaveAccessibleDescription('Status: Overdue');
    });
    expect(screen.getByRole('option', { name: 'Olle Ok' })).toHaveAccessibleDescription(
      'Status: On track',
    );
  });
});
