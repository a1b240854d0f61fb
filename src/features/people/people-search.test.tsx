import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../../i18n/i18n-provider';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { archiveContact, createContact } from '../../db/writes/people';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import { emptyDerived, searchTextOf, sortNameOf } from '../../domain/contact';
import { emptyContactInput } from '../../domain/contact-validation';
import type { Contact } from '../../domain/types';
import PeoplePage from './people-page';
import { usePeopleListStore } from './people-list-store';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  usePeopleListStore.setState({ query: '', sort: 'name', isShowingArchived: false });
  // jsdom does not implement scrolling; the virtualized list asks for it on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function renderPeople() {
  return render(
    <MemoryRouter initialEntries={['/people']}>
      <PeoplePage />
    </MemoryRouter>,
  );
}

async function seedThree() {
  const asa = await createContact({ givenName: 'Åsa', familyName: 'Lind', organisation: 'Volvo' });
  const erik = await createContact({ givenName: 'Erik', familyName: 'Östberg', role: 'CFO' });
  const anna = await createContact({ givenName: 'Anna', familyName: 'Berg' });
  return { asa, erik, anna };
}

const rowNames = () =>
  within(screen.getByTestId('people-list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the people list', () => {
  it('shows everyone by name, each row a link to the person', async () => {
    const { asa } = await seedThree();
    renderPeople();
    const link = await screen.findByRole('link', { name: 'Åsa Lind' });
    expect(link).toHaveAttribute('href', `/people/${asa}`);
    expect(rowNames()).toEqual(['Anna Berg', 'Åsa Lind', 'Erik Östberg']);
    expect(screen.getByText('3 people')).toBeInTheDocument();
    expect(within(screen.getByTestId('people-list')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('finds Åsa Lind when typing "asa" and hides the others', async () => {
    await seedThree();
    renderPeople();
    await screen.findByRole('link', { name: 'Anna Berg' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'asa');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Åsa Lind']);
    });
    expect(screen.queryByRole('link', { name: 'Anna Berg' })).not.toBeInTheDocument();
    expect(screen.getByText('1 match')).toBeInTheDocument();
  });

  it('finds Östberg when typing "ostberg"', async () => {
    await seedThree();
    renderPeople();
    await screen.findByRole('link', { name: 'Anna Berg' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'ostberg');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Erik Östberg']);
    });
  });

  it('says so when no one matches', async () => {
    await seedThree();
    renderPeople();
    await screen.findByRole('link', { name: 'Anna Berg' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'zzz');
    expect(await screen.findByText('No one matches “zzz”.')).toBeInTheDocument();
    expect(screen.queryByTestId('people-list')).not.toBeInTheDocument();
  });

  it('sorts by last touch with people never touched last', async () => {
    const { asa, erik } = await seedThree();
    const yesterdayNoon = new Date();
    yesterdayNoon.setDate(yesterdayNoon.getDate() - 1);
    yesterdayNoon.setHours(12, 0, 0, 0);
    await db.contacts.update(asa, { lastTouchAt: yesterdayNoon.getTime() });
    await db.contacts.update(erik, { lastTouchAt: Date.now() });
    renderPeople();
    await screen.findByRole('link', { name: 'Anna Berg' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'lastTouch');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Erik Östberg', 'Åsa Lind', 'Anna Berg']);
    });
    expect(screen.getByRole('link', { name: 'Åsa Lind' })).toHaveAccessibleDescription(
      'Status: New Volvo Last touch yesterday',
    );
    expect(screen.getByRole('link', { name: 'Anna Berg' })).toHaveAccessibleDescription(
      'Status: New No touch yet',
    );
  });

  it('hides archived people until asked to show them', async () => {
    const { asa } = await seedThree();
    await archiveContact(asa);
    renderPeople();
    await screen.findByRole('link', { name: 'Anna Berg' });
    expect(screen.queryByRole('link', { name: 'Åsa Lind' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(await screen.findByRole('link', { name: 'Åsa Lind' })).toHaveAccessibleDescription(
      'Status: New Archived Volvo No touch yet',
    );
  });

  it('speaks Swedish when the app does', async () => {
    await seedThree();
    render(
      <I18nProvider language="sv">
        <MemoryRouter initialEntries={['/people']}>
          <PeoplePage />
        </MemoryRouter>
      </I18nProvider>,
    );
    await screen.findByRole('link', { name: 'Åsa Lind' });
    expect(screen.getByRole('searchbox', { name: 'Sök personer' })).toBeVisible();
    expect(screen.getByText('3 personer')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lägg till person' })).toBeVisible();
  });

  it('offers adding a person and the demo when there is no one yet', async () => {
    renderPeople();
    expect(await screen.findByRole('heading', { name: 'Your network starts here' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute(
      'href',
      '/people/new',
    );
    expect(screen.getByRole('link', { name: 'Try the demo network' })).toHaveAttribute(
      'href',
      '/welcome',
    );
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('renders only the rows near the screen for a long list', async () => {
    const people: Contact[] = Array.from({ length: 2_000 }, (_, index) => {
      const fields = {
        ...emptyContactInput(),
        givenName: `Person ${String(index).padStart(4, '0')}`,
      };
      return {
        ...fields,
        ...emptyDerived(),
        id: `p${index}`,
        createdAt: 0,
        updatedAt: 0,
        source: 'manual',
        links: [],
        isPaused: false,
        isArchived: false,
        sortName: sortNameOf(fields),
        searchText: searchTextOf(fields),
      };
    });
    await db.contacts.bulkAdd(people);
    renderPeople();
    await screen.findByRole('link', { name: 'Person 0000' });
    expect(screen.getByText('2,000 people')).toBeInTheDocument();
    const rendered = within(screen.getByTestId('people-list')).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '2000');
  });
});
