// The "Keeping in touch" settings as typed: numbers kept as text until Save, so nothing the
// user typed is reformatted, then checked against the ranges in domain/tie-health.
import {
  isValidCadenceDays,
  isValidListSize,
  MAX_CADENCE_DAYS,
  MAX_LIST_SIZE,
  MIN_CADENCE_DAYS,
  MIN_LIST_SIZE,
  type TieSettings,
} from '../../domain/tie-health';
import { TIERS, type Settings, type Tier, type TierCadences } from '../../domain/types';
import type { Phrase } from '../../i18n/translate';

export type KeepInTouchState = {
  cadences: Record<Tier, string>;
  hasNoAcquaintanceCadence: boolean;
  listSize: string;
  weekStartDay: number;
};

/** A field's error: a message key and its values. Fields are tier names and "listSize". */
export type KeepInTouchErrors = Partial<
  Record<
    Tier | 'listSize',
    Phrase<'settings.keepInTouch.cadenceError' | 'settings.keepInTouch.listSizeError'>
  >
>;

/** One value per tier. */
function byTier<T>(valueOf: (tier: Tier) => T): Record<Tier, T> {
  return {
    inner: valueOf('inner'),
    close: valueOf('close'),
    active: valueOf('active'),
    wide: valueOf('wide'),
    acquaintance: valueOf('acquaintance'),
  };
}

export function keepInTouchStateOf(settings: TieSettings): KeepInTouchState {
  return {
    cadences: byTier((tier) => String(settings.tierCadenceDays[tier] ?? '')),
    hasNoAcquaintanceCadence: settings.tierCadenceDays.acquaintance === null,
    listSize: String(settings.listSize),
    weekStartDay: settings.weekStartDay,
  };
}

/** A typed whole number, or NaN, so that "7.5", "" and "abc" are all out of range. */
function wholeNumberOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function isAcquaintanceWithout(tier: Tier, state: KeepInTouchState): boolean {
  return tier === 'acquaintance' && state.hasNoAcquaintanceCadence;
}

export function keepInTouchErrorsOf(state: KeepInTouchState): KeepInTouchErrors {
  const errors: KeepInTouchErrors = {};
  for (const tier of TIERS) {
    if (isAcquaintanceWithout(tier, state)) continue;
    if (!isValidCadenceDays(wholeNumberOf(state.cadences[tier]))) {
      errors[tier] = {
        key: 'settings.keepInTouch.cadenceError',
        vars: { min: MIN_CADENCE_DAYS, max: MAX_CADENCE_DAYS },
      };
    }
  }
  if (!isValidListSize(wholeNumberOf(state.listSize))) {
    errors.listSize = {
      key: 'settings.keepInTouch.listSizeError',
      vars: { min: MIN_LIST_SIZE, max: MAX_LIST_SIZE },
    };
  }
  return errors;
}

function cadencesOf(state: KeepInTouchState): TierCadences {
  return byTier((tier) =>
    isAcquaintanceWithout(tier, state) ? null : wholeNumberOf(state.cadences[tier]),
  );
}

function isSameCadences(a: TierCadences, b: TierCadences): boolean {
  return TIERS.every((tier) => a[tier] === b[tier]);
}

/**
 * The settings to save from a valid form. The cadences are left out when unchanged: a
 * change recomputes every person's next due time, which there is no need to do for nothing.
 */
export function keepInTouchChangesOf(
  state: KeepInTouchState,
  current: Pick<Settings, 'tierCadenceDays'>,
): Partial<TieSettings> {
  const tierCadenceDays = cadencesOf(state);
  return {
    ...(isSameCadences(tierCadenceDays, current.tierCadenceDays) ? {} : { tierCadenceDays }),
    listSize: wholeNumberOf(state.listSize),
    weekStartDay: state.weekStartDay,
  };
}
