import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import {
  TouchError,
  TouchConflictError,
  addTouch,
  deleteTouch,
  editTouch,
  undoDeleteTouch,
  updateTouch,
  type TouchInput,
} from './touches';
import { requestPersistenceOnce } from '../storage';
import {
  copiesOf,
  countTouches,
  freshDatabase,
  makePerson,
  seedPeople,
  storedTouch,
  touchDraft,
} from '../../../tests/support/log-seed';
import type { Contact } from '../../domain/types';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 4, 20, 12, 0);

const draft = (participantIds: string[], changes: Partial<TouchInput> = {}) =>
  touchDraft(participantIds, NOW, changes);

/** A touch named through the log of one person on it. */
const ref = (id: string, owner: Contact) => ({ id, participantIds: [owner.id] });

async function person(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`no contact ${id}`);
  return contact;
}

let anna: Contact;
let bo: Contact;
let cecilia: Contact;

beforeEach(async () => {
  await freshDatabase();
  [anna, bo, cecilia] = await seedPeople(
    makePerson('Anna', 'Berg'),
    makePerson('Bo', 'Ek'),
    makePerson('Cecilia', 'Lund'),
  );
});

describe('addTouch', () => {
  it('stores the touch in the log of its person', async () => {
    const id = await addTouch(
      draft([anna.id], { note: 'Talked about M&A', gave: ['help'], initiator: 'me' }),
      NOW,
    );
    const stored = await storedTouch(id);
    expect(stored).toMatchObject({
      id,
      kind: 'coffee',
      at: NOW,
      participantIds: [anna.id],
      note: 'Talked about M&A',
      gave: ['help'],
      initiator: 'me',
      createdAt: NOW,
      updatedAt: NOW,
      source: 'manual',
    });
    expect(stored?.deletedAt).toBeUndefined();
    const logs = await db.touchLogs.toArray();
    expect(logs).toEqual([{ contactId: anna.id, touches: [stored], updatedAt: NOW }]);
  });

  it('sets last touch and count for every person on a multi-person touch', async () => {
    const id = await addTouch(draft([anna.id, bo.id, anna.id], { kind: 'meal' }), NOW);
    expect(await copiesOf(id)).toEqual(
      [{ contactId: anna.id }, { contactId: bo.id }].sort((a, b) =>
        a.contactId < b.contactId ? -1 : 1,
      ),
    );
    for (const id of [anna.id, bo.id]) {
      expect(await person(id)).toMatchObject({ lastTouchAt: NOW, touchCount: 1 });
    }
    expect(await person(cecilia.id)).not.toHaveProperty('lastTouchAt');
    expect((await person(cecilia.id)).touchCount).toBe(0);
  });

  it('keeps the latest time when an older touch is logged afterwards', async () => {
    await addTouch(draft([anna.id], { at: NOW }), NOW);
    await addTouch(draft([anna.id], { at: NOW - 30 * DAY_MS }), NOW + 1000);
    expect(await person(anna.id)).toMatchObject({ lastTouchAt: NOW, touchCount: 2 });
  });

  it('moves the last touch forward when a newer touch is logged', async () => {
    await addTouch(draft([anna.id], { at: NOW - 30 * DAY_MS }), NOW);
    await addTouch(draft([anna.id], { at: NOW - DAY_MS }), NOW);
    expect((await person(anna.id)).lastTouchAt).toBe(NOW - DAY_MS);
  });

  it('asks for persistent storage after the first touch', async () => {
    await addTouch(draft([anna.id]), NOW);
    expect((await db.settings.get('settings'))?.persistRequestedAt).toBe(NOW);
  });

  it('reads the settings row for it only until it has asked, until the database is opened again', async () => {
    await addTouch(draft([anna.id]), NOW);
    const reads = vi.spyOn(db.settings, 'get');
    try {
      await requestPersistenceOnce(NOW + 1);
      expect(reads).not.toHaveBeenCalled();
      db.close();
      await db.open();
      await requestPersistenceOnce(NOW + 2);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
    expect((await db.settings.get('settings'))?.persistRequestedAt).toBe(NOW);
  });

  it('rejects a touch with nobody on it and writes nothing', async () => {
    await expect(addTouch(draft([]), NOW)).rejects.toThrow('at least one person');
    await expect(addTouch(draft([]), NOW)).rejects.toMatchObject({
      reason: 'no-participants',
    });
    expect(await countTouches()).toBe(0);
  });

  it('rejects an unknown person and writes nothing, not even for the known ones', async () => {
    const attempt = addTouch(draft([anna.id, 'nobody']), NOW);
    await expect(attempt).rejects.toBeInstanceOf(TouchError);
    await expect(addTouch(draft([anna.id, 'nobody']), NOW)).rejects.toThrow(/nobody/);
    expect(await countTouches()).toBe(0);
    expect((await person(anna.id)).touchCount).toBe(0);
  });

  it('rejects a deleted person', async () => {
    await db.contacts.update(bo.id, { deletedAt: NOW - 1 });
    await expect(addTouch(draft([bo.id]), NOW)).rejects.toMatchObject({
      reason: 'unknown-participant',
    });
    expect(await countTouches()).toBe(0);
  });

  it('rejects a time that is not a number', async () => {
    await expect(addTouch(draft([anna.id], { at: Number.NaN }), NOW)).rejects.toMatchObject({
      reason: 'invalid-time',
    });
  });

  it('rejects a time a backup could not carry back: before 1900, or no date at all', async () => {
    for (const at of [Date.UTC(1899, 11, 31), 1e300, -1e300]) {
      await expect(addTouch(draft([anna.id], { at }), NOW)).rejects.toMatchObject({
        reason: 'invalid-time',
      });
    }
    expect(await countTouches()).toBe(0);
  });
});

describe('deleteTouch and undoDeleteTouch', () => {
  it('soft-deletes the touch in every log, and undo restores it', async () => {
    const id = await addTouch(draft([anna.id, bo.id]), NOW);
    const ref = { id, participantIds: [bo.id] };
    await deleteTouch(ref, NOW + 5);
    expect((await storedTouch(id))?.deletedAt).toBe(NOW + 5);
    const deleted = await copiesOf(id);
    expect(deleted.map((copy) => copy.deletedAt)).toEqual([NOW + 5, NOW + 5]);
    expect(await person(anna.id)).toMatchObject({ touchCount: 0 });
    expect(await person(anna.id)).not.toHaveProperty('lastTouchAt');

    await undoDeleteTouch(ref, NOW + 10);
    const restored = await storedTouch(id);
    expect(restored).not.toHaveProperty('deletedAt');
    expect(restored?.updatedAt).toBe(NOW + 10);
    const back = await copiesOf(id);
    expect(back).toHaveLength(2);
    expect(back.every((copy) => copy.deletedAt === undefined)).toBe(true);
    for (const contactId of [anna.id, bo.id]) {
      expect(await person(contactId)).toMatchObject({ lastTouchAt: NOW, touchCount: 1 });
    }
  });

  it('falls back to the previous touch when the latest one is deleted', async () => {
    const older = await addTouch(draft([anna.id], { at: NOW - 10 * DAY_MS }), NOW);
    const latest = await addTouch(draft([anna.id], { at: NOW - DAY_MS }), NOW);
    await addTouch(draft([anna.id], { at: NOW - 40 * DAY_MS }), NOW);
    await deleteTouch(ref(latest, anna), NOW);
    expect(await person(anna.id)).toMatchObject({ lastTouchAt: NOW - 10 * DAY_MS, touchCount: 2 });
    await deleteTouch(ref(older, anna), NOW);
    expect(await person(anna.id)).toMatchObject({ lastTouchAt: NOW - 40 * DAY_MS, touchCount: 1 });
  });

  it('removes the last touch time when the only touch is deleted', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await deleteTouch(ref(id, anna), NOW);
    expect(await person(anna.id)).not.toHaveProperty('lastTouchAt');
  });

  it('does nothing when a touch is deleted twice', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await deleteTouch(ref(id, anna), NOW + 1);
    await deleteTouch(ref(id, anna), NOW + 2);
    expect((await storedTouch(id))?.deletedAt).toBe(NOW + 1);
  });

  it('says so when the touch does not exist', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await expect(deleteTouch(ref('missing', anna), NOW)).rejects.toMatchObject({
      reason: 'touch-not-found',
    });
    // A touch is found through the log of a person on it; another person's log lacks it.
    await expect(deleteTouch(ref(id, bo), NOW)).rejects.toMatchObject({
      reason: 'touch-not-found',
    });
    await expect(undoDeleteTouch({ id, participantIds: [] }, NOW)).rejects.toMatchObject({
      reason: 'touch-not-found',
    });
  });
});

describe('editTouch', () => {
  it('writes only the changed fields, so another tab’s change to another field is kept', async () => {
    const id = await addTouch(draft([anna.id], { note: 'First' }), NOW);
    // Two tabs opened the same touch; one changes the note, the other the kind.
    await editTouch(ref(id, anna), [{ field: 'note', from: 'First', to: 'Second' }], NOW + 1);
    await editTouch(ref(id, anna), [{ field: 'kind', from: 'coffee', to: 'call' }], NOW + 2);
    expect(await storedTouch(id)).toMatchObject({
      note: 'Second',
      kind: 'call',
      updatedAt: NOW + 2,
    });
  });

  it('refuses a field changed meanwhile to another value, naming it, and writes nothing', async () => {
    const id = await addTouch(draft([anna.id], { note: 'First' }), NOW);
    await editTouch(ref(id, anna), [{ field: 'note', from: 'First', to: 'Theirs' }], NOW + 1);
    const late = editTouch(
      ref(id, anna),
      [
        { field: 'note', from: 'First', to: 'Mine' },
        { field: 'kind', from: 'coffee', to: 'call' },
      ],
      NOW + 2,
    );
    await expect(late).rejects.toBeInstanceOf(TouchConflictError);
    await expect(late).rejects.toMatchObject({
      reason: 'edit-conflict',
      conflicts: [{ field: 'note', base: 'First', theirs: 'Theirs', mine: 'Mine' }],
    });
    expect(await storedTouch(id)).toMatchObject({
      note: 'Theirs',
      kind: 'coffee',
      updatedAt: NOW + 1,
    });
  });

  it('compares people and value flows as sets, and writes nothing for an equal edit', async () => {
    const id = await addTouch(draft([anna.id, bo.id], { gave: ['help', 'intro'] }), NOW);
    await editTouch(
      ref(id, anna),
      [
        { field: 'participantIds', from: [anna.id, bo.id], to: [bo.id, anna.id] },
        { field: 'gave', from: ['help', 'intro'], to: ['intro', 'help'] },
      ],
      NOW + 1,
    );
    expect((await storedTouch(id))?.updatedAt).toBe(NOW);
  });

  it('moves the touch between people and keeps their derived fields true', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await editTouch(
      ref(id, anna),
      [{ field: 'participantIds', from: [anna.id], to: [bo.id] }],
      NOW + 1,
    );
    expect(await person(anna.id)).toMatchObject({ touchCount: 0 });
    expect(await person(bo.id)).toMatchObject({ touchCount: 1, lastTouchAt: NOW });
    expect(await copiesOf(id)).toEqual([{ contactId: bo.id }]);
  });

  it('refuses an edit that leaves nobody, and a touch deleted meanwhile', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await expect(
      editTouch(ref(id, anna), [{ field: 'participantIds', from: [anna.id], to: [] }], NOW),
    ).rejects.toMatchObject({ reason: 'no-participants' });
    await deleteTouch(ref(id, anna), NOW + 1);
    await expect(
      editTouch(ref(id, anna), [{ field: 'note', from: '', to: 'Late' }], NOW + 2),
    ).rejects.toMatchObject({ reason: 'touch-not-found' });
    expect((await storedTouch(id))?.note).toBe('');
  });
});

describe('updateTouch', () => {
  it('changes what was entered and keeps the creation stamp', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await updateTouch(
      ref(id, anna),
      draft([anna.id], {
        kind: 'call',
        note: 'Follow-up',
        received: ['intro'],
        askedForHelp: true,
      }),
      NOW + 100,
    );
    expect(await storedTouch(id)).toMatchObject({
      kind: 'call',
      note: 'Follow-up',
      received: ['intro'],
      askedForHelp: true,
      createdAt: NOW,
      updatedAt: NOW + 100,
    });
  });

  it('moves a touch from one person to another', async () => {
    await addTouch(draft([anna.id], { at: NOW - 20 * DAY_MS }), NOW);
    const id = await addTouch(draft([anna.id], { at: NOW - DAY_MS }), NOW);
    await updateTouch(ref(id, anna), draft([bo.id], { at: NOW - DAY_MS }), NOW);

    expect(await person(anna.id)).toMatchObject({ lastTouchAt: NOW - 20 * DAY_MS, touchCount: 1 });
    expect(await person(bo.id)).toMatchObject({ lastTouchAt: NOW - DAY_MS, touchCount: 1 });
    expect(await copiesOf(id)).toEqual([{ contactId: bo.id }]);
  });

  it('adds and removes people on a multi-person touch', async () => {
    const id = await addTouch(draft([anna.id, bo.id]), NOW);
    await updateTouch(ref(id, anna), draft([bo.id, cecilia.id]), NOW);
    expect(await person(anna.id)).toMatchObject({ touchCount: 0 });
    expect(await person(anna.id)).not.toHaveProperty('lastTouchAt');
    expect(await person(bo.id)).toMatchObject({ touchCount: 1, lastTouchAt: NOW });
    expect(await person(cecilia.id)).toMatchObject({ touchCount: 1, lastTouchAt: NOW });
    expect((await storedTouch(id))?.participantIds).toEqual([bo.id, cecilia.id]);
    expect((await copiesOf(id)).map((copy) => copy.contactId).sort()).toEqual(
      [bo.id, cecilia.id].sort(),
    );
  });

  it('back-dates the touch, re-sorts the log and moves the last touch when the time changes', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    const other = await addTouch(draft([anna.id], { at: NOW - DAY_MS }), NOW);
    await updateTouch(ref(id, anna), draft([anna.id], { at: NOW - 3 * DAY_MS }), NOW);
    const log = await db.touchLogs.get(anna.id);
    expect(log?.touches.map((touch) => [touch.id, touch.at])).toEqual([
      [other, NOW - DAY_MS],
      [id, NOW - 3 * DAY_MS],
    ]);
    expect((await person(anna.id)).lastTouchAt).toBe(NOW - DAY_MS);
  });

  it('rejects an edit that leaves nobody or adds an unknown person, changing nothing', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await expect(updateTouch(ref(id, anna), draft([]), NOW)).rejects.toMatchObject({
      reason: 'no-participants',
    });
    await expect(updateTouch(ref(id, anna), draft([anna.id, 'ghost']), NOW)).rejects.toMatchObject({
      reason: 'unknown-participant',
    });
    expect((await storedTouch(id))?.participantIds).toEqual([anna.id]);
    expect(await copiesOf(id)).toEqual([{ contactId: anna.id }]);
  });

  it('keeps a person on the touch who has been deleted since', async () => {
    const id = await addTouch(draft([anna.id, bo.id]), NOW);
    await db.contacts.update(bo.id, { deletedAt: NOW + 1 });
    await updateTouch(ref(id, bo), draft([anna.id, bo.id], { note: 'edited' }), NOW + 2);
    expect((await storedTouch(id))?.note).toBe('edited');
  });

  it('refuses to edit a deleted touch', async () => {
    const id = await addTouch(draft([anna.id]), NOW);
    await deleteTouch(ref(id, anna), NOW);
    await expect(updateTouch(ref(id, anna), draft([anna.id]), NOW)).rejects.toMatchObject({
      reason: 'touch-not-found',
    });
  });
});
