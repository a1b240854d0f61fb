import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import {
  deleteAsk,
  editAsk,
  logAsk,
  setAskOutcome,
  undoAskChange,
  undoDeleteAsk,
  undoLogAsk,
} from './asks';
import { addTouch } from './touches';
import { rebuildAllDerived } from '../derived/contact-fields';
import {
  countTouches,
  freshDatabase,
  makePerson,
  seedPeople,
  storedTouch,
  touchDraft,
} from '../../../tests/support/log-seed';
import type { Contact, Goal } from '../../domain/types';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 9, 0);

let anna: Contact;
let bo: Contact;
const goal: Goal = {
  id: 'goal-germany',
  createdAt: NOW - 10 * DAY_MS,
  updatedAt: NOW - 10 * DAY_MS,
  source: 'manual',
  title: 'Expand into Germany',
  why: '',
  neededExpertise: ['german law'],
  status: 'active',
  contactIds: [],
};

async function person(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`no contact ${id}`);
  return contact;
}

async function storedAsk(id: string) {
  const ask = await db.asks.get(id);
  if (!ask) throw new Error(`no ask ${id}`);
  return ask;
}

/** The derived fields of everyone as a full rebuild from their touches computes them. */
async function expectDerivedAsRebuilt(): Promise<void> {
  const kept = await db.contacts.toArray();
  await rebuildAllDerived();
  expect(await db.contacts.toArray()).toEqual(kept);
}

beforeEach(async () => {
  await freshDatabase();
  [anna, bo] = await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
  await db.goals.add(goal);
  // The seeded people's derived fields as the rebuild states them, so that the checks
  // below compare the writes' own changes with it.
  await rebuildAllDerived();
});

describe('logAsk', () => {
  it('writes one touch marked "I asked for help" and the ask pointing at it', async () => {
    const id = await logAsk(
      { contactId: anna.id, goalId: goal.id, what: 'Intro to a lawyer', at: NOW - DAY_MS },
      NOW,
    );
    const ask = await storedAsk(id);
    expect(ask).toMatchObject({
      contactId: anna.id,
      goalId: goal.id,
      what: 'Intro to a lawyer',
      at: NOW - DAY_MS,
      outcome: 'pending',
    });
    const touch = await storedTouch(ask.touchId ?? '');
    expect(touch).toMatchObject({
      participantIds: [anna.id],
      askedForHelp: true,
      kind: 'message',
      note: 'Intro to a lawyer',
      at: NOW - DAY_MS,
    });
    expect((await person(anna.id)).touchCount).toBe(1);
    await expectDerivedAsRebuilt();
  });

  it('refuses an unknown person, a deleted one, a missing goal and a bad time, writing nothing', async () => {
    await db.contacts.update(bo.id, { deletedAt: NOW - 1 });
    const at = NOW - DAY_MS;
    await expect(logAsk({ contactId: 'nobody', what: '', at }, NOW)).rejects.toMatchObject({
      reason: 'person-not-found',
    });
    await expect(logAsk({ contactId: bo.id, what: '', at }, NOW)).rejects.toMatchObject({
      reason: 'person-not-found',
    });
    await expect(
      logAsk({ contactId: anna.id, goalId: 'gone', what: '', at }, NOW),
    ).rejects.toMatchObject({ reason: 'goal-not-found' });
    await expect(
      logAsk({ contactId: anna.id, what: '', at: Number.NaN }, NOW),
    ).rejects.toMatchObject({ reason: 'invalid-time' });
    expect(await db.asks.count()).toBe(0);
    expect(await countTouches()).toBe(0);
  });

  it('writes nothing, not even the touch, when storing the ask fails', async () => {
    const failing = vi.spyOn(db.asks, 'add').mockRejectedValue(new Error('disk full'));
    try {
      await expect(
        logAsk({ contactId: anna.id, what: 'x', at: NOW - DAY_MS }, NOW),
      ).rejects.toThrow('disk full');
    } finally {
      failing.mockRestore();
    }
    expect(await countTouches()).toBe(0);
    expect((await person(anna.id)).touchCount).toBe(0);
  });
});

describe('undoLogAsk', () => {
  it('takes back an ask just logged with its touches, as if it had never been logged', async () => {
    const before = await person(anna.id);
    const id = await logAsk({ contactId: anna.id, what: 'Advice', at: NOW - DAY_MS }, NOW);
    await setAskOutcome(id, 'helped', NOW, NOW);
    expect(await countTouches()).toBe(2);

    await undoLogAsk(id, NOW + 1);
    expect((await storedAsk(id)).deletedAt).toBe(NOW + 1);
    const ask = await storedAsk(id);
    expect((await storedTouch(ask.touchId ?? ''))?.deletedAt).toBe(NOW + 1);
    expect((await storedTouch(ask.helpTouchId ?? ''))?.deletedAt).toBe(NOW + 1);
    const after = await person(anna.id);
    expect(after.touchCount).toBe(before.touchCount);
    expect(after.received).toEqual(before.received);
    await expectDerivedAsRebuilt();
    // Twice is once.
    await undoLogAsk(id, NOW + 2);
    expect((await storedAsk(id)).updatedAt).toBe(NOW + 1);
    await expect(undoLogAsk('nothing', NOW)).rejects.toMatchObject({ reason: 'ask-not-found' });
  });
});

describe('setAskOutcome', () => {
  let askId: string;
  beforeEach(async () => {
    askId = await logAsk(
      { contactId: anna.id, goalId: goal.id, what: 'Intro', at: NOW - 3 * DAY_MS },
      NOW - 3 * DAY_MS,
    );
  });

  it('"helped" logs help received from the person, named by the goal, in the ledger', async () => {
    const before = await person(anna.id);
    const change = await setAskOutcome(askId, 'helped', NOW - DAY_MS, NOW);
    expect(change.after).toMatchObject({ outcome: 'helped', settledAt: NOW - DAY_MS });
    const touch = await storedTouch(change.after.helpTouchId ?? '');
    expect(touch).toMatchObject({
      participantIds: [anna.id],
      received: ['help'],
      gave: [],
      note: 'Expand into Germany',
      at: NOW - DAY_MS,
    });
    const after = await person(anna.id);
    expect(after.received.value).toBeGreaterThan(before.received.value);
    expect(after.touchCount).toBe(2);
    await expectDerivedAsRebuilt();
  });

  it('changing away from "helped" takes the help touch back, and undo brings it back', async () => {
    const helped = await setAskOutcome(askId, 'helped', NOW - DAY_MS, NOW - DAY_MS);
    const helpTouchId = helped.after.helpTouchId ?? '';
    const declined = await setAskOutcome(askId, 'declined', NOW, NOW);
    expect(declined.after.helpTouchId).toBeUndefined();
    expect((await storedTouch(helpTouchId))?.deletedAt).toBe(NOW);
    expect((await person(anna.id)).received.value).toBe(0);
    await expectDerivedAsRebuilt();

    await undoAskChange(declined, NOW + 1);
    expect(await storedAsk(askId)).toMatchObject({ outcome: 'helped', helpTouchId });
    expect((await storedTouch(helpTouchId))?.deletedAt).toBeUndefined();
    expect((await person(anna.id)).received.value).toBeGreaterThan(0);
    await expectDerivedAsRebuilt();
  });

  it('undoing "helped" takes its touch back; back to pending clears the settled time', async () => {
    const helped = await setAskOutcome(askId, 'helped', NOW - DAY_MS, NOW);
    await undoAskChange(helped, NOW + 1);
    const ask = await storedAsk(askId);
    expect(ask.outcome).toBe('pending');
    expect(ask.helpTouchId).toBeUndefined();
    expect(ask.settledAt).toBeUndefined();
    expect((await storedTouch(helped.after.helpTouchId ?? ''))?.deletedAt).toBe(NOW + 1);
    await expectDerivedAsRebuilt();

    await setAskOutcome(askId, 'no-answer', NOW + 2, NOW + 2);
    const pending = await setAskOutcome(askId, 'pending', NOW + 3, NOW + 3);
    expect(pending.after.settledAt).toBeUndefined();
  });

  it('refuses an undo once the ask changed again, and an unknown outcome or ask', async () => {
    const helped = await setAskOutcome(askId, 'helped', NOW - DAY_MS, NOW);
    await setAskOutcome(askId, 'declined', NOW + 1, NOW + 1);
    await expect(undoAskChange(helped, NOW + 2)).rejects.toMatchObject({
      reason: 'changed-since',
    });
    await expect(setAskOutcome(askId, 'maybe' as never, NOW + 3, NOW + 3)).rejects.toMatchObject({
      reason: 'invalid-outcome',
    });
    await expect(setAskOutcome('nope', 'helped', NOW, NOW)).rejects.toMatchObject({
      reason: 'ask-not-found',
    });
  });

  it('writes neither the outcome nor the help touch when the ask cannot be stored', async () => {
    const failing = vi.spyOn(db.asks, 'put').mockRejectedValue(new Error('disk full'));
    try {
      await expect(setAskOutcome(askId, 'helped', NOW - DAY_MS, NOW)).rejects.toThrow('disk full');
    } finally {
      failing.mockRestore();
    }
    expect((await storedAsk(askId)).outcome).toBe('pending');
    expect(await countTouches()).toBe(1);
    expect((await person(anna.id)).received.value).toBe(0);
  });
});

describe('editAsk, deleteAsk', () => {
  it('edits what, when and the goal, refusing a change saved meanwhile', async () => {
    const id = await logAsk({ contactId: anna.id, what: 'Intro', at: NOW - DAY_MS }, NOW);
    const change = await editAsk(id, { what: 'Advice', goalId: goal.id }, NOW, NOW + 1);
    expect(change.after).toMatchObject({ what: 'Advice', goalId: goal.id, updatedAt: NOW + 1 });
    await expect(editAsk(id, { what: 'Other' }, NOW, NOW + 2)).rejects.toMatchObject({
      reason: 'edit-conflict',
    });
    await expect(editAsk(id, { goalId: 'gone' }, NOW + 1, NOW + 2)).rejects.toMatchObject({
      reason: 'goal-not-found',
    });
    const cleared = await editAsk(id, { goalId: null }, NOW + 1, NOW + 3);
    expect(cleared.after.goalId).toBeUndefined();
    await undoAskChange(cleared, NOW + 4);
    expect((await storedAsk(id)).goalId).toBe(goal.id);
  });

  it('deletes an ask as a tombstone, keeping its touch, and undo brings it back', async () => {
    const id = await logAsk({ contactId: anna.id, what: 'Intro', at: NOW - DAY_MS }, NOW);
    await deleteAsk(id, NOW + 1);
    expect((await storedAsk(id)).deletedAt).toBe(NOW + 1);
    expect((await person(anna.id)).touchCount).toBe(1);
    await expect(setAskOutcome(id, 'helped', NOW, NOW + 2)).rejects.toMatchObject({
      reason: 'ask-not-found',
    });
    await undoDeleteAsk(id, NOW + 3);
    expect((await storedAsk(id)).deletedAt).toBeUndefined();
  });
});

describe('addTouch with an ask', () => {
  it('writes one ask per person on the touch, made in it', async () => {
    const touchId = await addTouch(
      touchDraft([anna.id, bo.id], NOW - DAY_MS, { askedForHelp: true }),
      NOW,
      { goalId: goal.id, what: 'Who knows German law?' },
    );
    const asks = await db.asks.toArray();
    expect(asks.map((ask) => ask.contactId).sort()).toEqual([anna.id, bo.id].sort());
    for (const ask of asks) {
      expect(ask).toMatchObject({ touchId, goalId: goal.id, outcome: 'pending', at: NOW - DAY_MS });
    }
  });

  it('writes no ask for a touch not marked "I asked for help"', async () => {
    await addTouch(touchDraft([anna.id], NOW - DAY_MS), NOW, { what: 'x' });
    expect(await db.asks.count()).toBe(0);
  });

  it('refuses a goal that is gone and writes neither the touch nor an ask', async () => {
    await expect(
      addTouch(touchDraft([anna.id], NOW - DAY_MS, { askedForHelp: true }), NOW, {
        goalId: 'gone',
        what: 'x',
      }),
    ).rejects.toMatchObject({ reason: 'goal-not-found' });
    expect(await countTouches()).toBe(0);
    expect(await db.asks.count()).toBe(0);
  });
});
