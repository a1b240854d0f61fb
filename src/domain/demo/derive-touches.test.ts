import { describe, expect, it } from 'vitest';
import { STRENGTH_HALF_LIFE_MS, strengthAt } from '../tie-health';
import { DEFAULT_SETTINGS, type Touch } from '../types';
import { deriveFields, touchesByContact } from './derive-touches';

const DAY_MS = 86_400_000;
const T = Date.UTC(2025, 0, 1, 12);
const OWNER = { createdAt: T - 400 * DAY_MS, tier: 'close' as const, isPaused: false };

function touch(changes: Partial<Touch>): Touch {
  return {
    id: 'x',
    createdAt: T,
    updatedAt: T,
    source: 'demo',
    at: T,
    kind: 'coffee',
    participantIds: ['anna'],
    note: '',
    initiator: 'unknown',
    gave: [],
    received: [],
    askedForHelp: false,
    ...changes,
  };
}

describe('touchesByContact', () => {
  it('gives a group touch to every participant, once', () => {
    const group = touch({ participantIds: ['anna', 'bo', 'anna'] });
    const byContact = touchesByContact([group, touch({ participantIds: ['bo'] })]);
    expect(byContact.get('anna')).toEqual([group]);
    expect(byContact.get('bo')).toHaveLength(2);
  });

  it('ignores deleted touches', () => {
    expect(touchesByContact([touch({ deletedAt: T })]).size).toBe(0);
  });
});

describe('deriveFields', () => {
  it('sets every derived field from the touches, as the database rebuild does', () => {
    const settings = { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays };
    const fields = deriveFields(
      OWNER,
      [
        touch({ at: T, kind: 'call', initiator: 'me', gave: ['help'] }),
        touch({ at: T - STRENGTH_HALF_LIFE_MS, kind: 'coffee', initiator: 'them' }),
      ],
      settings,
    );
    expect(fields).toMatchObject({
      lastTouchAt: T,
      lastTouchKind: 'call',
      nextDueAt: T + 30 * DAY_MS,
      touchCount: 2,
      gave: { value: 1, at: T },
      received: { value: 0, at: T },
      initiative: { me: 1, them: 1, unknown: 0 },
    });
    // A call (2 units) now plus a coffee (3 units) one half-life ago: 3.5 units.
    expect(fields.strength.value).toBeCloseTo(3.5, 12);
    expect(strengthAt(fields.strength, T)).toBeCloseTo(1 - Math.exp(-3.5 / 6), 12);
  });

  it('gives a person without touches a due time counted from when they were added', () => {
    const settings = { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays };
    const fields = deriveFields(OWNER, undefined, settings);
    expect(fields).toMatchObject({ touchCount: 0, nextDueAt: OWNER.createdAt + 30 * DAY_MS });
    expect(fields.lastTouchAt).toBeUndefined();
  });
});
