import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { keptRead } from './kept-read';
import { freshDatabase } from '../../../tests/support/log-seed';
import type { Relation } from '../../domain/types';

function relation(id: string, note = ''): Relation {
  return {
    id,
    fromId: 'anna',
    toId: 'erik',
    kind: 'knows',
    note,
    source: 'manual',
    createdAt: 1,
    updatedAt: 1,
  };
}

/** A kept read of the relations that counts how often it really reads them. */
function countedRead() {
  const counter = { reads: 0 };
  const read = keptRead([db.relations], async () => {
    counter.reads += 1;
    return db.relations.toArray();
  });
  return { read, counter };
}

/** Dexie tells of a commit once it is done: give it its turn. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a kept read', () => {
  beforeEach(freshDatabase);

  it('reads once while nothing it depends on is written', async () => {
    await db.relations.add(relation('one'));
    await settled();
    const { read, counter } = countedRead();
    expect(await read()).toHaveLength(1);
    expect(await read()).toHaveLength(1);
    expect(counter.reads).toBe(1);
  });

  it('reads anew after a write to its tables, and not after a write elsewhere', async () => {
    const { read, counter } = countedRead();
    expect(await read()).toHaveLength(0);
    await db.goals.add({
      id: 'goal',
      title: 'Expand',
      why: '',
      neededExpertise: [],
      status: 'active',
      contactIds: [],
      source: 'manual',
      createdAt: 1,
      updatedAt: 1,
    });
    await settled();
    await read();
    expect(counter.reads).toBe(1);
    await db.relations.add(relation('one'));
    await settled();
    expect(await read()).toHaveLength(1);
    expect(counter.reads).toBe(2);
  });

  it('keeps a live query that gets the kept result following changed rows', async () => {
    await db.relations.add(relation('one', 'old note'));
    await settled();
    const { read } = countedRead();
    await read();
    const notes: string[][] = [];
    const subscription = liveQuery(async () => (await read()).map((row) => row.note)).subscribe(
      (value) => notes.push(value),
    );
    try {
      await expect.poll(() => notes.at(-1)).toEqual(['old note']);
      // A changed row, not an added one: the kept result must still be let go.
      await db.relations.update('one', { note: 'new note' });
      await expect.poll(() => notes.at(-1)).toEqual(['new note']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
