import { beforeEach, describe, expect, it } from 'vitest';
import { createContact, updateContact } from '../writes/people';
import { db } from '../db';
import { clearDemo, loadDemo, writeNetwork } from '../writes/demo';
import { addTouch } from '../writes/touches';
import {
  PackedPlanInputs,
  packPlanInputs,
  planContactOf,
  PlanInputs,
  PLAN_INPUT_SHARDS,
  planStatsPeople,
  shardOf,
  type PlanStatsPerson,
} from '../codecs/plan-inputs';
import { ensureWeekPlan } from '../writes/week-plan';
import { readWeekStats } from '../reads/this-week';
import { DEMO_PARAMS, generateNetwork } from '../../domain/demo/generate-network';
import { makeWeekPlan, type WeekPlanContact } from '../../domain/tie-health';
import { DEFAULT_SETTINGS, type Contact } from '../../domain/types';
import { freshDatabase, makePerson } from '../../../tests/support/log-seed';

const ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const NOW = Date.UTC(2025, 5, 11, 10, 0);

const byId = (a: WeekPlanContact, b: WeekPlanContact) => (a.id < b.id ? -1 : 1);

async function expectRowsTrue(): Promise<void> {
  const contacts = await db.contacts.toArray();
  const rows = await db.planInputs.toArray();
  expect(rows.map((row) => row.id)).toEqual([...Array(PLAN_INPUT_SHARDS).keys()]);
  for (const row of rows) {
    const shard = PackedPlanInputs.fromRow(row);
    expect(shard?.contacts().every((contact) => shardOf(contact.id) === row.id)).toBe(true);
  }
  const packed = PlanInputs.fromRows(rows);
  expect(packed?.count).toBe(contacts.length);
  expect(packed?.contacts().sort(byId)).toEqual(contacts.map(planContactOf).sort(byId));
  // The side figures' rows hold exactly the people not deleted.
  const keyOf = ({ createdAt, source, gave, received }: PlanStatsPerson) =>
    JSON.stringify([createdAt, source, gave.value, gave.at, received.value, received.at]);
  const live = contacts.filter((contact) => contact.deletedAt === undefined);
  const stats = planStatsPeople(await db.planStats.toArray());
  expect(stats?.map(keyOf).sort()).toEqual(live.map(keyOf).sort());
}

/** The shard rows of these people, as stored now. */
async function shardRowsOf(ids: readonly string[]) {
  return db.planInputs.bulkGet([...new Set(ids.map(shardOf))]);
}

beforeEach(async () => {
  await freshDatabase();
});

describe('packing', () => {
  const people: Contact[] = [
    makePerson('Anna', 'Berg', {
      deletedAt: 5,
      cadenceDays: null,
      birthday: { month: 2, day: 29 },
      lastTouchAt: 7,
      lastTouchKind: 'coffee',
      touchCount: 3,
      strength: { value: 1.25, at: 7 },
      gave: { value: 0.5, at: 6 },
      received: { value: 2, at: 7 },
    }),
    makePerson('Bo', 'Ek', { isArchived: true, cadenceDays: 21, expertise: ['law', 'tax'] }),
    makePerson('Cecilia', 'Lund', {
      isPaused: true,
      source: 'linkedin',
      tier: 'wide',
      connectedOn: '2025-06-02',
    }),
    makePerson('Dan', 'Ås', { birthday: { month: 12, day: 1, year: 1980 }, tier: 'inner' }),
  ];

  it('keeps the day a connection was made, and no text that is not a day', () => {
    const dated = makePerson('Eva', 'Sand', { source: 'linkedin', connectedOn: '2024-02-29' });
    const undated = makePerson('Fia', 'Holm', { source: 'linkedin', connectedOn: 'last spring' });
    const packed = PackedPlanInputs.fromRow(PackedPlanInputs.of([dated, undated]).toRow(0));
    expect(packed?.contacts().map((contact) => contact.connectedOn)).toEqual([
      '2024-02-29',
      undefined,
    ]);
  });

  it('gives back exactly what the week plan reads, absent and null fields included', () => {
    const packed = PackedPlanInputs.fromRow(PackedPlanInputs.of(people).toRow(0));
    expect(packed?.contacts()).toEqual(people.map(planContactOf));
    expect(packed?.contacts({ includeDeleted: false }).map((c) => c.id)).toEqual(
      people.slice(1).map((c) => c.id),
    );
  });

  it('removes a person by moving the last one into their slot, and replaces in place', () => {
    const packed = PackedPlanInputs.of(people);
    const [anna, bo, cecilia, dan] = people as [Contact, Contact, Contact, Contact];
    packed.remove(bo.id);
    packed.set({ ...anna, tier: 'close', deletedAt: undefined, expertise: ['design'] });
    packed.remove('nobody');
    expect(packed.count).toBe(3);
    expect(PackedPlanInputs.fromRow(packed.toRow(0))?.contacts()).toEqual([
      planContactOf({ ...anna, tier: 'close', deletedAt: undefined, expertise: ['design'] }),
      planContactOf(dan),
      planContactOf(cecilia),
    ]);
  });

  it('refuses a row of another format or a cut-off row', () => {
    const row = PackedPlanInputs.of(people).toRow(0);
    expect(PackedPlanInputs.fromRow({ ...row, format: row.format + 1 })).toBeUndefined();
    expect(PackedPlanInputs.fromRow({ ...row, count: row.count + 1 })).toBeUndefined();
    expect(PackedPlanInputs.fromRow(undefined)).toBeUndefined();
  });

  it('spreads people over every shard and reads them all back', () => {
    const many = Array.from({ length: 2000 }, (_, i) => makePerson(`P${i}`, 'Q'));
    const rows = packPlanInputs(many);
    expect(rows).toHaveLength(PLAN_INPUT_SHARDS);
    // A fair hash: no shard holds more than twice its share.
    const share = many.length / PLAN_INPUT_SHARDS;
    expect(Math.max(...rows.map((row) => row.count))).toBeLessThan(2 * share);
    expect(Math.min(...rows.map((row) => row.count))).toBeGreaterThan(0);
    expect(PlanInputs.fromRows(rows)?.contacts().sort(byId)).toEqual(
      many.map(planContactOf).sort(byId),
    );
  });

  it('refuses a set of shards with one missing or out of place', () => {
    const [first, ...rest] = packPlanInputs(people);
    if (!first) throw new Error('no shards');
    expect(PlanInputs.fromRows([first, ...rest])?.count).toBe(people.length);
    expect(PlanInputs.fromRows(rest)).toBeUndefined();
    expect(PlanInputs.fromRows([...rest, first])).toBeUndefined();
  });
});

describe('the week plan from packed inputs', () => {
  it('equals the plan made from the full contacts of the demo network, week after week', () => {
    const network = generateNetwork({ ...DEMO_PARAMS, now: NOW });
    const packed = PackedPlanInputs.of(network.contacts).contacts({ includeDeleted: false });
    for (let week = 0; week < 12; week += 1) {
      const now = NOW + week * WEEK_MS;
      const input = { goals: network.goals, settings: DEFAULT_SETTINGS, now, timeZone: ZONE };
      const expected = makeWeekPlan({ ...input, contacts: network.contacts });
      expect(expected.length).toBeGreaterThan(0);
      expect(makeWeekPlan({ ...input, contacts: packed })).toEqual(expected);
    }
  });
});

describe('keeping the packed row true', () => {
  it('follows the demo being loaded and cleared around the user’s own people', async () => {
    const mine = await createContact({ givenName: 'Mine', tier: 'close' }, NOW);
    await expectRowsTrue();
    expect(await loadDemo(NOW)).toBe('loaded');
    await expectRowsTrue();
    const demoPerson = await db.contacts.where('source').equals('demo').first();
    if (!demoPerson) throw new Error('no demo person');
    await addTouch(
      {
        at: NOW - DAY_MS,
        kind: 'coffee',
        participantIds: [mine, demoPerson.id],
        initiator: 'me',
        askedForHelp: false,
        gave: [],
        received: ['intro'],
        note: '',
      },
      NOW,
    );
    await expectRowsTrue();
    await clearDemo(NOW);
    expect(await db.contacts.count()).toBe(1);
    await expectRowsTrue();
  });

  it('rewrites only the shard of the person a write changes', async () => {
    const anna = await createContact({ givenName: 'Anna' }, NOW);
    const bo = await createContact({ givenName: 'Bo' }, NOW);
    const before = await db.planInputs.toArray();
    await updateContact(anna, { tier: 'inner' }, NOW + 1);
    const after = await db.planInputs.toArray();
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(changed.map((row) => row.id)).toEqual([shardOf(anna)]);
    const statsBefore = await db.planStats.toArray();
    await updateContact(anna, { role: 'CEO' }, NOW + 2);
    const statsAfter = await db.planStats.toArray();
    const statsChanged = statsAfter.filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(statsBefore[i]),
    );
    expect(statsChanged.length).toBeLessThanOrEqual(1);
    expect(statsChanged.every((row) => row.id === shardOf(anna))).toBe(true);
    expect(shardOf(anna) === shardOf(bo) || (await shardRowsOf([bo]))[0]?.count === 1).toBe(true);
    await expectRowsTrue();
  });

  it('is rebuilt by the next write to contacts when a shard is missing', async () => {
    const anna = await createContact({ givenName: 'Anna' }, NOW);
    await createContact({ givenName: 'Bo' }, NOW);
    await db.planInputs.delete(shardOf(anna));
    await updateContact(anna, { tier: 'inner', expertise: ['law'] }, NOW);
    await expectRowsTrue();
  });

  it('drops every row of an older layout (64 shards before format 4) when rebuilt', async () => {
    const anna = await createContact({ givenName: 'Anna' }, NOW);
    const [row] = await db.planInputs.toArray();
    const [stat] = await db.planStats.toArray();
    if (!row || !stat) throw new Error('no rows');
    const shards = [...Array(64).keys()];
    await db.planInputs.bulkPut(shards.map((id) => ({ ...row, id, format: 3 })));
    await db.planStats.bulkPut(shards.map((id) => ({ ...stat, id, format: 3 })));
    await updateContact(anna, { tier: 'inner' }, NOW);
    expect(await db.planInputs.count()).toBe(PLAN_INPUT_SHARDS);
    expect(await db.planStats.count()).toBe(PLAN_INPUT_SHARDS);
    await expectRowsTrue();
  });

  it('does not change when the contacts write is rolled back', async () => {
    await createContact({ givenName: 'Anna' }, NOW);
    const before = await db.planInputs.toArray();
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.add(makePerson('Bo', 'Ek'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.planInputs.toArray()).toEqual(before);
    await expectRowsTrue();
  });
});

describe('ensureWeekPlan and a packed row out of step', () => {
  async function expectPlanFromContacts(now: number): Promise<void> {
    const plan = await ensureWeekPlan(now, ZONE);
    const expected = makeWeekPlan({
      contacts: await db.contacts.toArray(),
      goals: await db.goals.toArray(),
      settings: (await db.settings.get('settings')) ?? DEFAULT_SETTINGS,
      now,
      timeZone: ZONE,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(plan.items).toEqual(expected);
  }

  it('rebuilds missing rows once and makes the same plan as from the contacts', async () => {
    await writeNetwork(generateNetwork({ ...DEMO_PARAMS, now: NOW }));
    await db.planInputs.delete(7);
    await expectPlanFromContacts(NOW);
    await expectRowsTrue();
  });

  it('rebuilds rows of another format', async () => {
    const network = generateNetwork({ ...DEMO_PARAMS, now: NOW });
    await writeNetwork(network);
    // An older layout of only some people: it must not be read as this one.
    const old = packPlanInputs(network.contacts.slice(0, 10));
    await db.planInputs.bulkPut(old.map((row) => ({ ...row, format: row.format - 1 })));
    await expectPlanFromContacts(NOW);
    await expectRowsTrue();
    expect((await db.weekPlans.toArray())[0]?.madeWith?.peopleCount).toBe(network.contacts.length);
  });

  it('gives the side figures from the stats rows, and from the contacts without them', async () => {
    const network = generateNetwork({ ...DEMO_PARAMS, now: NOW });
    await writeNetwork(network);
    const fromRows = await readWeekStats(NOW, ZONE);
    expect(fromRows.giveAndTake.gave).toBeGreaterThan(0);
    expect(fromRows.newPeopleThisQuarter).toBeGreaterThan(0);
    await db.planStats.clear();
    const fromContacts = await readWeekStats(NOW, ZONE);
    expect(fromContacts.newPeopleThisQuarter).toBe(fromRows.newPeopleThisQuarter);
    expect(fromContacts.giveAndTake.gave).toBeCloseTo(fromRows.giveAndTake.gave, 9);
    expect(fromContacts.giveAndTake.received).toBeCloseTo(fromRows.giveAndTake.received, 9);
  });
});
