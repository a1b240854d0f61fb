import { describe, expect, it } from 'vitest';
import { expertiseSuggestions, tidyExpertise } from './goal-fields';

describe('needed expertise', () => {
  it('keeps each need once, without case or accents, in its first spelling', () => {
    expect(tidyExpertise(['Förhandling', 'FORHANDLING', ' M&A ', 'm&a', ''])).toEqual([
      'Förhandling',
      'M&A',
    ]);
  });
});

describe('suggestions for a need being typed', () => {
  const known = ['Förhandling', 'Finance', 'Tax law', 'M&A', 'Employment law'];

  it('finds "Förhandling" from "forhand", without case or accents', () => {
    expect(expertiseSuggestions('forhand', known, [])).toEqual(['Förhandling']);
    expect(expertiseSuggestions('FÖR', known, [])).toEqual(['Förhandling']);
  });

  it('matches the start of any word, and leaves out needs already chosen', () => {
    expect(expertiseSuggestions('law', known, [])).toEqual(['Tax law', 'Employment law']);
    expect(expertiseSuggestions('law', known, ['tax LAW'])).toEqual(['Employment law']);
  });

  it('suggests nothing for nothing typed', () => {
    expect(expertiseSuggestions('  ', known, [])).toEqual([]);
  });
});
