import { Dexie, RangeSet } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact } from '../writes/people';
import { db } from '../db';
import { lastPeopleList, prefetchPeopleList, readPackedPeopleList } from './people-list';
import { freshDatabase, makePerson, seedPeople } from '../../../tests/support/log-seed';

const NOW = Date.UTC(2026, 11, 7, 9, 0);

/** Dexie tells of a commit once it is done: give it its turn. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the People list kept from its last read', () => {
  beforeEach(freshDatabase);

  it('is the list read ahead, until a write to anyone is seen', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    await settled();
    expect(lastPeopleList()).toBeUndefined();
    await prefetchPeopleList();
    const kept = lastPeopleList();
    expect(kept?.map((person) => person.givenName).sort()).toEqual(['Anna', 'Bo']);

    await createContact({ givenName: 'Cia' }, NOW);
    await settled();
    expect(lastPeopleList()).toBeUndefined();
    const read = await readPackedPeopleList();
    expect(lastPeopleList()).toBe(read);
    expect(read?.map((person) => person.givenName).sort()).toEqual(['Anna', 'Bo', 'Cia']);
  });

  it('is not kept when a write is seen while it is being read', async () => {
    await seedPeople(makePerson('Anna', 'Berg'));
    await settled();
    const reading = readPackedPeopleList();
    // What Dexie tells every tab of a commit elsewhere, arriving mid-read.
    Dexie.on('storagemutated').fire({ [`idb://${db.name}/contacts/`]: new RangeSet(-Infinity) });
    expect(await reading).toHaveLength(1);
    expect(lastPeopleList()).toBeUndefined();
    // The next read, with no write seen meanwhile, is kept.
    const read = await readPackedPeopleList();
    expect(lastPeopleList()).toBe(read);
  });
});
