import { beforeEach, describe, expect, it } from 'vitest';
import { DATA_TABLES, db, DEVICE_TABLES } from '../db';
import { openDatabase } from '../open';
import { loadDemo } from '../writes/demo';
import { DERIVED_MIDDLEWARES } from './middlewares';
import { DERIVED_DATA, DERIVED_ONLY_TABLES, type DerivedData } from './registry';

const NOW = Date.UTC(2026, 11, 7, 9);

beforeEach(async () => {
  await db.delete();
  await openDatabase();
});

describe('the registry of derived data', () => {
  it('names every table as user data, this device’s own, or derived, and each only once', () => {
    const named = [...DATA_TABLES, ...DEVICE_TABLES, ...DERIVED_ONLY_TABLES];
    expect(new Set(named).size).toBe(named.length);
    expect(named.sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it('declares every middleware the database installs, and only those', () => {
    const declared = Object.values(DERIVED_DATA).flatMap((entry: DerivedData) =>
      entry.middleware ? [entry.middleware] : [],
    );
    expect(declared).toEqual([...DERIVED_MIDDLEWARES]);
  });

  it('rebuilds the packed tables to exactly what the writes kept', async () => {
    await loadDemo(NOW);
    const kept = {
      planInputs: await db.planInputs.toArray(),
      planStats: await db.planStats.toArray(),
      peopleRows: await db.peopleRows.toArray(),
    };
    expect(kept.peopleRows.some((row) => row.count > 0)).toBe(true);
    await DERIVED_DATA.planInputs.rebuild();
    await DERIVED_DATA.peopleRows.rebuild();
    expect(await db.planInputs.toArray()).toEqual(kept.planInputs);
    expect(await db.planStats.toArray()).toEqual(kept.planStats);
    expect(await db.peopleRows.toArray()).toEqual(kept.peopleRows);
  });

  it('forgets the graph layout, which the next visit lays out afresh', async () => {
    await db.graphLayouts.put({ id: 'last', savedAt: NOW, ids: ['a'], xy: new Float32Array(2) });
    await DERIVED_DATA.graphLayouts.rebuild();
    expect(await db.graphLayouts.count()).toBe(0);
  });
});
