import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContact, deleteContact, undoDeleteContact } from '../writes/people';
import { db, TiesDatabase } from '../db';
import { readPackedPeopleList } from '../reads/people-list';
import { rebuildPeopleRows } from './registry';
import {
  PEOPLE_ROW_SHARDS,
  PEOPLE_ROWS_FORMAT,
  packPeopleRows,
  peopleListPersonOf,
  peopleShardOf,
  peopleOfRows,
  type PeopleListPerson,
} from '../codecs/people-rows';
import { SCHEMA_VERSIONS } from '../schema';
import { UPGRADES } from '../upgrades';
import type { Contact } from '../../domain/types';
import fixture from '../../../tests/fixtures/v1-data.json';
import { freshDatabase, makePerson, seedPeople } from '../../../tests/support/log-seed';

const NOW = Date.UTC(2026, 11, 7, 9, 0);
const byId = (a: PeopleListPerson, b: PeopleListPerson) => (a.id < b.id ? -1 : 1);

/** What the list should read: everyone not deleted, as stored. */
function listOf(contacts: readonly Contact[]): PeopleListPerson[] {
  return contacts
    .filter((contact) => contact.deletedAt === undefined)
    .map(peopleListPersonOf)
    .sort(byId);
}

describe('the People list’s packed rows', () => {
  beforeEach(freshDatabase);

  it('hold everyone not deleted, and a delete and its undo take them out and back', async () => {
    const [anna, bo] = await seedPeople(
      makePerson('Åke', 'Öberg', { organisation: 'Volvo', role: 'CTO' }),
      makePerson('Bo', 'Ek', { cadenceDays: null, isArchived: true }),
    );
    const id = await createContact({ givenName: 'Cia', familyName: 'Lund' }, NOW);
    await deleteContact(bo.id, NOW);
    let list = (await readPackedPeopleList())?.sort(byId);
    expect(list?.map((person) => person.id).sort()).toEqual([anna.id, id].sort());
    expect(list).toEqual(listOf(await db.contacts.toArray()));
    await undoDeleteContact(bo.id, NOW);
    list = (await readPackedPeopleList())?.sort(byId);
    expect(list).toHaveLength(3);
    expect(list).toEqual(listOf(await db.contacts.toArray()));
  });

  it('are read as unusable when missing or of another format, and a reader rebuilds them', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const expected = listOf(await db.contacts.toArray());
    const row = await db.peopleRows.get(0);
    if (!row) throw new Error('shard 0 is missing');
    await db.peopleRows.put({ ...row, format: PEOPLE_ROWS_FORMAT + 1 });
    expect(await readPackedPeopleList()).toBeUndefined();
    await db.peopleRows.delete(1);
    expect(await readPackedPeopleList()).toBeUndefined();
    await rebuildPeopleRows();
    expect((await readPackedPeopleList())?.sort(byId)).toEqual(expected);
  });

  it('leave no row of an older layout behind when rebuilt (64 shards before format 2)', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const expected = listOf(await db.contacts.toArray());
    const [row] = await db.peopleRows.toArray();
    if (!row) throw new Error('no row');
    const older = Array.from({ length: 64 }, (_, id) => ({ ...row, id, format: 1, count: 0 }));
    await db.peopleRows.bulkPut(older);
    expect(await readPackedPeopleList()).toBeUndefined();
    await rebuildPeopleRows();
    expect(await db.peopleRows.count()).toBe(PEOPLE_ROW_SHARDS);
    expect((await readPackedPeopleList())?.sort(byId)).toEqual(expected);
    // A write that finds its shard of the older layout rebuilds them all, and drops the rest.
    await db.peopleRows.bulkPut(older);
    const id = await createContact({ givenName: 'Cia' }, NOW);
    expect(await db.peopleRows.count()).toBe(PEOPLE_ROW_SHARDS);
    expect((await readPackedPeopleList())?.sort(byId)).toEqual(listOf(await db.contacts.toArray()));
    expect((await readPackedPeopleList())?.some((person) => person.id === id)).toBe(true);
  });

  it('are all rebuilt by a write that finds its shard missing', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const id = await createContact({ givenName: 'Cia' }, NOW);
    await db.peopleRows.clear();
    await deleteContact(id, NOW);
    expect(await db.peopleRows.count()).toBe(PEOPLE_ROW_SHARDS);
    expect((await readPackedPeopleList())?.sort(byId)).toEqual(listOf(await db.contacts.toArray()));
  });

  it('rebuild a shard of another format when one of its people is written', async () => {
    const id = await createContact({ givenName: 'Cia' }, NOW);
    const shard = peopleShardOf(id);
    const row = await db.peopleRows.get(shard);
    if (!row) throw new Error(`shard ${shard} is missing`);
    await db.peopleRows.put({ ...row, format: 0, count: 0 });
    await deleteContact(id, NOW);
    await undoDeleteContact(id, NOW);
    expect((await readPackedPeopleList())?.map((person) => person.id)).toEqual([id]);
  });

  it('keep any character of a name, and the texts of the people after it', () => {
    const odd = makePerson('Tab\tNul\u0000', '😀 Ω', { role: 'Ordförande', organisation: '' });
    // Another id in the same shard, so that the second person's texts start where the
    // first one's end.
    let suffix = 0;
    while (peopleShardOf(`other-${suffix}`) !== peopleShardOf(odd.id)) suffix += 1;
    const next = makePerson('Åsa', 'Lind', { id: `other-${suffix}`, organisation: 'Scania' });
    expect(peopleOfRows(packPeopleRows([odd, next]))?.sort(byId)).toEqual(listOf([odd, next]));
  });
});

describe('opening a version-7 database', () => {
  const NAME = 'ties-upgrade-people-rows';

  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('adds the table empty, and the first write packs everyone', async () => {
    const old = new Dexie(NAME);
    for (const entry of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= 7)) {
      const declared = old.version(entry.version).stores(entry.stores);
      const upgrade = UPGRADES[entry.version];
      if (upgrade) declared.upgrade(upgrade);
    }
    await old.open();
    await old.table('contacts').bulkAdd(fixture.tables.contacts);
    old.close();

    const current = new TiesDatabase(NAME);
    await current.open();
    expect(peopleOfRows(await current.peopleRows.toArray())).toBeUndefined();
    const [first] = await current.contacts.toArray();
    if (!first) throw new Error('the fixture has no people');
    await current.contacts.update(first.id, { role: 'Ordförande' });
    expect(peopleOfRows(await current.peopleRows.toArray())?.sort(byId)).toEqual(
      listOf(await current.contacts.toArray()),
    );
    current.close();
  });
});
