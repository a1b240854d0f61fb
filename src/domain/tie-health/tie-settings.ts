// The ranges the "Keeping in touch" settings and a person's custom cadence may take. The
// database refuses values outside them and the forms name the range in their messages.

import { TIERS, type Settings, type TierCadences } from '../types';

/** Shortest cadence, in days: every day. */
export const MIN_CADENCE_DAYS = 1;
/** Longest cadence, in days: about ten years. Longer is what "no cadence" is for. */
export const MAX_CADENCE_DAYS = 3650;
/** Fewest and most people on the weekly reach-out list. */
export const MIN_LIST_SIZE = 5;
export const MAX_LIST_SIZE = 10;

/** The settings the "Keeping in touch" section edits. */
export type TieSettings = Pick<Settings, 'tierCadenceDays' | 'listSize' | 'weekStartDay'>;

/** A whole number of days from MIN_CADENCE_DAYS to MAX_CADENCE_DAYS. */
export function isValidCadenceDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_CADENCE_DAYS && days <= MAX_CADENCE_DAYS;
}

export function isValidListSize(size: number): boolean {
  return Number.isInteger(size) && size >= MIN_LIST_SIZE && size <= MAX_LIST_SIZE;
}

/** 0 = Sunday … 6 = Saturday. */
export function isValidWeekStartDay(day: number): boolean {
  return Number.isInteger(day) && day >= 0 && day <= 6;
}

/**
 * True when every tier has a valid cadence. Only the acquaintance tier may have none
 * (null): the closer tiers are what the weekly list is for.
 */
export function areValidTierCadences(cadences: TierCadences): boolean {
  return TIERS.every((tier) => {
    const days = cadences[tier];
    return days === null ? tier === 'acquaintance' : isValidCadenceDays(days);
  });
}

/** The fields of a TieSettings change that are out of range, in a fixed order. */
export function invalidTieSettings(changes: Partial<TieSettings>): (keyof TieSettings)[] {
  const invalid: (keyof TieSettings)[] = [];
  if (changes.tierCadenceDays && !areValidTierCadences(changes.tierCadenceDays)) {
    invalid.push('tierCadenceDays');
  }
  if (changes.listSize !== undefined && !isValidListSize(changes.listSize)) {
    invalid.push('listSize');
  }
  if (changes.weekStartDay !== undefined && !isValidWeekStartDay(changes.weekStartDay)) {
    invalid.push('weekStartDay');
  }
  return invalid;
}
