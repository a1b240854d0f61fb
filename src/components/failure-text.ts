import { writeFailureOf, type WriteFailureReason } from '../db/write-failure';
import type { I18n } from '../i18n/i18n-context';

/**
 * A failed write in the user's words and language: a full disk and a database upgraded by
 * another tab are named; anything else says the change was not saved.
 */
export function failureText(error: unknown, t: I18n['t']): string {
  return failureReasonText(writeFailureOf(error), t);
}

/** The same words for a reason read elsewhere (a worker sends the reason, not the error). */
export function failureReasonText(reason: WriteFailureReason, t: I18n['t']): string {
  switch (reason) {
    case 'out-of-space':
      return t('failure.outOfSpace');
    case 'database-closed':
      return t('failure.databaseClosed');
    case 'unknown':
      return t('failure.unknown');
  }
}
