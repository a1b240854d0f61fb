import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { rebuildAllDerived } from '../derived/contact-fields';
import { addTouch, deleteTouch, undoDeleteTouch } from './touches';
import { updateContact } from './people';
import { mergePeople, MergeError, undoMergePeople } from './people-merge';
import { readAllTouches } from '../reads/touches';
import { findDuplicates } from '../../domain/duplicates';
import type { Relation } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2025, 3, 1, 9, 0);
const NOW = T0 + 40 * DAY_MS;
const LATER = NOW + 60_000;

beforeEach(freshDatabase);

function relation(id: string, fromId: string, toId: string, kind: Relation['kind']): Relation {
  return { id, createdAt: T0, updatedAt: T0, source: 'manual', fromId, toId, kind, note: '' };
}

/** Everything stored, each table sorted by key, to compare whole databases. */
async function snapshot() {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    contacts: byId(await db.contacts.toArray()),
    touchLogs: (await db.touchLogs.toArray()).sort((a, b) => (a.contactId < b.contactId ? -1 : 1)),
    relations: byId(await db.relations.toArray()),
    groups: byId(await db.groups.toArray()),
    goals: byId(await db.goals.toArray()),
    weekPlans: await db.weekPlans.toArray(),
    asks: byId(await db.asks.toArray()),
    introductions: byId(await db.introductions.toArray()),
  };
}

async function seedNetwork() {
  const [keep, merge, other, friend] = await seedPeople(
    makePerson('Anna', 'Berg', { emails: [{ value: 'anna@example.com' }], createdAt: T0 }),
    makePerson('Anna', 'Berg', {
      emails: [{ value: 'ANNA@example.com' }, { value: 'anna.b@home.se' }],
      organisation: 'Volvo',
      createdAt: T0 - DAY_MS,
    }),
    makePerson('Olle', 'Ok', { createdAt: T0 }),
    makePerson('Fia', 'Friend', { createdAt: T0 }),
  );
  await rebuildAllDerived();
  const onlyMerge = await addTouch(touchDraft([merge.id], T0 + DAY_MS), NOW);
  const both = await addTouch(touchDraft([keep.id, merge.id], T0 + 2 * DAY_MS), NOW);
  const onlyKeep = await addTouch(
    touchDraft([keep.id, other.id], T0 + 3 * DAY_MS, { kind: 'call', initiator: 'me' }),
    NOW,
  );
  const deleted = await addTouch(touchDraft([merge.id], T0 + 4 * DAY_MS), NOW);
  await deleteTouch({ id: deleted, participantIds: [merge.id] }, NOW);
  await db.relations.bulkAdd([
    relation('r-self', merge.id, keep.id, 'knows'),
    relation('r-dup', merge.id, other.id, 'works-with'),
    relation('r-kept', other.id, keep.id, 'works-with'),
    relation('r-moved', other.id, merge.id, 'introduced-by'),
  ]);
  const group = {
    createdAt: T0,
    updatedAt: T0,
    source: 'manual' as const,
    kind: 'network' as const,
    hasSpeakers: false,
    hasSocialActivities: false,
    hasSports: false,
    leadersExperience: '',
    notes: '',
  };
  await db.groups.bulkAdd([
    { ...group, id: 'g1', name: 'Board', memberIds: [merge.id, other.id] },
    { ...group, id: 'g2', name: 'Club', memberIds: [keep.id, merge.id] },
  ]);
  await db.goals.add({
    id: 'goal',
    createdAt: T0,
    updatedAt: T0,
    source: 'manual',
    title: 'M&A',
    why: '',
    neededExpertise: [],
    status: 'active',
    contactIds: [merge.id],
  });
  await db.weekPlans.bulkAdd([
    {
      weekStart: '2025-05-05',
      createdAt: T0,
      updatedAt: T0,
      items: [
        { contactId: keep.id, reason: { kind: 'overdue' }, state: 'open' },
        { contactId: merge.id, reason: { kind: 'new-follow-up' }, state: 'skipped' },
      ],
    },
    {
      weekStart: '2025-05-12',
      createdAt: T0,
      updatedAt: T0,
      items: [{ contactId: merge.id, reason: { kind: 'you-owe' }, state: 'open' }],
    },
  ]);
  await db.contacts.update(friend.id, { metViaId: merge.id });
  const ask = { createdAt: T0, updatedAt: T0, source: 'manual' as const, what: '', at: T0 };
  await db.asks.bulkAdd([
    { ...ask, id: 'a-merge', contactId: merge.id, outcome: 'pending' },
    { ...ask, id: 'a-other', contactId: other.id, outcome: 'declined', settledAt: T0 },
  ]);
  const introduction = {
    createdAt: T0,
    updatedAt: T0,
    source: 'manual' as const,
    direction: 'i-make' as const,
    note: '',
    state: 'asked' as const,
    stateAt: { asked: T0 },
  };
  await db.introductions.bulkAdd([
    { ...introduction, id: 'i-moved', firstId: other.id, secondId: merge.id },
    { ...introduction, id: 'i-between', firstId: keep.id, secondId: merge.id },
    { ...introduction, id: 'i-other', firstId: other.id, secondId: friend.id },
  ]);
  return { keep, merge, other, friend, onlyMerge, both, onlyKeep, deleted };
}

describe('mergePeople', () => {
  it('is suggested for the two records of one person', async () => {
    const { keep, merge } = await seedNetwork();
    const pairs = findDuplicates(await db.contacts.toArray(), 'en');
    expect(pairs).toHaveLength(1);
    expect(new Set([pairs[0]?.keepId, pairs[0]?.mergeId])).toEqual(new Set([keep.id, merge.id]));
  });

  it('moves every touch, deleted ones too, to the kept person once', async () => {
    const { keep, merge, onlyMerge, both, onlyKeep, deleted } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    const touches = new Map((await readAllTouches()).map((touch) => [touch.id, touch]));
    for (const id of [onlyMerge, both, deleted]) {
      expect(touches.get(id)?.participantIds).toEqual([keep.id]);
    }
    expect(await db.touchLogs.get(merge.id)).toBeUndefined();
    const kept = await db.touchLogs.get(keep.id);
    // Newest first, the deleted touch still there as a tombstone.
    expect(kept?.touches.map((touch) => touch.id)).toEqual([deleted, onlyKeep, both, onlyMerge]);
    expect(kept?.touches[0]?.deletedAt).toBe(NOW);
  });

  it('updates the copy of a moved touch in its other participants’ logs', async () => {
    const { keep, merge, other } = await seedNetwork();
    const shared = await addTouch(touchDraft([merge.id, other.id], T0 + 5 * DAY_MS), NOW);
    await mergePeople(keep.id, merge.id, LATER);
    const otherCopy = (await db.touchLogs.get(other.id))?.touches.find((t) => t.id === shared);
    const keptCopy = (await db.touchLogs.get(keep.id))?.touches.find((t) => t.id === shared);
    expect(otherCopy?.participantIds).toEqual([keep.id, other.id]);
    expect(otherCopy).toEqual(keptCopy);
  });

  it('leaves the kept person’s derived fields equal to a rebuild', async () => {
    const { keep, merge } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    const kept = await db.contacts.get(keep.id);
    expect(kept?.touchCount).toBe(3);
    expect(kept?.lastTouchAt).toBe(T0 + 3 * DAY_MS);
    await rebuildAllDerived();
    const rebuilt = await db.contacts.get(keep.id);
    if (!kept || !rebuilt) throw new Error('kept person missing');
    // Sums of the same touches in another order may differ in the last bit.
    const { strength, gave, received, ...rest } = rebuilt;
    expect(kept).toMatchObject(rest);
    for (const [what, value] of Object.entries({ strength, gave, received })) {
      const keptValue = kept[what as 'strength'];
      expect(keptValue.at, what).toBe(value.at);
      expect(keptValue.value, what).toBeCloseTo(value.value, 9);
    }
  });

  it('restores a deleted touch to the kept person after the merge', async () => {
    const { keep, merge, deleted } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    await undoDeleteTouch({ id: deleted, participantIds: [keep.id] }, LATER);
    expect((await db.contacts.get(keep.id))?.lastTouchAt).toBe(T0 + 4 * DAY_MS);
  });

  it('moves relations, dropping one to themselves and one they already have', async () => {
    const { keep, merge, other } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    const relations = await db.relations.toArray();
    expect(relations.map((r) => r.id).sort()).toEqual(['r-kept', 'r-moved']);
    expect(await db.relations.get('r-moved')).toMatchObject({ fromId: other.id, toId: keep.id });
  });

  it('moves group members, goal links, week-plan items and met-via links', async () => {
    const { keep, merge, other, friend } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    expect((await db.groups.get('g1'))?.memberIds).toEqual([keep.id, other.id]);
    expect((await db.groups.get('g2'))?.memberIds).toEqual([keep.id]);
    expect((await db.goals.get('goal'))?.contactIds).toEqual([keep.id]);
    expect((await db.weekPlans.get('2025-05-05'))?.items.map((i) => i.contactId)).toEqual([
      keep.id,
    ]);
    expect((await db.weekPlans.get('2025-05-12'))?.items).toEqual([
      { contactId: keep.id, reason: { kind: 'you-owe' }, state: 'open' },
    ]);
    expect((await db.contacts.get(friend.id))?.metViaId).toBe(keep.id);
  });

  it('moves asks and introductions; one between the two people is deleted', async () => {
    const { keep, merge, other, friend } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    expect(await db.asks.get('a-merge')).toMatchObject({ contactId: keep.id, updatedAt: LATER });
    expect(await db.asks.get('a-other')).toMatchObject({ contactId: other.id, updatedAt: T0 });
    expect(await db.introductions.get('i-moved')).toMatchObject({
      firstId: other.id,
      secondId: keep.id,
    });
    expect((await db.introductions.get('i-moved'))?.deletedAt).toBeUndefined();
    expect(await db.introductions.get('i-between')).toMatchObject({
      firstId: keep.id,
      secondId: keep.id,
      deletedAt: LATER,
    });
    expect(await db.introductions.get('i-other')).toMatchObject({
      firstId: other.id,
      secondId: friend.id,
      updatedAt: T0,
    });
  });

  it('fills the kept person’s fields and soft-deletes the merged one', async () => {
    const { keep, merge } = await seedNetwork();
    await mergePeople(keep.id, merge.id, LATER);
    expect(await db.contacts.get(keep.id)).toMatchObject({
      organisation: 'Volvo',
      emails: [{ value: 'anna@example.com' }, { value: 'anna.b@home.se' }],
      createdAt: T0 - DAY_MS,
    });
    expect(await db.contacts.get(merge.id)).toMatchObject({ deletedAt: LATER, touchCount: 0 });
  });

  it('refuses a person merged into themselves, or one that does not exist', async () => {
    const { keep } = await seedNetwork();
    await expect(mergePeople(keep.id, keep.id)).rejects.toMatchObject({ reason: 'same-person' });
    await expect(mergePeople(keep.id, 'nobody')).rejects.toBeInstanceOf(MergeError);
  });
});

describe('undoMergePeople', () => {
  it('puts back exactly what was there before the merge', async () => {
    const { keep, merge } = await seedNetwork();
    const before = await snapshot();
    const undo = await mergePeople(keep.id, merge.id, LATER);
    await undoMergePeople(undo, LATER);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses once a moved ask was changed since, and changes nothing', async () => {
    const { keep, merge } = await seedNetwork();
    const undo = await mergePeople(keep.id, merge.id, LATER);
    await db.asks.update('a-merge', { what: 'Edited', updatedAt: LATER + 1 });
    const before = await snapshot();
    await expect(undoMergePeople(undo, LATER + 2)).rejects.toMatchObject({
      reason: 'changed-since',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a touch logged since by someone who shared a moved touch', async () => {
    const { keep, merge, other, onlyKeep } = await seedNetwork();
    const shared = await addTouch(touchDraft([merge.id, other.id], T0 + 5 * DAY_MS), NOW);
    const undo = await mergePeople(keep.id, merge.id, LATER);
    const since = await addTouch(touchDraft([other.id], LATER), LATER);
    await undoMergePeople(undo, LATER);
    const otherLog = await db.touchLogs.get(other.id);
    expect(otherLog?.touches.map((touch) => touch.id)).toEqual([since, shared, onlyKeep]);
    expect(otherLog?.touches[1]?.participantIds).toEqual([merge.id, other.id]);
    expect((await db.touchLogs.get(merge.id))?.touches.map((touch) => touch.id)).toContain(shared);
  });

  it('refuses once a moved touch was edited since, and changes nothing', async () => {
    const { keep, merge, onlyMerge } = await seedNetwork();
    const undo = await mergePeople(keep.id, merge.id, LATER);
    await deleteTouch({ id: onlyMerge, participantIds: [keep.id] }, LATER + 1);
    // Deleting it changes the kept person's derived fields too; put them back so that only
    // the touch tells the undo that something changed.
    await db.contacts.put(undo.after.keep);
    const after = await snapshot();
    await expect(undoMergePeople(undo, LATER)).rejects.toMatchObject({ reason: 'changed-since' });
    expect(await snapshot()).toEqual(after);
  });

  it('refuses once a touch was logged with the kept person since, and changes nothing', async () => {
    const { keep, merge } = await seedNetwork();
    const undo = await mergePeople(keep.id, merge.id, LATER);
    await addTouch(touchDraft([keep.id], LATER), LATER);
    const after = await snapshot();
    await expect(undoMergePeople(undo, LATER)).rejects.toMatchObject({ reason: 'changed-since' });
    expect(await snapshot()).toEqual(after);
  });

  it('refuses once someone the merge re-linked was edited since', async () => {
    const { keep, merge, friend } = await seedNetwork();
    const undo = await mergePeople(keep.id, merge.id, LATER);
    await updateContact(friend.id, { role: 'CFO' }, LATER + 1);
    await expect(undoMergePeople(undo, LATER)).rejects.toMatchObject({ reason: 'changed-since' });
  });
});
