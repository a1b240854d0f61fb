import { describe, expect, it } from 'vitest';
import { tieHealthOn } from '../../domain/tie-health';
import { DEFAULT_SETTINGS, type Contact } from '../../domain/types';
import {
  cadenceLineOf,
  giveAndTakeSentenceOf,
  strengthPercent,
  strengthWordOf,
} from './health-text';

const TODAY = 20_000;
const dayOf = (t: number) => t; // instants are day numbers here
type Input = Pick<
  Contact,
  'createdAt' | 'lastTouchAt' | 'touchCount' | 'tier' | 'cadenceDays' | 'isPaused'
>;
const health = (changes: Partial<Input>) =>
  tieHealthOn(
    { createdAt: TODAY - 400, touchCount: 3, tier: 'close', isPaused: false, ...changes },
    TODAY,
    DEFAULT_SETTINGS,
    dayOf,
  );
const keysOf = (changes: Partial<Input>) => cadenceLineOf(health(changes));

describe('cadenceLineOf', () => {
  it('says the rhythm, the last touch and when it is due', () => {
    expect(keysOf({ lastTouchAt: TODAY - 12 })).toEqual([
      { key: 'people.health.every', vars: { count: 30 } },
      { key: 'people.health.lastTouchAgo', vars: { count: 12 } },
      { key: 'people.health.dueIn', vars: { count: 18 } },
    ]);
  });

  it('says today and due today at the edges', () => {
    expect(keysOf({ lastTouchAt: TODAY })[1]).toEqual({ key: 'people.health.lastTouchToday' });
    expect(keysOf({ lastTouchAt: TODAY - 30 })[2]).toEqual({ key: 'people.health.dueToday' });
  });

  it('counts days past due once the rhythm has run out', () => {
    expect(keysOf({ lastTouchAt: TODAY - 41 })[2]).toEqual({
      key: 'people.health.dueAgo',
      vars: { count: 11 },
    });
  });

  it('has no due part without a cadence, and says paused when paused', () => {
    expect(keysOf({ lastTouchAt: TODAY - 5, cadenceDays: null })).toEqual([
      { key: 'people.health.noCadence' },
      { key: 'people.health.lastTouchAgo', vars: { count: 5 } },
    ]);
    expect(keysOf({ lastTouchAt: TODAY - 5, isPaused: true })[2]).toEqual({
      key: 'people.health.paused',
    });
  });

  it('counts from the day a person was added when there is no touch', () => {
    expect(keysOf({ createdAt: TODAY - 4, touchCount: 0 })[1]).toEqual({
      key: 'people.health.addedAgo',
      vars: { count: 4 },
    });
  });
});

describe('strength and give-and-take words', () => {
  it('rounds strength to 0–100 and names its band', () => {
    expect(strengthPercent(0.394)).toBe(39);
    expect(strengthPercent(1.2)).toBe(100);
    expect([0, 19, 20, 44, 45, 69, 70, 100].map(strengthWordOf)).toEqual([
      'people.strength.faint',
      'people.strength.faint',
      'people.strength.light',
      'people.strength.light',
      'people.strength.good',
      'people.strength.good',
      'people.strength.strong',
      'people.strength.strong',
    ]);
  });

  it('puts the balance in words with the flags’ thresholds', () => {
    expect(giveAndTakeSentenceOf({ gave: 0, received: 0, balance: 0 })).toBe(
      'people.giveTake.none',
    );
    expect(giveAndTakeSentenceOf({ gave: 3, received: 1, balance: 0.5 })).toBe(
      'people.giveTake.gaveMore',
    );
    expect(giveAndTakeSentenceOf({ gave: 1, received: 3, balance: -0.5 })).toBe(
      'people.giveTake.receivedMore',
    );
    expect(giveAndTakeSentenceOf({ gave: 2, received: 1.5, balance: 1 / 7 })).toBe(
      'people.giveTake.even',
    );
  });
});
