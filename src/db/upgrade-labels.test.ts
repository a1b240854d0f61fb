import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TiesDatabase } from './db';
import { SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';
import fixture from '../../tests/fixtures/v1-data.json';

// Starts from the version-1 fixture, brought by the shipped upgrades to each earlier
// version in turn, and opens it with the current schema: every person's phones and e-mails
// (and those recorded from an import) become unlabelled entries, and nothing else changes.
const NAME = 'ties-upgrade-labels';

type PlainPerson = Record<string, unknown> & {
  id: string;
  emails: string[];
  phones: string[];
};

const [first] = fixture.tables.contacts as PlainPerson[];
if (!first) throw new Error('the fixture has no people');
/** A person an import touched, as versions 1–6 stored one: plain lists in importedValues. */
const IMPORTED: PlainPerson = {
  ...first,
  id: '3f0c1d2e-0000-4000-8000-0000000000ff',
  source: 'vcard',
  emails: ['karin@example.se', 'k.b@work.example'],
  phones: ['+46 70 765 43 21'],
  importedValues: {
    givenName: 'Karin',
    emails: ['karin@example.se'],
    phones: ['+46 70 765 43 21', '+46 8 555'],
  },
};
const PEOPLE: PlainPerson[] = [...(fixture.tables.contacts as PlainPerson[]), IMPORTED];

async function writeDatabaseAt(version: number): Promise<void> {
  const v1 = SCHEMA_VERSIONS.find((entry) => entry.version === 1);
  if (!v1) throw new Error('schema version 1 is missing');
  const old = new Dexie(NAME);
  old.version(1).stores(v1.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(table === 'contacts' ? PEOPLE : rows);
    }
  });
  old.close();
  // The same data brought to `version` by the upgrades that shipped up to it.
  const later = new Dexie(NAME);
  for (const entry of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) {
    const declared = later.version(entry.version).stores(entry.stores);
    const upgrade = UPGRADES[entry.version];
    if (upgrade) declared.upgrade(upgrade);
  }
  await later.open();
  expect(later.verno).toBe(version);
  later.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

const EARLIER = SCHEMA_VERSIONS.map((entry) => entry.version).filter((version) => version < 7);

describe('opening the data of every earlier version with labelled phones and e-mails', () => {
  it.each(EARLIER)(
    'turns the plain lists of version %i into unlabelled entries',
    async (version) => {
      await writeDatabaseAt(version);
      const current = new TiesDatabase(NAME);
      await current.open();
      const stored = await current.contacts.toArray();
      expect(stored).toHaveLength(PEOPLE.length);
      for (const person of PEOPLE) {
        const { emails, phones, importedValues, ...rest } = person;
        const after = stored.find((candidate) => candidate.id === person.id);
        expect(after).toMatchObject(rest);
        expect(after?.emails).toEqual(emails.map((value) => ({ value })));
        expect(after?.phones).toEqual(phones.map((value) => ({ value })));
        if (importedValues === undefined) expect(after?.importedValues).toBeUndefined();
      }
      expect(stored.find((person) => person.id === IMPORTED.id)?.importedValues).toEqual({
        givenName: 'Karin',
        emails: [{ value: 'karin@example.se' }],
        phones: [{ value: '+46 70 765 43 21' }, { value: '+46 8 555' }],
      });
      current.close();
    },
  );

  it('leaves entries that already carry labels as they are', async () => {
    await writeDatabaseAt(6);
    const current = new TiesDatabase(NAME);
    await current.open();
    await current.contacts.update(IMPORTED.id, {
      phones: [{ value: '+46 70 765 43 21', kind: 'custom', label: 'Styrelse' }],
    });
    current.close();
    // Opening again runs no upgrade: the label stays.
    const again = new TiesDatabase(NAME);
    await again.open();
    expect((await again.contacts.get(IMPORTED.id))?.phones).toEqual([
      { value: '+46 70 765 43 21', kind: 'custom', label: 'Styrelse' },
    ]);
    again.close();
  });
});
