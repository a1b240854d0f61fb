import { describe, expect, it } from 'vitest';
import { emptyDerived } from '../contact';
import type { DerivedOwner } from './derived';
import { at, SETTINGS, touch } from '../../../tests/support/tie-health';
import { rebuildDerived } from './rebuild-derived';
import { DAY_MS } from './zone-days';

const CREATED = at('2024-01-01T12:00Z');
const owner: DerivedOwner = { createdAt: CREATED, tier: 'close', isPaused: false };
const T = at('2024-05-01T12:00Z');

describe('rebuildDerived', () => {
  it('gives a person with no touches empty fields, due a cadence after being added', () => {
    expect(rebuildDerived(owner, [], SETTINGS)).toEqual({
      ...emptyDerived(),
      nextDueAt: CREATED + 30 * DAY_MS,
    });
  });

  it('sums decayed weights and value units at the latest touch', () => {
    const touches = [
      touch({ at: T - 90 * DAY_MS, kind: 'coffee', initiator: 'me', gave: ['help', 'intro'] }),
      touch({ at: T, kind: 'email', initiator: 'them', received: ['article'] }),
      touch({ at: T - 180 * DAY_MS, kind: 'call', initiator: 'unknown', askedForHelp: true }),
    ];
    const derived = rebuildDerived(owner, touches, SETTINGS);
    expect(derived.lastTouchAt).toBe(T);
    expect(derived.lastTouchKind).toBe('email');
    expect(derived.touchCount).toBe(3);
    expect(derived.initiative).toEqual({ me: 1, them: 1, unknown: 1 });
    expect(derived.strength.at).toBe(T);
    expect(derived.strength.value).toBeCloseTo(1 + 3 / 2 + 2 / 4, 12);
    expect(derived.gave.value).toBeCloseTo(2 * 2 ** -0.5, 12);
    expect(derived.received.value).toBe(1);
    expect(derived.nextDueAt).toBe(T + 30 * DAY_MS);
  });

  it('does not depend on the order of the touches', () => {
    const touches = [
      touch({ at: T, kind: 'message' }),
      touch({ at: T, kind: 'meeting' }),
      touch({ at: T - DAY_MS, kind: 'video' }),
    ];
    const forwards = rebuildDerived(owner, touches, SETTINGS);
    const backwards = rebuildDerived(owner, [...touches].reverse(), SETTINGS);
    expect(backwards).toEqual(forwards);
    expect(forwards.lastTouchKind).toBe('meeting');
  });
});
