import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

const formatterFor =
  (language: string) =>
  (value: number, options?: Intl.NumberFormatOptions): string =>
    new Intl.NumberFormat(language, options).format(value).replace(/\s/g, ' ');

describe('formatBytes', () => {
  it('uses the largest fitting decimal unit, with one decimal below ten', () => {
    const english = formatterFor('en');
    expect(formatBytes(2_300_000, english)).toBe('2.3 MB');
    expect(formatBytes(1_200_000_000, english)).toBe('1.2 GB');
    expect(formatBytes(56_700, english)).toBe('57 kB');
    expect(formatBytes(512, english)).toBe('512 byte');
  });

  it('writes numbers the Swedish way in Swedish', () => {
    expect(formatBytes(2_300_000, formatterFor('sv'))).toBe('2,3 MB');
  });
});
