import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import {
  createIntroduction,
  deleteIntroduction,
  editIntroduction,
  setIntroductionState,
  undoDeleteIntroduction,
  undoIntroductionChange,
  type IntroductionInput,
} from './introductions';
import { rebuildAllDerived } from '../derived/contact-fields';
import {
  countTouches,
  freshDatabase,
  makePerson,
  seedPeople,
  storedTouch,
} from '../../../tests/support/log-seed';
import type { Contact, IntroductionState } from '../../domain/types';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 9, 0);

let anna: Contact;
let erik: Contact;
let li: Contact;

async function person(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`no contact ${id}`);
  return contact;
}

async function stored(id: string) {
  const introduction = await db.introductions.get(id);
  if (!introduction) throw new Error(`no introduction ${id}`);
  return introduction;
}

async function expectDerivedAsRebuilt(): Promise<void> {
  const kept = await db.contacts.toArray();
  await rebuildAllDerived();
  expect(await db.contacts.toArray()).toEqual(kept);
}

const input = (changes: Partial<IntroductionInput> = {}): IntroductionInput => ({
  direction: 'i-make',
  firstId: anna.id,
  secondId: erik.id,
  note: 'Both in fintech',
  at: NOW - 5 * DAY_MS,
  ...changes,
});

/** Walks an introduction forward through these states, a day apart. */
async function walk(id: string, states: IntroductionState[]) {
  let at = NOW - 4 * DAY_MS;
  let last;
  for (const state of states) {
    last = await setIntroductionState(id, state, at, at);
    at += DAY_MS;
  }
  if (!last) throw new Error('no states');
  return last;
}

beforeEach(async () => {
  await freshDatabase();
  [anna, erik, li] = await seedPeople(
    makePerson('Anna', 'Berg'),
    makePerson('Erik', 'Holm'),
    makePerson('Li', 'Wu'),
  );
  await rebuildAllDerived();
});

describe('createIntroduction', () => {
  it('records an introduction asked at the given time', async () => {
    const id = await createIntroduction(input(), NOW);
    expect(await stored(id)).toMatchObject({
      direction: 'i-make',
      firstId: anna.id,
      secondId: erik.id,
      state: 'asked',
      stateAt: { asked: NOW - 5 * DAY_MS },
      note: 'Both in fintech',
    });
  });

  it('refuses a person introduced to themselves, an unknown or deleted person, a missing goal', async () => {
    await db.contacts.update(li.id, { deletedAt: NOW - 1 });
    await expect(createIntroduction(input({ secondId: anna.id }), NOW)).rejects.toMatchObject({
      reason: 'introduce-to-self',
    });
    await expect(createIntroduction(input({ secondId: 'nobody' }), NOW)).rejects.toMatchObject({
      reason: 'person-not-found',
    });
    await expect(createIntroduction(input({ firstId: li.id }), NOW)).rejects.toMatchObject({
      reason: 'person-not-found',
    });
    await expect(createIntroduction(input({ goalId: 'gone' }), NOW)).rejects.toMatchObject({
      reason: 'goal-not-found',
    });
    await expect(createIntroduction(input({ at: Number.NaN }), NOW)).rejects.toMatchObject({
      reason: 'invalid-time',
    });
    expect(await db.introductions.count()).toBe(0);
  });
});

describe('setIntroductionState', () => {
  it('follows the state machine: no skipping, no date before the previous step', async () => {
    const id = await createIntroduction(input(), NOW);
    await expect(setIntroductionState(id, 'made', NOW, NOW)).rejects.toMatchObject({
      reason: 'not-a-next-state',
    });
    await expect(
      setIntroductionState(id, 'first-agreed', NOW - 6 * DAY_MS, NOW),
    ).rejects.toMatchObject({ reason: 'before-previous-state' });
    const change = await setIntroductionState(id, 'first-agreed', NOW - DAY_MS, NOW);
    expect(change.before.state).toBe('asked');
    expect(change.after).toMatchObject({
      state: 'first-agreed',
      stateAt: { asked: NOW - 5 * DAY_MS, 'first-agreed': NOW - DAY_MS },
    });
  });

  it('made, for one the user makes: one touch with both people that gave an intro', async () => {
    const id = await createIntroduction(input(), NOW);
    const made = await walk(id, ['first-agreed', 'second-agreed', 'made']);
    const touch = await storedTouch(made.after.madeTouchId ?? '');
    expect(touch).toMatchObject({ gave: ['intro'], received: [], note: 'Both in fintech' });
    expect(touch?.participantIds.sort()).toEqual([anna.id, erik.id].sort());
    expect((await person(anna.id)).gave.value).toBeGreaterThan(0);
    expect((await person(erik.id)).gave.value).toBeGreaterThan(0);
    await expectDerivedAsRebuilt();

    // Stepping back before 'made' takes the give back; undo brings the same touch back.
    const back = await setIntroductionState(id, 'second-agreed', NOW, NOW);
    expect(back.after.madeTouchId).toBeUndefined();
    expect((await storedTouch(made.after.madeTouchId ?? ''))?.deletedAt).toBe(NOW);
    expect((await person(anna.id)).gave.value).toBe(0);
    await expectDerivedAsRebuilt();
    await undoIntroductionChange(back, NOW + 1);
    expect(await stored(id)).toMatchObject({ state: 'made', madeTouchId: made.after.madeTouchId });
    expect((await storedTouch(made.after.madeTouchId ?? ''))?.deletedAt).toBeUndefined();
    await expectDerivedAsRebuilt();
  });

  it('made, for one asked for the user: "introduced by" and met via on the new person', async () => {
    const id = await createIntroduction(input({ direction: 'for-me' }), NOW);
    const made = await walk(id, ['first-agreed', 'second-agreed', 'made']);
    const relation = await db.relations.get(made.after.relationId ?? '');
    expect(relation).toMatchObject({ fromId: erik.id, toId: anna.id, kind: 'introduced-by' });
    expect((await person(erik.id)).metViaId).toBe(anna.id);
    expect(made.after.setMetVia).toBe(true);
    expect(await countTouches()).toBe(0);

    // An outcome keeps the facts; going back before 'made' removes exactly them.
    await setIntroductionState(id, 'met', NOW, NOW);
    const back = await setIntroductionState(id, 'asked', NOW + 1, NOW + 1);
    expect((await db.relations.get(made.after.relationId ?? ''))?.deletedAt).toBe(NOW + 1);
    expect((await person(erik.id)).metViaId).toBeUndefined();
    expect(back.after.stateAt).toEqual({ asked: NOW - 5 * DAY_MS });

    await undoIntroductionChange(back, NOW + 2);
    expect((await db.relations.get(made.after.relationId ?? ''))?.deletedAt).toBeUndefined();
    expect((await person(erik.id)).metViaId).toBe(anna.id);
    expect((await stored(id)).state).toBe('met');
  });

  it('never overwrites a "met via" the user set, and leaves it when stepping back', async () => {
    await db.contacts.update(erik.id, { metViaId: li.id });
    const id = await createIntroduction(input({ direction: 'for-me' }), NOW);
    const made = await walk(id, ['first-agreed', 'second-agreed', 'made']);
    expect(made.after.setMetVia).toBeUndefined();
    expect((await person(erik.id)).metViaId).toBe(li.id);
    await setIntroductionState(id, 'first-agreed', NOW, NOW);
    expect((await person(erik.id)).metViaId).toBe(li.id);
  });

  it('undoing the move to made takes its facts back; an undo after a later change is refused', async () => {
    const id = await createIntroduction(input({ direction: 'for-me' }), NOW);
    const made = await walk(id, ['first-agreed', 'second-agreed', 'made']);
    await undoIntroductionChange(made, NOW);
    expect((await stored(id)).state).toBe('second-agreed');
    expect((await db.relations.get(made.after.relationId ?? ''))?.deletedAt).toBe(NOW);
    expect((await person(erik.id)).metViaId).toBeUndefined();

    const again = await setIntroductionState(id, 'made', NOW + 1, NOW + 1);
    await setIntroductionState(id, 'met', NOW + 2, NOW + 2);
    await expect(undoIntroductionChange(again, NOW + 3)).rejects.toMatchObject({
      reason: 'changed-since',
    });
  });

  it('writes neither the state nor the give when storing the introduction fails', async () => {
    const id = await createIntroduction(input(), NOW);
    await walk(id, ['first-agreed', 'second-agreed']);
    const failing = vi.spyOn(db.introductions, 'put').mockRejectedValue(new Error('disk full'));
    try {
      await expect(setIntroductionState(id, 'made', NOW, NOW)).rejects.toThrow('disk full');
    } finally {
      failing.mockRestore();
    }
    expect((await stored(id)).state).toBe('second-agreed');
    expect(await countTouches()).toBe(0);
    expect((await person(anna.id)).gave.value).toBe(0);
  });
});

describe('editIntroduction, deleteIntroduction', () => {
  it("edits the note, the goal and a state's date, keeping the dates in order", async () => {
    const id = await createIntroduction(input(), NOW);
    const moved = await setIntroductionState(id, 'first-agreed', NOW - 2 * DAY_MS, NOW);
    const edited = await editIntroduction(
      id,
      { note: 'New note', stateAt: { state: 'asked', at: NOW - 3 * DAY_MS } },
      moved.after.updatedAt,
      NOW + 1,
    );
    expect(edited.after).toMatchObject({
      note: 'New note',
      stateAt: { asked: NOW - 3 * DAY_MS, 'first-agreed': NOW - 2 * DAY_MS },
    });
    await expect(
      editIntroduction(id, { stateAt: { state: 'asked', at: NOW } }, NOW + 1, NOW + 2),
    ).rejects.toMatchObject({ reason: 'before-previous-state' });
    await expect(
      editIntroduction(id, { stateAt: { state: 'made', at: NOW } }, NOW + 1, NOW + 2),
    ).rejects.toMatchObject({ reason: 'not-a-next-state' });
    await expect(editIntroduction(id, { note: 'x' }, NOW, NOW + 2)).rejects.toMatchObject({
      reason: 'edit-conflict',
    });
    await undoIntroductionChange(edited, NOW + 3);
    expect((await stored(id)).note).toBe('Both in fintech');
  });

  it('deletes as a tombstone, keeping a made give, and undo brings it back', async () => {
    const id = await createIntroduction(input(), NOW);
    const made = await walk(id, ['first-agreed', 'second-agreed', 'made']);
    await deleteIntroduction(id, NOW);
    expect((await stored(id)).deletedAt).toBe(NOW);
    expect((await storedTouch(made.after.madeTouchId ?? ''))?.deletedAt).toBeUndefined();
    await expect(setIntroductionState(id, 'met', NOW, NOW)).rejects.toMatchObject({
      reason: 'introduction-not-found',
    });
    await undoDeleteIntroduction(id, NOW + 1);
    expect((await stored(id)).deletedAt).toBeUndefined();
  });
});
