import { beforeEach, describe, expect, it } from 'vitest';
import { BulkEditError, bulkEditPeople, undoBulkEdit } from './people-bulk-edit';
import { deleteContact } from './people';
import { db } from '../db';
import { rebuildAllDerived } from '../derived/contact-fields';
import { updateTieSettings } from './settings';
import { addTouch } from './touches';
import { PlanInputs, planContactOf } from '../codecs/plan-inputs';
import { searchTextOf } from '../../domain/contact';
import { MAX_CHARS, MAX_ITEMS } from '../../domain/field-limits';
import type { Contact } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 9, 0);
const LATER = NOW + 60_000;

beforeEach(async () => {
  await freshDatabase();
});

/** Three people with touches, so their due times depend on tier, cadence and pause. */
async function seedNetwork(): Promise<Contact[]> {
  const people = await seedPeople(
    makePerson('Anna', 'Berg', { tier: 'close', tags: ['Board'], createdAt: NOW - 400 * DAY_MS }),
    makePerson('Bo', 'Ek', { tier: 'inner', cadenceDays: 20, createdAt: NOW - 400 * DAY_MS }),
    makePerson('Cia', 'Lund', {
      tier: 'acquaintance',
      cadenceDays: null,
      isPaused: true,
      tags: ['board', 'Golf'],
      createdAt: NOW - 400 * DAY_MS,
    }),
  );
  const [anna, bo, cia] = people.map((person) => person.id) as [string, string, string];
  await addTouch(touchDraft([anna, bo], NOW - 40 * DAY_MS), NOW);
  await addTouch(touchDraft([cia], NOW - 200 * DAY_MS), NOW);
  await addTouch(touchDraft([bo], NOW - 5 * DAY_MS), NOW);
  await rebuildAllDerived();
  return people;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);

/** The stored people, and the same after a rebuild from scratch: they must not differ. */
async function expectDerivedTrue(): Promise<Contact[]> {
  const kept = (await db.contacts.toArray()).sort(byId);
  for (const person of kept) expect(person.searchText).toBe(searchTextOf(person));
  const packed = PlanInputs.fromRows(await db.planInputs.toArray());
  expect(packed?.contacts().sort(byId)).toEqual(kept.map(planContactOf));
  await rebuildAllDerived();
  const rebuilt = (await db.contacts.toArray()).sort(byId);
  expect(kept).toEqual(rebuilt);
  return kept;
}

const editable = (person: Contact) => {
  const { id, tier, cadenceDays, tags, isPaused } = person;
  return { id, tier, cadenceDays, tags, isPaused };
};

describe('bulkEditPeople and undoBulkEdit', () => {
  const edits = [
    { kind: 'tier', tier: 'wide' },
    { kind: 'cadence', cadenceDays: 45 },
    { kind: 'cadence', cadenceDays: null },
    { kind: 'cadence', cadenceDays: undefined },
    { kind: 'add-tags', tags: ['BOARD', 'Mentor'] },
    { kind: 'remove-tags', tags: ['board'] },
    { kind: 'pause', isPaused: true },
    { kind: 'pause', isPaused: false },
  ] as const;

  for (const edit of edits) {
    it(`keeps derived fields true after "${edit.kind}" and after its undo: ${JSON.stringify(edit)}`, async () => {
      const people = await seedNetwork();
      const before = (await db.contacts.toArray()).sort(byId);
      const undo = await bulkEditPeople(
        people.map((person) => person.id),
        edit,
        LATER,
      );
      const edited = await expectDerivedTrue();
      expect(undo.previous.length).toBeGreaterThan(0);
      for (const person of edited) {
        if (edit.kind === 'tier') expect(person.tier).toBe('wide');
        if (edit.kind === 'cadence') expect(person.cadenceDays).toBe(edit.cadenceDays);
        if (edit.kind === 'pause') expect(person.isPaused).toBe(edit.isPaused);
        if (edit.kind === 'remove-tags') expect(person.tags).not.toContain('Board');
        if (edit.kind === 'add-tags') expect(person.tags).toContain('Mentor');
      }
      await undoBulkEdit(undo, LATER + 1);
      const undone = await expectDerivedTrue();
      expect(undone.map(editable)).toEqual(before.map(editable));
      expect(undone.map((person) => person.nextDueAt)).toEqual(
        before.map((person) => person.nextDueAt),
      );
    });
  }

  it('stores "follow the tier" as no cadence at all, as the person form does', async () => {
    const [, bo] = await seedNetwork();
    await bulkEditPeople([bo?.id ?? ''], { kind: 'cadence', cadenceDays: undefined }, LATER);
    expect(Object.keys((await db.contacts.get(bo?.id ?? '')) ?? {})).not.toContain('cadenceDays');
  });

  it('adds a tag a person has in another case only once, and removes it in any case', async () => {
    const [anna, , cia] = await seedNetwork();
    const ids = [anna?.id ?? '', cia?.id ?? ''];
    await bulkEditPeople(ids, { kind: 'add-tags', tags: ['board', 'Mentor'] }, LATER);
    const added = await db.contacts.bulkGet(ids);
    expect(added.map((person) => person?.tags)).toEqual([
      ['Board', 'Mentor'],
      ['board', 'Golf', 'Mentor'],
    ]);
    expect(added[0]?.searchText).toContain('mentor');
    await bulkEditPeople(ids, { kind: 'remove-tags', tags: ['BOARD'] }, LATER);
    expect((await db.contacts.bulkGet(ids)).map((person) => person?.tags)).toEqual([
      ['Mentor'],
      ['Golf', 'Mentor'],
    ]);
  });

  it('names only the people it changed, and leaves the others untouched', async () => {
    const [anna, bo, cia] = await seedNetwork();
    const untouched = await db.contacts.get(bo?.id ?? '');
    const undo = await bulkEditPeople(
      [anna?.id ?? '', bo?.id ?? '', cia?.id ?? ''],
      { kind: 'tier', tier: 'inner' },
      LATER,
    );
    expect(undo.previous.map((person) => person.id).sort()).toEqual(
      [anna?.id ?? '', cia?.id ?? ''].sort(),
    );
    expect(await db.contacts.get(bo?.id ?? '')).toEqual(untouched);
  });

  it('uses the cadences in the settings at the time of the write', async () => {
    const [anna] = await seedNetwork();
    await updateTieSettings({ tierCadenceDays: { ...(await tierCadences()), wide: 10 } });
    await bulkEditPeople([anna?.id ?? ''], { kind: 'tier', tier: 'wide' }, LATER);
    const stored = await db.contacts.get(anna?.id ?? '');
    expect(stored?.nextDueAt).toBe((stored?.lastTouchAt ?? 0) + 10 * DAY_MS);
    await expectDerivedTrue();
  });

  it('refuses a bad edit and writes nothing', async () => {
    const people = await seedNetwork();
    const ids = people.map((person) => person.id);
    const before = await db.contacts.toArray();
    const refusals = [
      [{ kind: 'cadence', cadenceDays: 0 }, 'cadence-out-of-range'],
      [{ kind: 'add-tags', tags: [] }, 'no-tags'],
      [{ kind: 'add-tags', tags: ['x'.repeat(MAX_CHARS.tags + 1)] }, 'tag-too-long'],
    ] as const;
    for (const [edit, reason] of refusals) {
      await expect(bulkEditPeople(ids, edit, LATER)).rejects.toMatchObject({
        name: 'BulkEditError',
        problem: { reason },
      });
    }
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('refuses tags that would take someone past the most a person may have, naming how many', async () => {
    const full = Array.from({ length: MAX_ITEMS.tags }, (_, index) => `tag ${index}`);
    const [crowded, roomy] = await seedPeople(
      makePerson('Full', 'Tags', { tags: full }),
      makePerson('Few', 'Tags'),
    );
    const error = await bulkEditPeople(
      [crowded.id, roomy.id],
      { kind: 'add-tags', tags: ['One more'] },
      LATER,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BulkEditError);
    expect((error as BulkEditError).problem).toEqual({
      reason: 'too-many-tags',
      max: MAX_ITEMS.tags,
      count: 1,
    });
    expect((await db.contacts.get(roomy.id))?.tags).toEqual([]);
  });

  it('skips people deleted before the edit, and before the undo', async () => {
    const [anna, bo] = await seedNetwork();
    await deleteContact(anna?.id ?? '', NOW);
    const undo = await bulkEditPeople(
      [anna?.id ?? '', bo?.id ?? ''],
      { kind: 'pause', isPaused: true },
      LATER,
    );
    expect(undo.previous.map((person) => person.id)).toEqual([bo?.id]);
    expect((await db.contacts.get(anna?.id ?? ''))?.isPaused).toBe(false);
    await deleteContact(bo?.id ?? '', LATER);
    await undoBulkEdit(undo, LATER + 1);
    expect((await db.contacts.get(bo?.id ?? ''))?.isPaused).toBe(true);
  });

  it('undo keeps another field changed since the edit', async () => {
    const [anna] = await seedNetwork();
    const id = anna?.id ?? '';
    const undo = await bulkEditPeople([id], { kind: 'tier', tier: 'wide' }, LATER);
    await bulkEditPeople([id], { kind: 'pause', isPaused: true }, LATER);
    await undoBulkEdit(undo, LATER + 1);
    expect(await db.contacts.get(id)).toMatchObject({ tier: 'close', isPaused: true });
  });

  it('edits 10,000 people in one go, and undoes it', { timeout: 60_000 }, async () => {
    // Budget: fake-indexeddb in Node clones every row: writing, editing and undoing 10,000
    // people took about 8 s on a busy two-core machine, so 60 s leaves room for a busier one.
    const many = Array.from({ length: 10_000 }, (_, index) =>
      makePerson(`P${index}`, 'Many', { tier: index % 2 === 0 ? 'wide' : 'close' }),
    );
    await seedPeople(...many);
    const undo = await bulkEditPeople(
      many.map((person) => person.id),
      { kind: 'tier', tier: 'inner' },
      LATER,
    );
    expect(undo.previous).toHaveLength(10_000);
    expect((await db.contacts.toArray()).every((person) => person.tier === 'inner')).toBe(true);
    await undoBulkEdit(undo, LATER + 1);
    const tiers = (await db.contacts.toArray()).sort(byId).map((person) => person.tier);
    expect(tiers).toEqual([...many].sort(byId).map((person) => person.tier));
  });
});

async function tierCadences() {
  const settings = await db.settings.get('settings');
  if (!settings) throw new Error('no settings row');
  return settings.tierCadenceDays;
}
