import { describe, expect, it } from 'vitest';
import type { Contact } from '../types';
import { advisorCoverage, isWarmTie } from './advisor-coverage';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import {
  at,
  daysBefore,
  goal,
  person,
  SETTINGS,
  STOCKHOLM,
} from '../../../tests/support/tie-health';
import { RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { STRENGTH_HALF_LIFE_MS } from './strength';

const NOW = at('2024-05-15T12:00+02:00');

/** A close tie with a touch `daysAgo` and strength units as of now. */
function tie(daysAgo: number, strengthUnits: number, overrides: Partial<Contact> = {}): Contact {
  return person({
    createdAt: at('2020-01-01T12:00Z'),
    lastTouchAt: daysBefore(NOW, daysAgo),
    touchCount: 3,
    strength: addToDecayed(EMPTY_DECAYED, strengthUnits, NOW, STRENGTH_HALF_LIFE_MS),
    expertise: ['M&A'],
    ...overrides,
  });
}
const warm = (isWarm: Contact) => isWarmTie(isWarm, NOW, SETTINGS, STOCKHOLM);

describe('isWarmTie', () => {
  it('is warm when ok or due, strong enough and not owed', () => {
    expect(warm(tie(3, 3))).toBe(true);
    expect(warm(tie(26, 3))).toBe(true); // due
  });

  it('is not warm when overdue or dormant', () => {
    expect(warm(tie(30, 3))).toBe(false);
    expect(warm(tie(90, 3))).toBe(false);
  });

  it('needs strength above 0.25', () => {
    // 1 − e^(−u/6) = 0.25 at u ≈ 1.726
    expect(warm(tie(3, 1.7))).toBe(false);
    expect(warm(tie(3, 1.75))).toBe(true);
  });

  it('is not warm while the user owes them', () => {
    const received = addToDecayed(EMPTY_DECAYED, 2, NOW, RECIPROCITY_HALF_LIFE_MS);
    expect(warm(tie(3, 3, { received }))).toBe(false);
  });

  it('counts a new person by their cadence, and never a paused or archived one', () => {
    const metLastWeek = tie(7, 3, { createdAt: daysBefore(NOW, 7), touchCount: 1 });
    expect(warm(metLastWeek)).toBe(true);
    expect(warm(tie(3, 3, { isPaused: true }))).toBe(false);
    expect(warm(tie(3, 3, { isArchived: true }))).toBe(false);
  });
});

describe('advisorCoverage', () => {
  it('lists warm ties per needed expertise, strongest first, and shows gaps', () => {
    const deal = goal({ neededExpertise: ['M&A', 'German tax'] });
    const strong = tie(2, 9);
    const weaker = tie(2, 4, { expertise: ['m&a', 'German Tax'] });
    const cold = tie(100, 9);
    const coverage = advisorCoverage([deal], [cold, weaker, strong], NOW, SETTINGS, STOCKHOLM);
    expect(coverage).toEqual([
      { expertise: 'M&A', goalIds: [deal.id], advisorIds: [strong.id, weaker.id] },
      { expertise: 'German tax', goalIds: [deal.id], advisorIds: [weaker.id] },
    ]);
  });

  it('reports a gap when nobody warm has the expertise', () => {
    const coverage = advisorCoverage(
      [goal({ neededExpertise: ['Pricing'] })],
      [tie(2, 9)],
      NOW,
      SETTINGS,
      STOCKHOLM,
    );
    expect(coverage).toEqual([expect.objectContaining({ expertise: 'Pricing', advisorIds: [] })]);
  });

  it('ignores goals that are done', () => {
    expect(
      advisorCoverage(
        [goal({ status: 'done', neededExpertise: ['M&A'] })],
        [tie(2, 9)],
        NOW,
        SETTINGS,
        STOCKHOLM,
      ),
    ).toEqual([]);
  });
});
