import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { WRITE_ERROR_REASONS } from '../db/write-errors';
import { WriteCancelledError } from '../db/long-write';
import { ContactConflictError } from '../db/writes/people';
import { WeekPlanError } from '../db/writes/week-plan';
import { createI18n } from '../i18n/create-i18n';
import { WRITE_ERROR_WORDS, failureText, knownFailureText, writeErrorText } from './failure-text';

const en = createI18n('en');
const sv = createI18n('sv');

describe('the words for every reason a write can fail', () => {
  it.each(WRITE_ERROR_REASONS)('%s has words in English and in Swedish', (reason) => {
    const key = WRITE_ERROR_WORDS[reason];
    const english = writeErrorText(reason, en.t);
    const swedish = writeErrorText(reason, sv.t);
    for (const words of [english, swedish]) {
      expect(words).not.toBe(key);
      expect(words.trim()).not.toBe('');
    }
    expect(swedish).not.toBe(english);
  });

  it('has words for no code that is not on the list', () => {
    expect(Object.keys(WRITE_ERROR_WORDS).sort()).toEqual([...WRITE_ERROR_REASONS].sort());
  });
});

describe('a failed write in the user’s words', () => {
  it('reads the reason a write was refused with, never its message', () => {
    const error = new WeekPlanError('no-plan', 'There is no plan for the week of 2026-12-07.');
    expect(failureText(error, sv.t)).toBe(
      'Veckans lista finns inte längre: den har gjorts om, kanske i en annan flik. Ingenting ändrades.',
    );
    expect(failureText(error, en.t)).not.toContain('2026-12-07');
    expect(failureText(new ContactConflictError('anna', []), en.t)).toBe(
      'This was changed in another tab meanwhile, so nothing was saved. Look at it again, then try again.',
    );
    expect(failureText(new WriteCancelledError(), en.t)).toBe(
      'It was stopped before it finished. Nothing was changed.',
    );
  });

  it('names a storage failure, and says only that the change was not saved for anything else', () => {
    expect(failureText(new Dexie.DatabaseClosedError(), en.t)).toMatch(/^Ties was updated/);
    expect(knownFailureText(new Dexie.DatabaseClosedError(), en.t)).toMatch(/^Ties was updated/);
    // A refusal is left to the screen's own words where it has them.
    expect(knownFailureText(new WeekPlanError('no-plan', 'gone'), en.t)).toBeUndefined();
    expect(failureText(new Error('Something odd at line 42'), sv.t)).toBe(
      'Ändringen kunde inte sparas. Inget du skrev har gått förlorat; försök igen.',
    );
    expect(knownFailureText(new Error('Something odd'), en.t)).toBeUndefined();
  });
});
