import { describe, expect, it } from 'vitest';
import type { WeekProgress } from '../../domain/tie-health';
import { createI18n } from '../../i18n/create-i18n';
import { progressTextOf } from './progress-text';

function progress(counts: Partial<WeekProgress> & { total: number }): WeekProgress {
  const { logged = 0, snoozed = 0, skipped = 0, total } = counts;
  const handled = logged + snoozed + skipped;
  return { total, handled, logged, snoozed, skipped, open: total - handled };
}

const en = createI18n('en');
const sv = createI18n('sv');

describe('the progress line of this week', () => {
  it('says what was handled and how many are left, never that the week is over', () => {
    const text = progressTextOf(progress({ total: 7, logged: 2, snoozed: 1, skipped: 1 }), en);
    expect(text.line).toBe('4 of 7 handled: 2 logged, 1 snoozed, and 1 skipped · 3 left');
    expect(text.closing).toBeUndefined();
  });

  it('names only what was done', () => {
    expect(progressTextOf(progress({ total: 7, snoozed: 2 }), en).line).toBe(
      '2 of 7 handled: 2 snoozed · 5 left',
    );
    expect(progressTextOf(progress({ total: 7 }), en).line).toBe('0 of 7 handled · 7 left');
  });

  it('closes the week with what was done once nothing is left', () => {
    const putOff = progressTextOf(progress({ total: 7, logged: 5, snoozed: 2 }), en);
    expect(putOff.line).toBe('All 7 handled: 5 logged and 2 snoozed');
    expect(putOff.closing).toBe('Nothing is left on this week’s list.');

    const reached = progressTextOf(progress({ total: 3, logged: 3 }), en);
    expect(reached.line).toBe('All 3 handled: 3 logged');
    expect(reached.closing).toBe('You reached everyone on this week’s list. Nicely done.');

    expect(progressTextOf(progress({ total: 1, skipped: 1 }), en).line).toBe(
      'The one person on the list is handled: 1 skipped',
    );
  });

  it('says it in Swedish with the right singular and plural', () => {
    expect(progressTextOf(progress({ total: 7, logged: 1, snoozed: 2, skipped: 1 }), sv).line).toBe(
      '4 av 7 hanterade: 1 loggad, 2 uppskjutna och 1 överhoppad · 3 kvar',
    );
    expect(progressTextOf(progress({ total: 7, logged: 2, snoozed: 1, skipped: 2 }), sv).line).toBe(
      '5 av 7 hanterade: 2 loggade, 1 uppskjuten och 2 överhoppade · 2 kvar',
    );
    expect(progressTextOf(progress({ total: 7, skipped: 1 }), sv).line).toBe(
      '1 av 7 hanterad: 1 överhoppad · 6 kvar',
    );
    const all = progressTextOf(progress({ total: 7, logged: 5, snoozed: 2 }), sv);
    expect(all.line).toBe('Alla 7 hanterade: 5 loggade och 2 uppskjutna');
    expect(all.closing).toBe('Inget är kvar på veckans lista.');
  });
});
