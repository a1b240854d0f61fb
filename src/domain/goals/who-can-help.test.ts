import { describe, expect, it } from 'vitest';
import type { Contact } from '../types';
import { addToDecayed, EMPTY_DECAYED } from '../tie-health/decayed';
import { RECIPROCITY_HALF_LIFE_MS } from '../tie-health/reciprocity';
import { strengthAt, STRENGTH_HALF_LIFE_MS } from '../tie-health/strength';
import {
  at,
  daysBefore,
  goal,
  person,
  SETTINGS,
  STOCKHOLM,
} from '../../../tests/support/tie-health';
import { coverageAcrossGoals, coverageOf, whoCanHelp } from './who-can-help';

const NOW = at('2024-05-15T12:00+02:00');
/** Touch units whose strength is exactly the advisor threshold, 0.25. */
const THRESHOLD_UNITS = -6 * Math.log(0.75);

const decayed = (units: number, halfLife: number) =>
  addToDecayed(EMPTY_DECAYED, units, NOW, halfLife);

/** A close tie (30-day cadence) with a touch `daysAgo` and strength units as of now. */
function tie(daysAgo: number, strengthUnits: number, overrides: Partial<Contact> = {}): Contact {
  return person({
    createdAt: at('2020-01-01T12:00Z'),
    lastTouchAt: daysBefore(NOW, daysAgo),
    touchCount: 3,
    strength: decayed(strengthUnits, STRENGTH_HALF_LIFE_MS),
    expertise: ['M&A'],
    ...overrides,
  });
}

const needsOf = (contacts: readonly Contact[], needed = ['M&A']) =>
  whoCanHelp({ neededExpertise: needed }, contacts, NOW, SETTINGS, STOCKHOLM);

function helperOf(contact: Contact) {
  const [need] = needsOf([contact]);
  const [helper] = need?.helpers ?? [];
  if (!helper) throw new Error('expected the person among the helpers');
  return helper;
}

describe('the 24-hour advisor rule at its boundaries', () => {
  it('needs strength above 0.25: exactly 0.25 is not enough', () => {
    const exactly = tie(3, THRESHOLD_UNITS);
    expect(strengthAt(exactly.strength, NOW)).toBe(0.25);
    expect(helperOf(exactly)).toMatchObject({ isAdvisor: false, whyNot: ['weak'] });
    expect(helperOf(tie(3, THRESHOLD_UNITS * 1.001)).isAdvisor).toBe(true);
  });

  it('counts r exactly 0.8 as in rhythm (due) and r exactly 1 as out of rhythm', () => {
    // A close tie's cadence is 30 days: 24 days is r = 0.8, 30 days r = 1.
    expect(helperOf(tie(24, 3))).toMatchObject({ isAdvisor: true, status: 'due' });
    expect(helperOf(tie(29, 3)).isAdvisor).toBe(true);
    expect(helperOf(tie(30, 3))).toMatchObject({
      isAdvisor: false,
      status: 'overdue',
      whyNot: ['out-of-rhythm'],
    });
  });

  it('stops at "you owe them": received 1.5 with a balance of exactly −0.5', () => {
    const received = decayed(1.5, RECIPROCITY_HALF_LIFE_MS);
    const owed = tie(3, 3, { received, gave: decayed(0.5, RECIPROCITY_HALF_LIFE_MS) });
    expect(helperOf(owed)).toMatchObject({ isAdvisor: false, youOwe: true, whyNot: ['you-owe'] });
    const gaveABitMore = tie(3, 3, { received, gave: decayed(0.51, RECIPROCITY_HALF_LIFE_MS) });
    expect(helperOf(gaveABitMore)).toMatchObject({ isAdvisor: true, youOwe: false });
    const receivedLess = tie(3, 3, { received: decayed(1.49, RECIPROCITY_HALF_LIFE_MS) });
    expect(helperOf(receivedLess).isAdvisor).toBe(true);
  });

  it('lists a paused person as a helper, not an advisor', () => {
    expect(helperOf(tie(3, 3, { isPaused: true }))).toMatchObject({
      isAdvisor: false,
      status: 'paused',
      whyNot: ['paused'],
    });
  });

  it('leaves archived and deleted people out altogether', () => {
    const [need] = needsOf([tie(3, 3, { isArchived: true }), tie(3, 3, { deletedAt: NOW })]);
    expect(need).toMatchObject({ helpers: [], isCovered: false });
  });

  it('gives every reason that applies, in the order of the rule', () => {
    const received = decayed(3, RECIPROCITY_HALF_LIFE_MS);
    expect(helperOf(tie(90, 0.5, { isPaused: true, received })).whyNot).toEqual([
      'paused',
      'out-of-rhythm',
      'weak',
      'you-owe',
    ]);
  });

  it('says how long since the last touch, and nothing for a person never touched', () => {
    expect(helperOf(tie(12, 3)).daysSinceTouch).toBe(12);
    expect(helperOf(tie(0, 3, { lastTouchAt: undefined, touchCount: 0 })).daysSinceTouch).toBe(
      undefined,
    );
  });
});

describe('whoCanHelp ranking', () => {
  it('ranks advisors first, then by rhythm, then "you owe" lower, then strength, then balance', () => {
    const received = decayed(3, RECIPROCITY_HALF_LIFE_MS);
    const advisorWeaker = tie(3, 3);
    const advisorStronger = tie(3, 9);
    const owedInRhythm = tie(3, 9, { received });
    const weakInRhythm = tie(3, 1);
    const overdue = tie(40, 9);
    const dormant = tie(90, 9);
    const paused = tie(3, 9, { isPaused: true });
    const [need] = needsOf([
      paused,
      dormant,
      overdue,
      weakInRhythm,
      owedInRhythm,
      advisorWeaker,
      advisorStronger,
    ]);
    expect(need?.helpers.map((helper) => helper.contactId)).toEqual([
      advisorStronger.id,
      advisorWeaker.id,
      weakInRhythm.id,
      owedInRhythm.id,
      overdue.id,
      dormant.id,
      paused.id,
    ]);
  });

  it('breaks a tie in strength by give-and-take: the one the user gave more to first', () => {
    const gave = decayed(2, RECIPROCITY_HALF_LIFE_MS);
    const even = tie(3, 4);
    const givenTo = tie(3, 4, { gave });
    const [need] = needsOf([even, givenTo]);
    expect(need?.helpers.map((helper) => helper.contactId)).toEqual([givenTo.id, even.id]);
  });

  it('matches needs without case or diacritics and keeps each need once, as first written', () => {
    const negotiator = tie(3, 3, { expertise: ['forhandling'] });
    const needs = needsOf([negotiator], ['Förhandling', 'FÖRHANDLING', ' ', 'Pricing']);
    expect(needs.map((need) => [need.expertise, need.key, need.isCovered])).toEqual([
      ['Förhandling', 'forhandling', true],
      ['Pricing', 'pricing', false],
    ]);
    expect(needs[0]?.helpers.map((helper) => helper.contactId)).toEqual([negotiator.id]);
  });

  it('is not covered when everyone who has the expertise is cold', () => {
    const [need] = needsOf([tie(40, 9), tie(3, 1)]);
    expect(need?.isCovered).toBe(false);
    expect(need?.helpers).toHaveLength(2);
  });
});

describe('coverage', () => {
  it('counts the covered needs of one goal', () => {
    const needs = needsOf(
      [tie(3, 3, { expertise: ['M&A', 'Tax'] }), tie(90, 9, { expertise: ['Pricing'] })],
      ['M&A', 'Tax', 'Pricing', 'Hiring'],
    );
    expect(coverageOf(needs)).toEqual({ covered: 2, total: 4 });
    expect(coverageOf([])).toEqual({ covered: 0, total: 0 });
  });

  it('counts a need shared by two active goals once, and ignores goals not active', () => {
    const contacts = [tie(3, 3, { expertise: ['M&A'] })];
    const goals = [
      goal({ neededExpertise: ['M&A', 'Tax'] }),
      goal({ neededExpertise: ['m&a', 'Hiring'] }),
      goal({ neededExpertise: ['Pricing'], status: 'done' }),
      goal({ neededExpertise: ['Sales'], status: 'archived' }),
      goal({ neededExpertise: ['Legal'], deletedAt: NOW }),
    ];
    expect(coverageAcrossGoals(goals, contacts, NOW, SETTINGS, STOCKHOLM)).toEqual({
      covered: 1,
      total: 3,
    });
  });

  it('is nothing to cover without active goals', () => {
    expect(coverageAcrossGoals([], [tie(3, 3)], NOW, SETTINGS, STOCKHOLM)).toEqual({
      covered: 0,
      total: 0,
    });
  });
});
