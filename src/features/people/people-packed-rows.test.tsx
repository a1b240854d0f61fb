// The People screen reads its list from the packed rows (db/codecs/people-rows.ts). When they
// are missing, as right after the upgrade that adds them, the screen still lists everyone
// (from the full records) and packs the rows again for the next visit; a write then shows
// in the list through the rows.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContact, updateContact } from '../../db/writes/people';
import { db } from '../../db/db';
import { prefetchPeopleList, readPackedPeopleList } from '../../db/reads/people-list';
import PeoplePage from './people-page';
import { usePeopleListStore } from './people-list-store';
import { freshDatabase } from '../../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
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

const rowNames = () =>
  within(screen.getByTestId('people-list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the people list from its packed rows', () => {
  it('lists everyone when the rows are missing, packs them again, and follows later writes', async () => {
    await createContact({ givenName: 'Åke', familyName: 'Öberg', role: 'CTO' });
    const anna = await createContact({ givenName: 'Anna', familyName: 'Berg' });
    await db.peopleRows.clear();
    expect(await readPackedPeopleList()).toBeUndefined();

    render(
      <MemoryRouter initialEntries={['/people']}>
        <PeoplePage />
      </MemoryRouter>,
    );
    await waitFor(() => {
      expect(rowNames()).toEqual(['Åke Öberg', 'Anna Berg']);
    });
    await waitFor(async () => {
      expect((await readPackedPeopleList())?.map((person) => person.givenName).sort()).toEqual([
        'Anna',
        'Åke',
      ]);
    });

    await updateContact(anna, { givenName: 'Annika' });
    await waitFor(() => {
      expect(rowNames()).toEqual(['Åke Öberg', 'Annika Berg']);
    });
    // Search reads the packed search text: "ake" finds Åke.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'ake');
    await waitFor(() => {
      expect(rowNames()).toEqual(['Åke Öberg']);
    });
  });

  it('joins the list read ahead when opened before it arrived, and still follows writes', async () => {
    await createContact({ givenName: 'Anna', familyName: 'Berg' });
    const bo = await createContact({ givenName: 'Bo', familyName: 'Ek' });
    const rowReads = vi.spyOn(db.peopleRows, 'toArray');
    // The read-ahead is on its way when the screen opens.
    const readAhead = prefetchPeopleList();
    render(
      <MemoryRouter initialEntries={['/people']}>
        <PeoplePage />
      </MemoryRouter>,
    );
    await readAhead;
    await waitFor(() => {
      expect(rowNames()).toEqual(['Anna Berg', 'Bo Ek']);
    });
    // One read of the rows served both.
    expect(rowReads).toHaveBeenCalledTimes(1);

    await updateContact(bo, { givenName: 'Bosse' });
    await waitFor(() => {
      expect(rowNames()).toEqual(['Anna Berg', 'Bosse Ek']);
    });
  });
});
