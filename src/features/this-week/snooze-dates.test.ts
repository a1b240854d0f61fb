import { describe, expect, it } from 'vitest';
import { firstSnoozeDayKey, snoozeForDays, snoozeForMonth, snoozeUntilDay } from './snooze-dates';

const ZONE = 'Europe/Stockholm';
/** Wednesday 11 June 2025, 15:00 in Stockholm (UTC+2). */
const NOW = Date.UTC(2025, 5, 11, 13, 0);

describe('snooze dates', () => {
  it('ends a one-week snooze at the start of the same weekday next week', () => {
    expect(snoozeForDays(NOW, ZONE, 7)).toBe(Date.UTC(2025, 5, 17, 22, 0)); // 18 June 00:00
  });

  it('ends a one-month snooze on the same day next month, or the month’s last day', () => {
    expect(snoozeForMonth(NOW, ZONE)).toBe(Date.UTC(2025, 6, 10, 22, 0)); // 11 July
    const endOfJanuary = Date.UTC(2024, 0, 31, 12, 0);
    expect(snoozeForMonth(endOfJanuary, ZONE)).toBe(Date.UTC(2024, 1, 28, 23, 0)); // 29 Feb
    const december = Date.UTC(2025, 11, 15, 12, 0);
    expect(snoozeForMonth(december, ZONE)).toBe(Date.UTC(2026, 0, 14, 23, 0)); // 15 Jan
  });

  it('accepts a picked day only after today', () => {
    expect(firstSnoozeDayKey(NOW, ZONE)).toBe('2025-06-12');
    expect(snoozeUntilDay('2025-06-12', NOW, ZONE)).toBe(Date.UTC(2025, 5, 11, 22, 0));
    expect(snoozeUntilDay('2025-06-11', NOW, ZONE)).toBeUndefined();
    expect(snoozeUntilDay('', NOW, ZONE)).toBeUndefined();
    expect(snoozeUntilDay('2025-02-30', NOW, ZONE)).toBeUndefined();
  });

  it('accepts a picked day only before 2200, the last year a backup carries', () => {
    expect(snoozeUntilDay('2199-12-31', NOW, ZONE)).toBe(Date.UTC(2199, 11, 30, 23, 0));
    expect(snoozeUntilDay('2200-01-01', NOW, ZONE)).toBeUndefined();
    expect(snoozeUntilDay('9999-12-31', NOW, ZONE)).toBeUndefined();
  });
});
