import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TiesDatabase } from './db';
import { planContactOf, PlanInputs } from './codecs/plan-inputs';
import { SCHEMA_VERSIONS } from './schema';
import { participationsOfTouches, touchesOfLogs } from './codecs/touch-log';
import fixture from '../../tests/fixtures/v1-data.json';

// Starts from a database exactly as schema version 1 left it, filled with the committed
// fixture, and opens it with the current schema: every record must come through intact.
const NAME = 'ties-upgrade-from-v1';

async function writeVersion1Database(): Promise<void> {
  const v1 = SCHEMA_VERSIONS.find((entry) => entry.version === 1);
  if (!v1) throw new Error('schema version 1 is missing');
  const old = new Dexie(NAME);
  old.version(1).stores(v1.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(rows);
    }
  });
  old.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('opening version-1 data with the current schema', () => {
  it('keeps every record of every table', async () => {
    await writeVersion1Database();
    const current = new TiesDatabase(NAME);
    await current.open();
    const tables: Record<string, unknown[]> = {
      ...fixture.tables,
      // Version 7 gives phones and e-mails room for a label (upgrade-labels.test.ts).
      contacts: fixture.tables.contacts.map((person) => ({
        ...person,
        emails: person.emails.map((value) => ({ value })),
        phones: person.phones.map((value) => ({ value })),
      })),
    };
    for (const [table, rows] of Object.entries(tables)) {
      if (table === 'interactions' || table === 'participations') continue;
      const stored = await current.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      expect(stored, table).toEqual(expect.arrayContaining(rows));
    }
    current.close();
  });

  it('moves every touch into the logs of its people, and drops the old tables (versions 3, 4)', async () => {
    await writeVersion1Database();
    const current = new TiesDatabase(NAME);
    await current.open();
    const logs = await current.touchLogs.toArray();
    const touches = touchesOfLogs(logs);
    expect(touches).toHaveLength(fixture.tables.interactions.length);
    expect(touches).toEqual(expect.arrayContaining(fixture.tables.interactions));
    // The participation rows were an index of the touches: they come out of the logs again.
    const rows = participationsOfTouches(touches);
    expect(rows).toHaveLength(fixture.tables.participations.length);
    expect(rows).toEqual(expect.arrayContaining(fixture.tables.participations));
    for (const log of logs) {
      expect(log.touches.every((touch) => touch.participantIds.includes(log.contactId))).toBe(true);
    }
    expect(current.tables.map((table) => table.name)).not.toContain('interactions');
    expect(current.tables.map((table) => table.name)).not.toContain('participations');
    current.close();
  });

  it('reads a timeline from the moved touches', async () => {
    await writeVersion1Database();
    const current = new TiesDatabase(NAME);
    const asa = '3f0c1d2e-0000-4000-8000-000000000001';
    const log = await current.touchLogs.get(asa);
    expect(log?.touches.map((touch) => touch.id)).toEqual(['9a7b0000-0000-4000-8000-000000000001']);
    current.close();
  });

  it('packs the week plan inputs of every person (version 2)', async () => {
    await writeVersion1Database();
    const current = new TiesDatabase(NAME);
    await current.open();
    const contacts = await current.contacts.toArray();
    expect(contacts.length).toBeGreaterThan(0);
    const packed = PlanInputs.fromRows(await current.planInputs.toArray());
    expect(packed?.count).toBe(contacts.length);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(packed?.contacts().sort(byId)).toEqual(contacts.map(planContactOf).sort(byId));
    current.close();
  });
});
