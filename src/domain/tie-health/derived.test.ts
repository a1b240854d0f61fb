import { describe, expect, it } from 'vitest';
import { emptyDerived } from '../contact';
import type { Touch } from '../types';
import { readDecayed } from './decayed';
import { applyTouch, removeTouch, withNextDueAt, type DerivedOwner } from './derived';
import { at, SETTINGS, touch } from '../../../tests/support/tie-health';
import { RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { STRENGTH_HALF_LIFE_MS } from './strength';
import { DAY_MS } from './zone-days';

const CREATED = at('2024-01-01T12:00Z');
const owner: DerivedOwner = { createdAt: CREATED, tier: 'close', isPaused: false };
const T = at('2024-05-01T12:00Z');

describe('applyTouch', () => {
  it('records a first touch', () => {
    const derived = applyTouch(
      emptyDerived(),
      touch({ at: T, kind: 'call', initiator: 'me', gave: ['advice'] }),
      owner,
      SETTINGS,
    );
    expect(derived).toEqual({
      lastTouchAt: T,
      lastTouchKind: 'call',
      nextDueAt: T + 30 * DAY_MS,
      touchCount: 1,
      strength: { value: 2, at: T },
      gave: { value: 1, at: T },
      received: { value: 0, at: T },
      initiative: { me: 1, them: 0, unknown: 0 },
    });
  });

  it('moves the clock forward with a newer touch of any kind', () => {
    const first = applyTouch(emptyDerived(), touch({ at: T }), owner, SETTINGS);
    const later = T + 10 * DAY_MS;
    const second = applyTouch(first, touch({ at: later, kind: 'message' }), owner, SETTINGS);
    expect(second).toMatchObject({ lastTouchAt: later, lastTouchKind: 'message', touchCount: 2 });
    expect(second.nextDueAt).toBe(later + 30 * DAY_MS);
  });

  it('adds a back-dated touch without moving the clock', () => {
    const first = applyTouch(emptyDerived(), touch({ at: T, kind: 'message' }), owner, SETTINGS);
    const older = T - 90 * DAY_MS;
    const second = applyTouch(
      first,
      touch({ at: older, kind: 'coffee', received: ['intro'] }),
      owner,
      SETTINGS,
    );
    expect(second).toMatchObject({
      lastTouchAt: T,
      lastTouchKind: 'message',
      nextDueAt: first.nextDueAt,
    });
    expect(readDecayed(second.strength, T, STRENGTH_HALF_LIFE_MS)).toBeCloseTo(1 + 3 / 2, 12);
    expect(readDecayed(second.received, T, RECIPROCITY_HALF_LIFE_MS)).toBeCloseTo(2 ** -0.5, 12);
  });

  it('lets a weightier touch at the same instant name the last touch', () => {
    const first = applyTouch(emptyDerived(), touch({ at: T, kind: 'message' }), owner, SETTINGS);
    expect(applyTouch(first, touch({ at: T, kind: 'meal' }), owner, SETTINGS).lastTouchKind).toBe(
      'meal',
    );
  });

  it('counts a touch with several people in full for each of them', () => {
    const dinner: Touch = {
      id: 'i1',
      createdAt: T,
      updatedAt: T,
      source: 'manual',
      at: T,
      kind: 'meal',
      participantIds: ['anna', 'erik'],
      note: '',
      initiator: 'them',
      gave: ['article'],
      received: [],
      askedForHelp: false,
    };
    const anna = applyTouch(emptyDerived(), dinner, owner, SETTINGS);
    const erik = applyTouch(emptyDerived(), dinner, { ...owner, tier: 'inner' }, SETTINGS);
    for (const derived of [anna, erik]) {
      expect(derived).toMatchObject({ touchCount: 1, strength: { value: 3 }, gave: { value: 1 } });
      expect(derived.initiative.them).toBe(1);
    }
    expect(erik.nextDueAt).toBe(T + 14 * DAY_MS);
  });

  it('keeps a paused person without a due time', () => {
    const derived = applyTouch(
      emptyDerived(),
      touch({ at: T }),
      { ...owner, isPaused: true },
      SETTINGS,
    );
    expect(derived.nextDueAt).toBeUndefined();
  });

  it('handles fields written before the last touch kind was kept', () => {
    const legacy = { ...emptyDerived(), lastTouchAt: T, touchCount: 1 };
    expect(applyTouch(legacy, touch({ at: T - DAY_MS }), owner, SETTINGS).lastTouchAt).toBe(T);
    expect(applyTouch(legacy, touch({ at: T, kind: 'email' }), owner, SETTINGS).lastTouchKind).toBe(
      'email',
    );
  });
});

describe('removeTouch', () => {
  const older = touch({ at: T - 20 * DAY_MS, kind: 'video', initiator: 'me', gave: ['help'] });
  const newer = touch({ at: T, kind: 'coffee', initiator: 'them', received: ['advice'] });
  const both = applyTouch(
    applyTouch(emptyDerived(), older, owner, SETTINGS),
    newer,
    owner,
    SETTINGS,
  );

  it('puts the clock back to the latest remaining touch', () => {
    const derived = removeTouch(both, newer, { at: older.at, kind: older.kind }, owner, SETTINGS);
    expect(derived).toMatchObject({
      lastTouchAt: older.at,
      lastTouchKind: 'video',
      nextDueAt: older.at + 30 * DAY_MS,
      touchCount: 1,
      initiative: { me: 1, them: 0, unknown: 0 },
    });
    expect(readDecayed(derived.strength, T, STRENGTH_HALF_LIFE_MS)).toBeCloseTo(
      2 * 2 ** (-20 / 90),
      12,
    );
    expect(derived.received.value).toBe(0);
  });

  it('keeps the clock when a back-dated touch is removed', () => {
    const derived = removeTouch(both, older, { at: newer.at, kind: newer.kind }, owner, SETTINGS);
    expect(derived).toMatchObject({ lastTouchAt: T, lastTouchKind: 'coffee', touchCount: 1 });
    expect(readDecayed(derived.strength, T, STRENGTH_HALF_LIFE_MS)).toBeCloseTo(3, 12);
    expect(derived.gave.value).toBe(0);
  });

  it('returns to exactly empty when the last touch goes, due again from when they were added', () => {
    const one = applyTouch(emptyDerived(), newer, owner, SETTINGS);
    expect(removeTouch(one, newer, undefined, owner, SETTINGS)).toEqual({
      ...emptyDerived(),
      nextDueAt: CREATED + 30 * DAY_MS,
    });
  });
});

describe('withNextDueAt', () => {
  const derived = applyTouch(emptyDerived(), touch({ at: T }), owner, SETTINGS);

  it('clears the due time when the person is paused', () => {
    expect(
      withNextDueAt(derived, { ...owner, isPaused: true }, SETTINGS).nextDueAt,
    ).toBeUndefined();
  });

  it('follows a new tier or custom cadence', () => {
    expect(withNextDueAt(derived, { ...owner, tier: 'active' }, SETTINGS).nextDueAt).toBe(
      T + 90 * DAY_MS,
    );
    expect(withNextDueAt(derived, { ...owner, cadenceDays: 7 }, SETTINGS).nextDueAt).toBe(
      T + 7 * DAY_MS,
    );
    expect(
      withNextDueAt(derived, { ...owner, cadenceDays: null }, SETTINGS).nextDueAt,
    ).toBeUndefined();
  });
});
