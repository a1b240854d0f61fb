import { describe, expect, it } from 'vitest';
import type { Introduction } from '../types';
import {
  earlierStates,
  isMade,
  isOpenIntroduction,
  movedIntroduction,
  nextStates,
  waitOf,
  type IntroductionFacts,
} from './introductions';

const MONDAY = Date.UTC(2026, 11, 7, 9);
const DAY = 24 * 60 * 60 * 1000;

function introduction(changes: Partial<IntroductionFacts> = {}): IntroductionFacts {
  return {
    direction: 'i-make',
    firstId: 'anna',
    secondId: 'erik',
    state: 'asked',
    stateAt: { asked: MONDAY },
    ...changes,
  };
}

function moved(from: IntroductionFacts, ...steps: [Introduction['state'], number][]) {
  let current = from;
  for (const [to, at] of steps) {
    const result = movedIntroduction(current, to, at);
    if (!result.ok) throw new Error(result.error);
    current = result.introduction;
  }
  return current;
}

describe('the states of an introduction', () => {
  it('goes forward one step at a time, then to either outcome', () => {
    expect(nextStates('asked')).toEqual(['first-agreed']);
    expect(nextStates('first-agreed')).toEqual(['second-agreed']);
    expect(nextStates('second-agreed')).toEqual(['made']);
    expect(nextStates('made')).toEqual(['met', 'nothing-came']);
    expect(nextStates('met')).toEqual([]);
    expect(nextStates('nothing-came')).toEqual([]);
  });

  it('can go back to any earlier state, latest first, but never to an outcome', () => {
    expect(earlierStates('asked')).toEqual([]);
    expect(earlierStates('made')).toEqual(['second-agreed', 'first-agreed', 'asked']);
    expect(earlierStates('nothing-came')).toEqual([
      'made',
      'second-agreed',
      'first-agreed',
      'asked',
    ]);
  });

  it('counts an introduction as made from "made" on', () => {
    expect(isMade('second-agreed')).toBe(false);
    expect(isMade('made')).toBe(true);
    expect(isMade('nothing-came')).toBe(true);
  });

  it('is open until it has an outcome, and not once deleted', () => {
    expect(isOpenIntroduction(introduction({ state: 'made' }))).toBe(true);
    expect(isOpenIntroduction(introduction({ state: 'met' }))).toBe(false);
    expect(isOpenIntroduction(introduction({ deletedAt: MONDAY }))).toBe(false);
  });
});

describe('moving an introduction', () => {
  it('records when each state was reached', () => {
    const made = moved(
      introduction(),
      ['first-agreed', MONDAY + DAY],
      ['second-agreed', MONDAY + 2 * DAY],
      ['made', MONDAY + 3 * DAY],
    );
    expect(made.state).toBe('made');
    expect(made.stateAt).toEqual({
      asked: MONDAY,
      'first-agreed': MONDAY + DAY,
      'second-agreed': MONDAY + 2 * DAY,
      made: MONDAY + 3 * DAY,
    });
  });

  it('refuses to skip a yes that was never recorded', () => {
    expect(movedIntroduction(introduction(), 'made', MONDAY + DAY)).toEqual({
      ok: false,
      error: 'not-a-next-state',
    });
    expect(movedIntroduction(introduction({ state: 'met' }), 'nothing-came', MONDAY)).toEqual({
      ok: false,
      error: 'not-a-next-state',
    });
  });

  it('refuses a date before the state it follows, and takes the same moment', () => {
    expect(movedIntroduction(introduction(), 'first-agreed', MONDAY - 1)).toEqual({
      ok: false,
      error: 'before-previous-state',
    });
    expect(movedIntroduction(introduction(), 'first-agreed', MONDAY).ok).toBe(true);
  });

  it('forgets the later states when it goes back, keeping the earlier times', () => {
    const met = moved(
      introduction(),
      ['first-agreed', MONDAY + DAY],
      ['second-agreed', MONDAY + 2 * DAY],
      ['made', MONDAY + 3 * DAY],
      ['met', MONDAY + 9 * DAY],
    );
    const back = moved(met, ['first-agreed', MONDAY + 20 * DAY]);
    expect(back.state).toBe('first-agreed');
    expect(back.stateAt).toEqual({ asked: MONDAY, 'first-agreed': MONDAY + DAY });
  });
});

describe('what an open introduction waits for', () => {
  it("waits for the first person's yes, then the second's, since the last step", () => {
    expect(waitOf(introduction())).toEqual({
      waitingFor: 'first-yes',
      personId: 'anna',
      since: MONDAY,
    });
    const agreed = moved(introduction(), ['first-agreed', MONDAY + DAY]);
    expect(waitOf(agreed)).toEqual({
      waitingFor: 'second-yes',
      personId: 'erik',
      since: MONDAY + DAY,
    });
  });

  it('waits for the user to make one they make, and for the introducer to make one for them', () => {
    const both = { state: 'second-agreed' as const, stateAt: { 'second-agreed': MONDAY } };
    expect(waitOf(introduction(both))?.personId).toBeUndefined();
    expect(waitOf(introduction({ ...both, direction: 'for-me' }))).toEqual({
      waitingFor: 'making',
      personId: 'anna',
      since: MONDAY,
    });
  });

  it('waits for an outcome once made, and for nothing after it', () => {
    expect(waitOf(introduction({ state: 'made', stateAt: { made: MONDAY } }))?.waitingFor).toBe(
      'outcome',
    );
    expect(waitOf(introduction({ state: 'nothing-came' }))).toBeUndefined();
  });
});
