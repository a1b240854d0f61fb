import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { logsOfTouches } from '../codecs/touch-log';
import { readGraphGroups, readGraphPeople, readGraphRelations, readGraphTouches } from './graph';
import type { Group, Touch, Relation } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople } from '../../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
});

const stamp = { createdAt: 1, updatedAt: 1, source: 'manual' as const };

function touch(id: string, participantIds: string[], deletedAt?: number): Touch {
  return {
    ...stamp,
    id,
    deletedAt,
    at: 1,
    kind: 'coffee',
    participantIds,
    note: 'private words',
    initiator: 'me',
    gave: [],
    received: [],
    askedForHelp: false,
  };
}

describe('what the graph is read from', () => {
  it('reads the people who are neither deleted nor archived, with only the fields it needs', async () => {
    const [anna] = await seedPeople(
      makePerson('Anna', 'Berg', { notes: 'secret', organisation: 'Acme' }),
      makePerson('Bo', 'Ek', { isArchived: true }),
      makePerson('Cia', 'Dahl', { deletedAt: 5 }),
    );
    const people = await readGraphPeople();
    expect(people.map((person) => person.id)).toEqual([anna.id]);
    expect(people[0]).toMatchObject({ givenName: 'Anna', organisation: 'Acme', tier: 'active' });
    expect(people[0]).not.toHaveProperty('notes');
  });

  it('reads live relations and groups as the graph needs them', async () => {
    const relation: Relation = {
      ...stamp,
      id: 'r1',
      fromId: 'a',
      toId: 'b',
      kind: 'knows',
      note: 'x',
    };
    const gone: Relation = { ...relation, id: 'r2', deletedAt: 3 };
    await db.relations.bulkAdd([relation, gone]);
    const group: Group = {
      ...stamp,
      id: 'g1',
      name: 'Board',
      kind: 'board',
      memberIds: ['a', 'b'],
      hasSpeakers: false,
      hasSocialActivities: false,
      hasSports: false,
      leadersExperience: '',
      notes: 'n',
    };
    await db.groups.bulkAdd([group, { ...group, id: 'g2', deletedAt: 4 }]);
    expect(await readGraphRelations()).toEqual([{ fromId: 'a', toId: 'b' }]);
    expect(await readGraphGroups()).toEqual([{ id: 'g1', name: 'Board', memberIds: ['a', 'b'] }]);
  });

  it('keeps only live touches shared by two or more people, without their notes', async () => {
    // A shared touch is kept in each of its people's logs: it must come out once.
    await db.touchLogs.bulkAdd(
      logsOfTouches([
        touch('t1', ['a']),
        touch('t2', ['a', 'b']),
        touch('t3', ['a', 'b', 'c'], 9),
        touch('t4', ['b', 'c', 'd']),
      ]),
    );
    expect(await readGraphTouches()).toEqual([
      { participantIds: ['a', 'b'] },
      { participantIds: ['b', 'c', 'd'] },
    ]);
  });
});
