import { writeFailureOf, type WriteFailureReason } from '../db/write-failure';
import type { I18n } from '../i18n/i18n-context';

/**
 * A failed write in the user's words and language: a full disk and a database upgraded by
 * another tab are named; anything else says the change was not saved.
 */
export function failureText(error: unknown, t: I18n['t']): string {
  return writeFailureText(writeFailureOf(error), t);
}

/** failureText for a reason read elsewhere (a worker classifies its own errors). */
export function writeFailureText(reason: WriteFailureReason, t: I18n['t']): string {
  switch (reason) {
    case 'out-of-space':
      return t('failure.outOfSpace');
    case 'database-closed':
      return t('failure.databaseClosed');
    case 'unknown':
      return t('failure.unknown');
  }
}

/**
 * failureText when the cause is one the user can act on (a full disk, a closed database),
 * else undefined: the screen then keeps its own words for what did not happen.
 */
export function knownFailureText(error: unknown, t: I18n['t']): string | undefined {
  const reason = writeFailureOf(error);
  return reason === 'unknown' ? undefined : writeFailureText(reason, t);
}
