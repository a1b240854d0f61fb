import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';

const en = createI18n('en');
const sv = createI18n('sv');

describe('formatting a stored time that no date can hold', () => {
  it('reads as an unknown date instead of throwing, in both languages', () => {
    for (const at of [1e300, -1e300, 8.64e15 + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(en.formatDate(at), String(at)).toBe('unknown date');
      expect(en.formatDate(at, { weekday: 'long' })).toBe('unknown date');
      expect(en.formatDateTime(at)).toBe('unknown date');
      expect(sv.formatDateTime(at)).toBe('okänt datum');
    }
    expect(en.formatRelativeDays(Number.NaN)).toBe('unknown date');
    expect(sv.formatRelativeDays(Number.POSITIVE_INFINITY)).toBe('okänt datum');
  });

  it('formats every time a date can hold as before', () => {
    const at = Date.UTC(2025, 2, 14, 12);
    expect(en.formatDate(at, { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Mar 14, 2025');
    expect(en.formatDate(8.64e15, { year: 'numeric', timeZone: 'UTC' })).toBe('275760');
    expect(en.formatRelativeDays(-1)).toBe('yesterday');
  });
});
