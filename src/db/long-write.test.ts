// Long writes (an import, its undo, a merge) report their progress and can be stopped, and
// a stopped one leaves nothing behind; one that fails for want of space says so. Stops are
// asked for from inside the progress callback, so the tests do not depend on timing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import { applyImport, IMPORT_WRITE_CHUNK, undoImport } from './writes/imports';
import { planImportFromDatabase } from './reads/imports';
import { addTouch } from './writes/touches';
import { cancellableTransaction, WriteCancelledError } from './long-write';
import { MergeError, mergePeople } from './writes/people-merge';
import { writeFailureOf } from './write-failure';
import { MAX_ITEMS } from '../domain/field-limits';
import { DEFAULT_SETTINGS } from '../domain/types';
import { imported, vCardFile } from '../../tests/support/import-seed';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../tests/support/log-seed';

const T0 = Date.UTC(2025, 2, 1, 9, 0);
const T1 = T0 + 60_000;

beforeEach(freshDatabase);
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * 2,500 new people: three chunks of writes (1,000, 1,000, 500). Writing them to
 * fake-indexeddb takes one to two seconds here, so those tests get a budget of their own.
 */
const BIG = { timeout: 30_000 };
const MANY = vCardFile(
  Array.from({ length: 2_500 }, (_, index) => imported(index + 1, `Person${index}`, 'Berg')),
);

function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

describe('cancellableTransaction', () => {
  it('writes nothing when stopped before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      cancellableTransaction([db.settings], controller.signal, async () => {
        await db.settings.put({ ...DEFAULT_SETTINGS, listSize: 9 });
      }),
    ).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await db.settings.get('settings')).toMatchObject({
      listSize: DEFAULT_SETTINGS.listSize,
    });
  });

  it('undoes what it wrote when stopped half-way', async () => {
    const controller = new AbortController();
    await expect(
      cancellableTransaction([db.settings, db.contacts], controller.signal, async () => {
        await db.settings.put({ ...DEFAULT_SETTINGS, listSize: 9 });
        controller.abort();
        await db.contacts.add(makePerson('Anna', 'Berg'));
      }),
    ).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await db.settings.get('settings')).toMatchObject({
      listSize: DEFAULT_SETTINGS.listSize,
    });
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps a write that finished before the stop came', async () => {
    const controller = new AbortController();
    const result = await cancellableTransaction([db.settings], controller.signal, async () => {
      await db.settings.put({ ...DEFAULT_SETTINGS, listSize: 9 });
      return 'written';
    });
    controller.abort();
    expect(result).toBe('written');
    expect(await db.settings.get('settings')).toMatchObject({ listSize: 9 });
  });
});

describe('an import being written', () => {
  it('reports the people written after each chunk, up to all of them', BIG, async () => {
    const plan = await planImportFromDatabase(MANY);
    const steps: [number, number][] = [];
    await applyImport(
      plan,
      {},
      { fileName: 'f.vcf', now: T0, onProgress: (...step) => steps.push(step) },
    );
    // Chunks hold whole shards (codecs/shard-chunks.ts): at least IMPORT_WRITE_CHUNK people
    // each but the last.
    expect(steps.at(-1)).toEqual([2_500, 2_500]);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every(([, total]) => total === 2_500)).toBe(true);
    steps.slice(0, -1).forEach(([done], index) => {
      expect(done - (steps[index - 1]?.[0] ?? 0)).toBeGreaterThanOrEqual(IMPORT_WRITE_CHUNK);
    });
  });

  it('leaves nothing behind when stopped after its first chunk', BIG, async () => {
    const plan = await planImportFromDatabase(MANY);
    const controller = new AbortController();
    const written = applyImport(
      plan,
      {},
      {
        fileName: 'f.vcf',
        now: T0,
        signal: controller.signal,
        onProgress: () => {
          controller.abort();
        },
      },
    );
    await expect(written).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    // The same plan can still be confirmed afterwards.
    await expect(applyImport(plan, {}, { fileName: 'f.vcf', now: T0 })).resolves.toMatchObject({
      added: 2_500,
    });
  });

  it('fails as out of space, writing nothing, when the disk is full', BIG, async () => {
    const plan = await planImportFromDatabase(MANY);
    const original = db.contacts.bulkAdd.bind(db.contacts);
    // The second chunk meets a full disk, after the first was written.
    vi.spyOn(db.contacts, 'bulkAdd')
      .mockImplementationOnce(original)
      .mockRejectedValueOnce(quotaError());
    const error: unknown = await applyImport(plan, {}, { fileName: 'f.vcf', now: T0 }).catch(
      (failure: unknown) => failure,
    );
    expect(writeFailureOf(error)).toBe('out-of-space');
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('an import being undone', () => {
  it('reports its progress and, when stopped, leaves the import in place', BIG, async () => {
    const { batchId } = await applyImport(
      await planImportFromDatabase(MANY),
      {},
      {
        fileName: 'f.vcf',
        now: T0,
      },
    );
    if (batchId === undefined) throw new Error('nothing imported');
    const controller = new AbortController();
    const steps: number[] = [];
    const undone = undoImport(batchId, T1, {
      signal: controller.signal,
      onProgress: (done) => {
        steps.push(done);
        controller.abort();
      },
    });
    await expect(undone).rejects.toBeInstanceOf(WriteCancelledError);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toBeGreaterThanOrEqual(IMPORT_WRITE_CHUNK);
    expect(steps[0]).toBeLessThan(2_500);
    expect(await db.contacts.count()).toBe(2_500);
    expect((await db.importBatches.get(batchId))?.undoneAt).toBeUndefined();
    // Undone later, whole.
    await expect(undoImport(batchId, T1)).resolves.toMatchObject({ removed: 2_500 });
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('a merge being written', () => {
  async function twoRecords() {
    const [keep, merge] = await seedPeople(
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@example.se' }] }),
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@work.example' }] }),
    );
    await addTouch(touchDraft([merge.id], T0), T0);
    return { keep, merge };
  }

  it('reports its four steps', async () => {
    const { keep, merge } = await twoRecords();
    const steps: [number, number][] = [];
    await mergePeople(keep.id, merge.id, T1, { onProgress: (...step) => steps.push(step) });
    expect(steps).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('changes nothing when stopped after moving the touches', async () => {
    const { keep, merge } = await twoRecords();
    const before = {
      contacts: await db.contacts.toArray(),
      touchLogs: await db.touchLogs.toArray(),
    };
    const controller = new AbortController();
    const merging = mergePeople(keep.id, merge.id, T1, {
      signal: controller.signal,
      onProgress: () => {
        controller.abort();
      },
    });
    await expect(merging).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await db.contacts.toArray()).toEqual(before.contacts);
    expect(await db.touchLogs.toArray()).toEqual(before.touchLogs);
  });

  it('refuses two people whose lists together pass the limit, naming the field', async () => {
    const emails = (prefix: string) =>
      Array.from({ length: 60 }, (_, index) => ({ value: `${prefix}${index}@example.se` }));
    const [keep, merge] = await seedPeople(
      makePerson('Anna', 'Berg', { emails: emails('a') }),
      makePerson('Anna', 'Berg', { emails: emails('b') }),
    );
    const error: unknown = await mergePeople(keep.id, merge.id, T1).catch(
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(MergeError);
    expect(error).toMatchObject({
      reason: 'over-limit',
      problem: { field: 'emails', kind: 'items', size: 120, max: MAX_ITEMS.emails },
    });
    expect((await db.contacts.get(merge.id))?.deletedAt).toBeUndefined();
  });

  it('fails as out of space, changing nothing, when the disk is full', async () => {
    const { keep, merge } = await twoRecords();
    vi.spyOn(db.contacts, 'bulkPut').mockRejectedValue(quotaError());
    const error: unknown = await mergePeople(keep.id, merge.id, T1).catch(
      (failure: unknown) => failure,
    );
    expect(writeFailureOf(error)).toBe('out-of-space');
    expect((await db.contacts.get(merge.id))?.deletedAt).toBeUndefined();
    expect((await db.touchLogs.get(merge.id))?.touches).toHaveLength(1);
  });
});
