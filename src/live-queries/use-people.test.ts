import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { readPeople, readPeopleInChunks } from './use-people';
import { freshDatabase, makePerson, seedPeople } from '../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
});

describe('readPeopleInChunks', () => {
  it('reads the same people in the same order as readPeople, over several chunks', async () => {
    const deleted = makePerson('Anna', 'Berg', { deletedAt: 5_000 });
    await seedPeople(
      makePerson('Örjan', 'Ek'),
      makePerson('Bo', 'Ek'),
      deleted,
      makePerson('Anna', 'Berg'),
      makePerson('Anna', 'Berg', { isArchived: true }),
      makePerson('Cecilia', 'Åberg'),
      makePerson('Anna', 'Berg'),
    );
    // Key order is not name order: ids that sort the other way round.
    await db.contacts.add({ ...makePerson('Adam', 'Al'), id: 'zzz' });

    const expected = await readPeople();
    expect(expected.map((person) => person.id)).not.toContain(deleted.id);
    for (const chunkSize of [1, 2, 3, 8, 500]) {
      expect(await readPeopleInChunks(chunkSize)).toEqual(expected);
    }
    expect(expected).toHaveLength(7);
    // Both read in key order; the screens put people in the language's name order.
    expect(expected.at(-1)?.id).toBe('zzz');
  });

  it('reads nobody from an empty database', async () => {
    expect(await readPeopleInChunks(2)).toEqual([]);
  });
});
