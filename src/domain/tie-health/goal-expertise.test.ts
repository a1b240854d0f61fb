import { describe, expect, it } from 'vitest';
import { goal } from '../../../tests/support/tie-health';
import { expertiseMatcher, neededExpertiseOf } from './goal-expertise';

describe('neededExpertiseOf', () => {
  it('lists the expertise of active goals once, as first written', () => {
    const first = goal({ neededExpertise: ['M&A', 'German law'] });
    const second = goal({ neededExpertise: ['m&a ', 'Förhandling'] });
    expect(neededExpertiseOf([first, second])).toEqual([
      { key: 'm&a', label: 'M&A', goalIds: [first.id, second.id] },
      { key: 'german law', label: 'German law', goalIds: [first.id] },
      { key: 'forhandling', label: 'Förhandling', goalIds: [second.id] },
    ]);
  });

  it('ignores done, deleted and empty entries', () => {
    const goals = [
      goal({ status: 'done', neededExpertise: ['Tax'] }),
      goal({ deletedAt: 1, neededExpertise: ['Pricing'] }),
      goal({ neededExpertise: ['  '] }),
    ];
    expect(neededExpertiseOf(goals)).toEqual([]);
  });
});

describe('expertiseMatcher', () => {
  const needed = neededExpertiseOf([goal({ id: 'g-ma', neededExpertise: ['M&A', 'Forhandling'] })]);
  const match = expertiseMatcher(needed);

  it('matches tags regardless of case and diacritics', () => {
    expect(match(['Design', 'm&a', 'FÖRHANDLING']).map((entry) => entry.label)).toEqual([
      'M&A',
      'Forhandling',
    ]);
  });

  it('lists each needed expertise once even if two tags name it', () => {
    expect(match(['M&A', 'm&a'])).toHaveLength(1);
  });

  it('matches nothing for other tags or when no goal needs anything', () => {
    expect(match(['Sales'])).toEqual([]);
    expect(expertiseMatcher([])(['M&A'])).toEqual([]);
  });
});
