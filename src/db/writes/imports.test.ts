import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import { applyImport, ImportError, undoImport } from './imports';
import { planImportFromDatabase, recentImports } from '../reads/imports';
import { addTouch } from './touches';
import { createIntroduction } from './introductions';
import { updateContact } from './people';
import type { Contact } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';
import { imported, linkedInFile, vCardFile } from '../../../tests/support/import-seed';

const T0 = Date.UTC(2025, 2, 1, 9, 0);
const T1 = T0 + 60_000;
const T2 = T1 + 60_000;
const T3 = T2 + 60_000;

beforeEach(freshDatabase);

const FILE = linkedInFile([
  imported(2, 'Anna', 'Berg', {
    sourceKey: 'https://www.linkedin.com/in/anna-berg',
    linkedInUrl: 'https://www.linkedin.com/in/anna-berg',
    organisation: 'Volvo',
    role: 'Engineer',
    connectedOn: '2021-04-03',
  }),
  imported(3, 'Bo', 'Ek', { emails: [{ value: 'bo@example.com' }], organisation: 'Scania' }),
]);

async function allPeople(): Promise<Contact[]> {
  return (await db.contacts.toArray()).sort((a, b) => a.sortName.localeCompare(b.sortName));
}

async function importFile(file = FILE, now = T0, choices = {}) {
  const plan = await planImportFromDatabase(file);
  return applyImport(plan, choices, { fileName: 'Connections.csv', now });
}

describe('applyImport', () => {
  it('adds new people with their source, key, LinkedIn date and search keys', async () => {
    const result = await importFile();
    expect(result).toMatchObject({ added: 2, updated: 0 });
    const [anna, bo] = await allPeople();
    expect(anna).toMatchObject({
      givenName: 'Anna',
      source: 'linkedin',
      sourceKey: 'https://www.linkedin.com/in/anna-berg',
      connectedOn: '2021-04-03',
      createdAt: T0,
      updatedAt: T0,
      touchCount: 0,
      sortName: 'anna berg',
    });
    // A cadence applies from the day they were added.
    expect(anna?.nextDueAt).toBeGreaterThan(T0);
    expect(bo?.searchText).toContain('scania');
  });

  it('stores a batch naming the people it added', async () => {
    const { batchId } = await importFile();
    const batch = await db.importBatches.get(batchId ?? '');
    expect(batch).toMatchObject({
      at: T0,
      source: 'linkedin',
      fileName: 'Connections.csv',
      before: [],
    });
    expect(new Set(batch?.addedIds)).toEqual(new Set((await allPeople()).map((c) => c.id)));
    expect((await recentImports()).map((b) => b.id)).toEqual([batchId]);
  });

  it('adds nobody and stores no batch when the same file is imported again', async () => {
    await importFile();
    const before = await allPeople();
    const again = await importFile(FILE, T1);
    expect(again).toEqual({ batchId: undefined, added: 0, updated: 0 });
    expect(await allPeople()).toEqual(before);
    expect(await db.importBatches.count()).toBe(1);
  });

  it('merges a newer file into the people it added before', async () => {
    await importFile();
    const newer = linkedInFile([
      { ...(FILE.people[0] ?? imported(2, '', '')), role: 'Manager' },
      FILE.people[1] ?? imported(3, '', ''),
      imported(4, 'Cecilia', 'Lund'),
    ]);
    const result = await importFile(newer, T1);
    expect(result).toMatchObject({ added: 1, updated: 1 });
    const people = await allPeople();
    expect(people.map((c) => c.givenName)).toEqual(['Anna', 'Bo', 'Cecilia']);
    expect(people[0]).toMatchObject({ role: 'Manager', updatedAt: T1 });
  });

  it('keeps the user’s own value in a conflict unless they choose the file’s', async () => {
    const [mine, other] = await seedPeople(
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@example.com' }], organisation: 'Volvo' }),
      makePerson('Anna', 'Berg', {
        organisation: 'Saab',
        linkedInUrl: 'https://www.linkedin.com/in/anna-berg',
      }),
    );
    const plan = await planImportFromDatabase(FILE);
    expect(plan.matches.flatMap((match) => match.conflicts.map((c) => c.field))).toEqual([
      'organisation',
      'organisation',
    ]);
    await applyImport(
      plan,
      { takeFromFile: { [other.id]: ['organisation'] } },
      {
        fileName: 'f',
        now: T1,
      },
    );
    expect((await db.contacts.get(mine.id))?.organisation).toBe('Volvo');
    expect((await db.contacts.get(other.id))?.organisation).toBe('Volvo');
  });

  it('refuses a plan made before another write, and writes nothing', async () => {
    const plan = await planImportFromDatabase(FILE);
    await seedPeople(makePerson('Someone', 'Else'));
    await expect(applyImport(plan, {}, { fileName: 'f', now: T0 })).rejects.toMatchObject({
      reason: 'stale-plan',
    });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('refuses to confirm the same plan twice', async () => {
    const plan = await planImportFromDatabase(FILE);
    await applyImport(plan, {}, { fileName: 'f', now: T0 });
    await expect(applyImport(plan, {}, { fileName: 'f', now: T1 })).rejects.toBeInstanceOf(
      ImportError,
    );
    expect(await db.contacts.count()).toBe(2);
  });

  it('refuses a plan whose matched person was edited since the preview', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@example.com' }] }),
    );
    const plan = await planImportFromDatabase(FILE);
    await updateContact(bo.id, { role: 'CEO' }, T1);
    await expect(applyImport(plan, {}, { fileName: 'f', now: T2 })).rejects.toMatchObject({
      reason: 'stale-plan',
    });
    expect(await db.contacts.count()).toBe(1);
  });

  it('writes nothing at all when a write fails half-way', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@example.com' }] }),
    );
    const many = vCardFile([
      ...Array.from({ length: 2_500 }, (_, index) => imported(index + 1, `Person${index}`, 'X')),
      imported(3_000, 'Bo', 'Ek', { emails: [{ value: 'bo@example.com' }], role: 'CFO' }),
    ]);
    const plan = await planImportFromDatabase(many);
    // The last person cannot be stored (a function cannot be cloned): the third chunk fails
    // after two chunks of people were written in the same transaction.
    const last = plan.newPeople[plan.newPeople.length - 1];
    if (!last) throw new Error('no people planned');
    Object.assign(last.draft, { notes: () => 'not storable' });
    await expect(applyImport(plan, {}, { fileName: 'f', now: T1 })).rejects.toThrow();
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.get(bo.id)).toMatchObject({ role: '' });
    expect(await db.importBatches.count()).toBe(0);
    // Three chunks of people written and rolled back in fake-indexeddb: 2.2 s measured with
    // both cores busy (load average 7.7).
  }, 20_000);

  it('writes no person when storing the batch fails at the very end', async () => {
    const failing = vi.spyOn(db.importBatches, 'add').mockRejectedValue(new Error('disk full'));
    try {
      await expect(importFile()).rejects.toThrow('disk full');
    } finally {
      failing.mockRestore();
    }
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('the tier and cadence chosen for new people', () => {
  const DAY_MS = 86_400_000;

  it('adds every new person in the chosen tier, on its cadence', async () => {
    const result = await importFile(FILE, T0, { newPeople: { tier: 'active', keepInTouch: true } });
    expect(result.newPeople).toEqual({ tier: 'active', keepInTouch: true });
    const people = await allPeople();
    expect(people.map((person) => person.tier)).toEqual(['active', 'active']);
    expect(people.every((person) => !('cadenceDays' in person))).toBe(true);
    // Active is every 90 days by default, counted from the day they were added.
    expect(people.map((person) => person.nextDueAt)).toEqual([T0 + 90 * DAY_MS, T0 + 90 * DAY_MS]);
  });

  it('adds them with no cadence and nothing due for "none of them for now"', async () => {
    const result = await importFile(FILE, T0, { newPeople: { tier: 'wide', keepInTouch: false } });
    expect(result.newPeople).toEqual({ tier: 'wide', keepInTouch: false });
    const people = await allPeople();
    expect(people.map((person) => [person.tier, person.cadenceDays])).toEqual([
      ['wide', null],
      ['wide', null],
    ]);
    expect(people.map((person) => person.nextDueAt)).toEqual([undefined, undefined]);
  });

  it('leaves the tier and cadence of people it updates as they were', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', {
        emails: [{ value: 'bo@example.com' }],
        tier: 'close',
        cadenceDays: 21,
      }),
    );
    const result = await importFile(FILE, T1, { newPeople: { tier: 'inner', keepInTouch: false } });
    expect(result).toMatchObject({ added: 1, updated: 1 });
    expect(await db.contacts.get(bo.id)).toMatchObject({
      tier: 'close',
      cadenceDays: 21,
      organisation: 'Scania',
    });
  });

  it('adds Wide people, due in 180 days, when no choice comes with the import', async () => {
    const result = await importFile();
    expect(result.newPeople).toBeUndefined();
    const people = await allPeople();
    expect(people.map((person) => person.tier)).toEqual(['wide', 'wide']);
    expect(people[0]?.nextDueAt).toBe(T0 + 180 * DAY_MS);
  });

  it('reports no setup when the import added nobody', async () => {
    await importFile();
    const again = await importFile(FILE, T1, { newPeople: { tier: 'inner', keepInTouch: true } });
    expect(again.newPeople).toBeUndefined();
  });
});

describe('undoImport', () => {
  it('removes the people the import added and gives changed people their old values', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', {
        emails: [{ value: 'bo@example.com' }],
        createdAt: 10,
        updatedAt: 10,
      }),
    );
    const before = await allPeople();
    const { batchId } = await importFile(FILE, T1);
    expect((await db.contacts.get(bo.id))?.organisation).toBe('Scania');

    const result = await undoImport(batchId ?? '', T2);
    expect(result).toEqual({ removed: 1, restored: 1, kept: [] });
    expect(await allPeople()).toEqual(before);
    expect((await db.importBatches.get(batchId ?? ''))?.undoneAt).toBe(T2);
    expect(await recentImports()).toEqual([]);
  });

  it('keeps the touches logged since with a changed person', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@example.com' }] }),
    );
    const { batchId } = await importFile(FILE, T1);
    await addTouch(touchDraft([bo.id], T2), T2);
    await undoImport(batchId ?? '', T3);
    const restored = await db.contacts.get(bo.id);
    expect(restored).toMatchObject({ organisation: '', touchCount: 1, lastTouchAt: T2 });
  });

  it('keeps added people the user has touched or edited since, and says why', async () => {
    const { batchId } = await importFile(FILE, T1);
    const [anna, bo] = await allPeople();
    if (!anna || !bo) throw new Error('import missing');
    await addTouch(touchDraft([anna.id], T2), T2);
    await updateContact(bo.id, { notes: 'Met at the fair' }, T2);
    const result = await undoImport(batchId ?? '', T3);
    expect(result.removed).toBe(0);
    expect(result.kept).toEqual(
      expect.arrayContaining([
        { id: anna.id, reason: 'has-touches' },
        { id: bo.id, reason: 'edited' },
      ]),
    );
    expect(await db.contacts.count()).toBe(2);
  });

  it('keeps added people with an introduction or an ask since, as it keeps touched ones', async () => {
    const { batchId } = await importFile(FILE, T1);
    const [anna, bo] = await allPeople();
    if (!anna || !bo) throw new Error('import missing');
    // Only asked: no touch was written, the introduction alone makes them the user's.
    await createIntroduction(
      { direction: 'i-make', firstId: anna.id, secondId: bo.id, note: '', at: T2 },
      T2,
    );
    const result = await undoImport(batchId ?? '', T3);
    expect(result.removed).toBe(0);
    expect(result.kept).toEqual(
      expect.arrayContaining([
        { id: anna.id, reason: 'has-touches' },
        { id: bo.id, reason: 'has-touches' },
      ]),
    );
    expect(await db.introductions.count()).toBe(1);
  });

  it('keeps an added person a relation points at', async () => {
    const { batchId } = await importFile(FILE, T1);
    const [anna, bo] = await allPeople();
    if (!anna || !bo) throw new Error('import missing');
    const [mine] = await seedPeople(makePerson('Mine', 'Own'));
    await db.relations.add({
      id: 'r1',
      createdAt: T2,
      updatedAt: T2,
      source: 'manual',
      fromId: mine.id,
      toId: anna.id,
      kind: 'knows',
      note: '',
    });
    const result = await undoImport(batchId ?? '', T3);
    expect(result).toMatchObject({ removed: 1, kept: [{ id: anna.id, reason: 'in-use' }] });
    expect(await db.contacts.get(bo.id)).toBeUndefined();
  });

  it('leaves a person the user edited after the import as they are', async () => {
    const [bo] = await seedPeople(
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@example.com' }] }),
    );
    const { batchId } = await importFile(FILE, T1);
    await updateContact(bo.id, { role: 'CEO' }, T2);
    const result = await undoImport(batchId ?? '', T3);
    expect(result.kept).toEqual([{ id: bo.id, reason: 'edited' }]);
    expect(await db.contacts.get(bo.id)).toMatchObject({ organisation: 'Scania', role: 'CEO' });
  });

  it('refuses an unknown import and one undone already', async () => {
    await expect(undoImport('nope', T1)).rejects.toMatchObject({ reason: 'import-not-found' });
    const { batchId } = await importFile(FILE, T1);
    await undoImport(batchId ?? '', T2);
    await expect(undoImport(batchId ?? '', T3)).rejects.toMatchObject({
      reason: 'already-undone',
    });
  });
});
