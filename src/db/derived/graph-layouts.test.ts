import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { LAST_LAYOUT_ID, positionsFor, readGraphLayout } from './graph-layouts';
import { saveGraphLayout } from '../writes/graph-layout';
import { freshDatabase } from '../../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
});

describe('the graph layout of the last visit', () => {
  it('is missing until one is saved', async () => {
    expect(await readGraphLayout()).toBeUndefined();
  });

  it('reads back what was saved, in one row that each save replaces', async () => {
    await saveGraphLayout(['me', 'a'], new Float32Array([0, 0, 10, -20]), 5_000);
    await saveGraphLayout(['me', 'b', 'c'], new Float32Array([0, 0, 1, 2, 3, 4]), 6_000);
    const layout = await readGraphLayout();
    expect(layout?.id).toBe(LAST_LAYOUT_ID);
    expect(layout?.savedAt).toBe(6_000);
    expect(layout?.ids).toEqual(['me', 'b', 'c']);
    expect([...(layout?.xy ?? [])]).toEqual([0, 0, 1, 2, 3, 4]);
    expect(await db.graphLayouts.count()).toBe(1);
  });

  it('keeps its own copy of the positions', async () => {
    const xy = new Float32Array([0, 0, 5, 5]);
    await saveGraphLayout(['me', 'a'], xy);
    xy[2] = 99;
    expect((await readGraphLayout())?.xy[2]).toBe(5);
  });

  it('refuses positions that do not match the people', async () => {
    await expect(saveGraphLayout(['me', 'a'], new Float32Array([0, 0, 1]))).rejects.toThrow(
      /needs 4 numbers/,
    );
    expect(await readGraphLayout()).toBeUndefined();
  });

  it('ignores a stored row that is not a layout', async () => {
    await db.graphLayouts.put({
      id: LAST_LAYOUT_ID,
      savedAt: 1,
      ids: ['me', 'a'],
      xy: new Float32Array([0, 0]),
    });
    expect(await readGraphLayout()).toBeUndefined();
  });
});

describe('starting positions from a saved layout', () => {
  const saved = {
    id: LAST_LAYOUT_ID,
    savedAt: 1,
    ids: ['me', 'a', 'b'],
    xy: new Float32Array([0, 0, 10, 20, 30, 40]),
  };

  it('puts each person where they were, in the new order, and newcomers nowhere', () => {
    const xy = positionsFor(saved, ['me', 'b', 'new', 'a']);
    expect([...(xy ?? [])]).toEqual([0, 0, 30, 40, NaN, NaN, 10, 20]);
  });

  it('gives nothing when no one has a saved position', () => {
    expect(positionsFor(saved, ['x', 'y'])).toBeUndefined();
    expect(positionsFor(undefined, ['me'])).toBeUndefined();
  });
});
