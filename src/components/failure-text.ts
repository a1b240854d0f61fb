// A failed write in the user's words and language. Every reason code a write can raise
// (db/write-errors.ts) has words here: the table's type makes a new code without words fail
// the typecheck, and a unit test checks that both languages have them. A screen that can
// say more (which fields clashed, which limit was passed) uses its own words first, with the
// details its error carries; nothing on screen is ever an error's own message.
import { writeErrorReasonOf, type WriteErrorReason } from '../db/write-errors';
import { writeFailureOf } from '../db/write-failure';
import type { I18n } from '../i18n/i18n-context';
import type { PlainMessageKey } from '../i18n/translate';

export const WRITE_ERROR_WORDS = {
  'out-of-space': 'failure.outOfSpace',
  'database-closed': 'failure.databaseClosed',
  unknown: 'failure.unknown',
  cancelled: 'failure.cancelled',
  'person-not-found': 'failure.personNotFound',
  'edit-conflict': 'failure.editConflict',
  'no-name': 'failure.noName',
  'name-too-long': 'failure.nameTooLong',
  'no-tags': 'failure.noTags',
  'tag-too-long': 'failure.tagTooLong',
  'too-many-tags': 'failure.tooManyTags',
  'cadence-out-of-range': 'failure.cadenceOutOfRange',
  'same-person': 'failure.samePerson',
  'over-limit': 'failure.overLimit',
  'changed-since': 'failure.changedSince',
  'no-participants': 'failure.noParticipants',
  'unknown-participant': 'failure.unknownParticipant',
  'invalid-time': 'failure.invalidTime',
  'invalid-kind': 'failure.invalidKind',
  'touch-not-found': 'failure.touchNotFound',
  'no-plan': 'failure.noPlan',
  'not-on-list': 'failure.notOnList',
  'invalid-date': 'failure.invalidDate',
  'stale-plan': 'failure.stalePlan',
  'import-not-found': 'failure.importNotFound',
  'already-undone': 'failure.alreadyUndone',
  'no-copy': 'failure.noCopy',
  'setting-out-of-range': 'failure.settingOutOfRange',
  'ask-not-found': 'failure.askNotFound',
  'goal-not-found': 'failure.goalNotFound',
  'invalid-outcome': 'failure.invalidOutcome',
  'introduction-not-found': 'failure.introductionNotFound',
  'introduce-to-self': 'failure.introduceToSelf',
  'not-a-next-state': 'failure.notANextState',
  'before-previous-state': 'failure.beforePreviousState',
  'no-title': 'failure.noTitle',
  'title-too-long': 'failure.titleTooLong',
  'why-too-long': 'failure.whyTooLong',
  'expertise-too-long': 'failure.expertiseTooLong',
  'too-much-expertise': 'failure.tooMuchExpertise',
  'invalid-due-day': 'failure.invalidDueDay',
} as const satisfies Record<WriteErrorReason, PlainMessageKey>;

/** The words for a reason code, such as one a worker sent. */
export function writeErrorText(reason: WriteErrorReason, t: I18n['t']): string {
  return t(WRITE_ERROR_WORDS[reason]);
}

/** The words for why a write threw this: its reason code, or its storage failure. */
export function failureText(error: unknown, t: I18n['t']): string {
  return writeErrorText(writeErrorReasonOf(error), t);
}

/**
 * The words for a storage failure the user can act on (a full disk, a database closed by
 * another tab), else undefined: the screen then keeps its own words for what did not happen.
 */
export function knownFailureText(error: unknown, t: I18n['t']): string | undefined {
  const reason = writeFailureOf(error);
  return reason === 'unknown' ? undefined : writeErrorText(reason, t);
}
