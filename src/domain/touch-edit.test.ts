import { describe, expect, it } from 'vitest';
import { isSameTouchValue, TOUCH_FIELDS, touchFieldsOf } from './touch-edit';

describe('a touch’s fields', () => {
  it('are what the user enters, copied from a stored touch', () => {
    const stored = {
      id: 't1',
      createdAt: 1,
      updatedAt: 2,
      source: 'manual' as const,
      at: 3,
      kind: 'call' as const,
      participantIds: ['a'],
      note: 'Hi',
      initiator: 'me' as const,
      gave: ['help' as const],
      received: [],
      askedForHelp: false,
    };
    const fields = touchFieldsOf(stored);
    expect(Object.keys(fields).sort()).toEqual([...TOUCH_FIELDS].sort());
    expect(fields.participantIds).not.toBe(stored.participantIds);
  });

  it('compare people and value flows as sets, and everything else exactly', () => {
    expect(isSameTouchValue('participantIds', ['a', 'b'], ['b', 'a'])).toBe(true);
    expect(isSameTouchValue('gave', ['help', 'intro'], ['intro', 'help'])).toBe(true);
    expect(isSameTouchValue('gave', ['help'], ['help', 'intro'])).toBe(false);
    expect(isSameTouchValue('note', 'a', 'a ')).toBe(false);
    expect(isSameTouchValue('at', 5, 5)).toBe(true);
  });
});
