import { describe, expect, it } from 'vitest';
import { deriveTouchFields } from './derive-touches';

describe('deriveTouchFields', () => {
  it('counts touches per participant, keeps the latest time and who reached out', () => {
    const fields = deriveTouchFields([
      { at: 200, initiator: 'me', participantIds: ['anna', 'bo'] },
      { at: 100, initiator: 'them', participantIds: ['anna'] },
    ]);
    expect(fields.get('anna')).toEqual({
      lastTouchAt: 200,
      touchCount: 2,
      initiative: { me: 1, them: 1, unknown: 0 },
    });
    expect(fields.get('bo')?.touchCount).toBe(1);
  });

  it('ignores deleted touches', () => {
    const fields = deriveTouchFields([
      { at: 300, initiator: 'me', participantIds: ['anna'], deletedAt: 400 },
      { at: 100, initiator: 'unknown', participantIds: ['anna'] },
    ]);
    expect(fields.get('anna')).toEqual({
      lastTouchAt: 100,
      touchCount: 1,
      initiative: { me: 0, them: 0, unknown: 1 },
    });
  });
});
