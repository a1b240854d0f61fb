import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TiesDatabase } from './db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { logsOfTouches, touchesOfLogs } from './codecs/touch-log';
import fixture from '../../tests/fixtures/v1-data.json';

// Starts from a database made at each earlier schema version, holding the committed
// fixture in the shape that version kept it (touches as rows before version 3, in logs
// from then on; plain phones and e-mails before version 7), and opens it with the current
// schema: the data comes through intact, and the tables of asks and introductions (version
// 9) are there and empty.
const NAME = 'ties-upgrade-to-v9';

/** The fixture's people with labelled phones and e-mails, as version 7 on keeps them. */
const LABELLED = fixture.tables.contacts.map((person) => ({
  ...person,
  emails: person.emails.map((value) => ({ value })),
  phones: person.phones.map((value) => ({ value })),
}));

const TOUCHES = fixture.tables.interactions as unknown as Parameters<typeof logsOfTouches>[0];

/** A database as schema `version` left it, with the fixture's data in that version's shape. */
async function writeDatabaseAt(version: number): Promise<void> {
  const old = new Dexie(NAME);
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version <= version) old.version(entry.version).stores(entry.stores);
  }
  await old.open();
  const { contacts, interactions, participations, ...rest } = fixture.tables;
  await old.transaction('rw', old.tables, async () => {
    await old.table('contacts').bulkAdd(version >= 7 ? LABELLED : contacts);
    if (version >= 3) await old.table('touchLogs').bulkAdd(logsOfTouches(TOUCHES));
    else {
      await old.table('interactions').bulkAdd(interactions);
      await old.table('participations').bulkAdd(participations);
    }
    for (const [table, rows] of Object.entries(rest)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

const EARLIER = SCHEMA_VERSIONS.map((entry) => entry.version).filter((v) => v < LATEST_VERSION);

describe('opening data of every earlier schema version with the current one', () => {
  it('covers versions 1 to 8', () => {
    expect(LATEST_VERSION).toBe(9);
    expect(EARLIER).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.each(EARLIER)(
    'from version %i: keeps every record, with no asks or introductions yet',
    async (version) => {
      await writeDatabaseAt(version);
      const current = new TiesDatabase(NAME);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      const { interactions, contacts } = fixture.tables;
      const rest = Object.entries(fixture.tables).filter(
        ([table]) => !['contacts', 'interactions', 'participations'].includes(table),
      );
      expect(await current.contacts.toArray()).toEqual(expect.arrayContaining(LABELLED));
      expect(await current.contacts.count()).toBe(contacts.length);
      const touches = touchesOfLogs(await current.touchLogs.toArray());
      expect(touches).toHaveLength(interactions.length);
      expect(touches).toEqual(expect.arrayContaining(interactions));
      for (const [table, rows] of rest) {
        expect(await current.table(table).toArray(), table).toEqual(rows);
      }
      expect(await current.asks.count()).toBe(0);
      expect(await current.introductions.count()).toBe(0);
      // The new tables take writes by their indexes at once.
      expect(
        await current.asks
          .where('contactId')
          .equals(contacts[0]?.id ?? '')
          .count(),
      ).toBe(0);
      expect(await current.introductions.where('secondId').equals('x').count()).toBe(0);
      current.close();
    },
  );
});
