// Every write path keeps a person's full derived fields true: touches added,
// back-dated, edited, deleted and restored; people created, re-tiered, given a custom
// cadence, paused and resumed; the tier cadences changed in Settings.
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact, pauseContact, resumeContact, updateContact } from '../writes/people';
import { db } from '../db';
import { rebuildAllDerived } from './contact-fields';
import { TieSettingsError, updateTieSettings } from '../writes/settings';
import {
  addTouch,
  deleteTouch,
  undoDeleteTouch,
  updateTouch,
  type TouchInput,
} from '../writes/touches';
import {
  readDecayed,
  RECIPROCITY_HALF_LIFE_MS,
  STRENGTH_HALF_LIFE_MS,
} from '../../domain/tie-health';
import { DEFAULT_SETTINGS, type Contact } from '../../domain/types';
import {
  freshDatabase,
  makePerson,
  seedPeople,
  touchDraft,
  touchRef,
} from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 4, 20, 12, 0);

const draft = (participantIds: string[], changes: Partial<TouchInput> = {}) =>
  touchDraft(participantIds, NOW, changes);

async function stored(id: string): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`no contact ${id}`);
  return contact;
}

const strengthUnits = (contact: Contact, at = NOW) =>
  readDecayed(contact.strength, at, STRENGTH_HALF_LIFE_MS);
const gaveUnits = (contact: Contact, at = NOW) =>
  readDecayed(contact.gave, at, RECIPROCITY_HALF_LIFE_MS);
const receivedUnits = (contact: Contact, at = NOW) =>
  readDecayed(contact.received, at, RECIPROCITY_HALF_LIFE_MS);

let anna: Contact;
let bo: Contact;

beforeEach(async () => {
  await freshDatabase();
  // Close: every 30 days; active: every 90.
  [anna, bo] = await seedPeople(
    makePerson('Anna', 'Berg', { tier: 'close', createdAt: NOW - 400 * DAY_MS }),
    makePerson('Bo', 'Ek', { tier: 'active', createdAt: NOW - 400 * DAY_MS }),
  );
});

describe('adding a touch', () => {
  it('sets every derived field of everyone on a touch with several people', async () => {
    await addTouch(
      draft([anna.id, bo.id], {
        kind: 'meal',
        initiator: 'me',
        gave: ['advice', 'intro'],
        received: ['help'],
      }),
      NOW,
    );
    for (const [id, cadence] of [
      [anna.id, 30],
      [bo.id, 90],
    ] as const) {
      const contact = await stored(id);
      expect(contact).toMatchObject({
        lastTouchAt: NOW,
        lastTouchKind: 'meal',
        nextDueAt: NOW + cadence * DAY_MS,
        touchCount: 1,
        initiative: { me: 1, them: 0, unknown: 0 },
      });
      // A meal is in person: 3 touch units; two things given, one received.
      expect(strengthUnits(contact)).toBeCloseTo(3, 12);
      expect(gaveUnits(contact)).toBeCloseTo(2, 12);
      expect(receivedUnits(contact)).toBeCloseTo(1, 12);
    }
  });

  it('counts a back-dated touch, decayed, without moving the last touch or the due time', async () => {
    await addTouch(draft([anna.id], { kind: 'call' }), NOW);
    await addTouch(
      draft([anna.id], { at: NOW - 90 * DAY_MS, kind: 'coffee', initiator: 'them' }),
      NOW,
    );
    const contact = await stored(anna.id);
    expect(contact).toMatchObject({
      lastTouchAt: NOW,
      lastTouchKind: 'call',
      nextDueAt: NOW + 30 * DAY_MS,
      touchCount: 2,
      initiative: { me: 0, them: 1, unknown: 1 },
    });
    // A call now (2 units) plus a coffee one strength half-life ago (3 × ½).
    expect(strengthUnits(contact)).toBeCloseTo(3.5, 12);
  });

  it('moves the due time when a newer touch is logged', async () => {
    await addTouch(draft([anna.id], { at: NOW - 20 * DAY_MS }), NOW);
    expect((await stored(anna.id)).nextDueAt).toBe(NOW + 10 * DAY_MS);
    await addTouch(draft([anna.id], { at: NOW }), NOW);
    expect((await stored(anna.id)).nextDueAt).toBe(NOW + 30 * DAY_MS);
  });
});

describe('deleting and restoring a touch', () => {
  it('falls back to the previous touch when the latest is deleted', async () => {
    await addTouch(draft([anna.id], { at: NOW - 10 * DAY_MS, kind: 'email' }), NOW);
    const latest = await addTouch(draft([anna.id], { kind: 'coffee', gave: ['help'] }), NOW);
    await deleteTouch(await touchRef(latest), NOW);
    const contact = await stored(anna.id);
    expect(contact).toMatchObject({
      lastTouchAt: NOW - 10 * DAY_MS,
      lastTouchKind: 'email',
      nextDueAt: NOW + 20 * DAY_MS,
      touchCount: 1,
    });
    // Only the email is left: 1 unit, read at its own time; nothing given any more.
    expect(strengthUnits(contact, NOW - 10 * DAY_MS)).toBeCloseTo(1, 12);
    expect(gaveUnits(contact)).toBe(0);
  });

  it('empties the fields when the only touch is deleted, and undo brings them back', async () => {
    const id = await addTouch(draft([anna.id, bo.id], { initiator: 'me' }), NOW);
    await deleteTouch(await touchRef(id), NOW);
    const emptied = await stored(anna.id);
    expect(emptied).toMatchObject({
      touchCount: 0,
      nextDueAt: anna.createdAt + 30 * DAY_MS,
      initiative: { me: 0, them: 0, unknown: 0 },
    });
    expect(emptied).not.toHaveProperty('lastTouchAt');
    expect(emptied).not.toHaveProperty('lastTouchKind');
    expect(strengthUnits(emptied)).toBe(0);

    await undoDeleteTouch(await touchRef(id), NOW);
    for (const contactId of [anna.id, bo.id]) {
      const restored = await stored(contactId);
      expect(restored).toMatchObject({
        lastTouchAt: NOW,
        lastTouchKind: 'coffee',
        touchCount: 1,
        initiative: { me: 1, them: 0, unknown: 0 },
      });
      expect(strengthUnits(restored)).toBeCloseTo(3, 12);
    }
  });
});

describe('editing a touch', () => {
  it('moves a touch and its give-and-take from one person to another', async () => {
    const id = await addTouch(draft([anna.id], { received: ['intro'] }), NOW);
    await updateTouch(
      await touchRef(id),
      draft([bo.id], { received: ['intro'], initiator: 'them' }),
      NOW,
    );
    const before = await stored(anna.id);
    expect(before.touchCount).toBe(0);
    expect(receivedUnits(before)).toBe(0);
    const after = await stored(bo.id);
    expect(after).toMatchObject({ touchCount: 1, initiative: { me: 0, them: 1, unknown: 0 } });
    expect(receivedUnits(after)).toBeCloseTo(1, 12);
  });

  it('follows a change of kind, time and flows', async () => {
    const id = await addTouch(draft([anna.id], { kind: 'coffee', gave: ['help'] }), NOW);
    await updateTouch(
      await touchRef(id),
      draft([anna.id], { kind: 'message', at: NOW - 5 * DAY_MS, received: ['advice'] }),
      NOW,
    );
    const contact = await stored(anna.id);
    expect(contact).toMatchObject({
      lastTouchAt: NOW - 5 * DAY_MS,
      lastTouchKind: 'message',
      nextDueAt: NOW + 25 * DAY_MS,
    });
    expect(strengthUnits(contact, NOW - 5 * DAY_MS)).toBeCloseTo(1, 12);
    expect(gaveUnits(contact)).toBe(0);
    expect(receivedUnits(contact, NOW - 5 * DAY_MS)).toBeCloseTo(1, 12);
  });
});

describe('changing a person', () => {
  it('gives a new person a due time one cadence after they were added', async () => {
    const id = await createContact({ givenName: 'Cecilia', tier: 'inner' }, NOW);
    expect((await stored(id)).nextDueAt).toBe(NOW + 14 * DAY_MS);
  });

  it('moves the due time when the tier or the custom cadence changes', async () => {
    await addTouch(draft([anna.id]), NOW);
    await updateContact(anna.id, { tier: 'wide' }, NOW);
    expect((await stored(anna.id)).nextDueAt).toBe(NOW + 180 * DAY_MS);
    await updateContact(anna.id, { cadenceDays: 7 }, NOW);
    expect(await stored(anna.id)).toMatchObject({ cadenceDays: 7, nextDueAt: NOW + 7 * DAY_MS });
    await updateContact(anna.id, { cadenceDays: null }, NOW);
    const noCadence = await stored(anna.id);
    expect(noCadence.cadenceDays).toBeNull();
    expect(noCadence).not.toHaveProperty('nextDueAt');
    await updateContact(anna.id, { cadenceDays: undefined }, NOW);
    expect(await stored(anna.id)).toMatchObject({ nextDueAt: NOW + 180 * DAY_MS });
    expect(await stored(anna.id)).not.toHaveProperty('cadenceDays');
  });

  it('takes the due time away while paused and gives it back on resume', async () => {
    await addTouch(draft([anna.id], { at: NOW - 3 * DAY_MS }), NOW);
    await pauseContact(anna.id, NOW);
    const paused = await stored(anna.id);
    expect(paused).toMatchObject({ isPaused: true, updatedAt: NOW, touchCount: 1 });
    expect(paused).not.toHaveProperty('nextDueAt');
    // A touch while paused still counts, but nothing falls due.
    await addTouch(draft([anna.id]), NOW);
    expect(await stored(anna.id)).not.toHaveProperty('nextDueAt');
    await resumeContact(anna.id, NOW + 1);
    expect(await stored(anna.id)).toMatchObject({
      isPaused: false,
      nextDueAt: NOW + 30 * DAY_MS,
      touchCount: 2,
    });
  });
});

describe('updateTieSettings', () => {
  it('recomputes everyone’s due time with the new tier cadences', async () => {
    await addTouch(draft([anna.id, bo.id]), NOW);
    await updateTieSettings({
      tierCadenceDays: { ...DEFAULT_SETTINGS.tierCadenceDays, close: 21, active: 60 },
      listSize: 9,
      weekStartDay: 0,
    });
    expect((await stored(anna.id)).nextDueAt).toBe(NOW + 21 * DAY_MS);
    expect((await stored(bo.id)).nextDueAt).toBe(NOW + 60 * DAY_MS);
    expect(await db.settings.get('settings')).toMatchObject({ listSize: 9, weekStartDay: 0 });
  });

  it('refuses values out of range and saves nothing', async () => {
    await expect(updateTieSettings({ listSize: 11 })).rejects.toBeInstanceOf(TieSettingsError);
    await expect(
      updateTieSettings({
        tierCadenceDays: { ...DEFAULT_SETTINGS.tierCadenceDays, inner: 0 },
      }),
    ).rejects.toMatchObject({ fields: ['tierCadenceDays'] });
    expect(await db.settings.get('settings')).toMatchObject({
      listSize: DEFAULT_SETTINGS.listSize,
      tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays,
    });
  });
});

describe('rebuildAllDerived', () => {
  it('repairs fields that were written wrong, from the touches alone', async () => {
    await addTouch(draft([anna.id], { at: NOW - DAY_MS, initiator: 'me' }), NOW);
    await addTouch(draft([anna.id, bo.id], { kind: 'video' }), NOW);
    const good = await stored(anna.id);
    await db.contacts.update(anna.id, {
      touchCount: 9,
      lastTouchAt: 1,
      strength: { value: 100, at: NOW },
      initiative: { me: 0, them: 0, unknown: 0 },
    });
    await rebuildAllDerived();
    const repaired = await stored(anna.id);
    expect(repaired).toMatchObject({
      touchCount: 2,
      lastTouchAt: NOW,
      lastTouchKind: 'video',
      nextDueAt: good.nextDueAt,
      initiative: { me: 1, them: 0, unknown: 1 },
    });
    expect(strengthUnits(repaired)).toBeCloseTo(strengthUnits(good), 12);
  });
});
