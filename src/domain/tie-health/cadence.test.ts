import { describe, expect, it } from 'vitest';
import { effectiveCadenceDays, nextDueAtOf } from './cadence';
import { at, SETTINGS } from '../../../tests/support/tie-health';
import { DAY_MS } from './zone-days';

describe('effectiveCadenceDays', () => {
  it('takes the tier cadence from the settings', () => {
    expect(effectiveCadenceDays({ tier: 'inner' }, SETTINGS)).toBe(14);
    expect(effectiveCadenceDays({ tier: 'close' }, SETTINGS)).toBe(30);
    expect(effectiveCadenceDays({ tier: 'acquaintance' }, SETTINGS)).toBe(365);
  });

  it('follows edited tier cadences', () => {
    const settings = { tierCadenceDays: { ...SETTINGS.tierCadenceDays, close: 21 } };
    expect(effectiveCadenceDays({ tier: 'close' }, settings)).toBe(21);
  });

  it('lets a custom cadence override the tier', () => {
    expect(effectiveCadenceDays({ tier: 'wide', cadenceDays: 7 }, SETTINGS)).toBe(7);
  });

  it('treats a custom null as no cadence even when the tier has one', () => {
    expect(effectiveCadenceDays({ tier: 'inner', cadenceDays: null }, SETTINGS)).toBeNull();
  });

  it('has no cadence when the tier has none', () => {
    const settings = { tierCadenceDays: { ...SETTINGS.tierCadenceDays, acquaintance: null } };
    expect(effectiveCadenceDays({ tier: 'acquaintance' }, settings)).toBeNull();
  });

  it('ignores a custom cadence that is not a positive number', () => {
    expect(effectiveCadenceDays({ tier: 'close', cadenceDays: 0 }, SETTINGS)).toBe(30);
    expect(effectiveCadenceDays({ tier: 'close', cadenceDays: -5 }, SETTINGS)).toBe(30);
    expect(effectiveCadenceDays({ tier: 'close', cadenceDays: Number.NaN }, SETTINGS)).toBe(30);
  });
});

describe('nextDueAtOf', () => {
  const touched = at('2024-05-01T10:00Z');
  const created = at('2024-01-01T10:00Z');

  it('is the last touch plus the cadence', () => {
    expect(nextDueAtOf(touched, created, 30, false)).toBe(touched + 30 * DAY_MS);
  });

  it('counts from when the person was added if there is no touch', () => {
    expect(nextDueAtOf(undefined, created, 14, false)).toBe(created + 14 * DAY_MS);
  });

  it('is undefined when paused or without a cadence', () => {
    expect(nextDueAtOf(touched, created, 30, true)).toBeUndefined();
    expect(nextDueAtOf(touched, created, null, false)).toBeUndefined();
  });
});
