// Why a write was refused or did not finish, as reason codes, all in one list. Code raises
// codes; only the screens turn them into sentences, in the user's language
// (components/failure-text.ts holds the words of every code, and the compiler holds it to
// this list). An error's `message` is English for developers and logs and is never shown.
// A worker sends the code across postMessage, never the message.
import { writeFailureOf } from './write-failure';

export const WRITE_ERROR_REASONS = [
  // The storage under the write (write-failure.ts classifies what the browser threw)
  'out-of-space',
  'database-closed',
  'unknown',
  // A long write stopped through its signal before it committed (long-write.ts, restore.ts)
  'cancelled',
  // People (people.ts, people-merge.ts)
  'person-not-found',
  // An edit of a person or a touch clashing with a change saved meanwhile (people.ts, touches.ts)
  'edit-conflict',
  // A person added by the name typed in the picker (person-by-name.ts)
  'no-name',
  'name-too-long',
  // One change to many people (people-bulk-edit.ts, domain/bulk-edit.ts)
  'no-tags',
  'tag-too-long',
  'too-many-tags',
  'cadence-out-of-range',
  // Merging two people, and its undo (people-merge.ts)
  'same-person',
  'over-limit',
  'changed-since',
  // Touches (touches.ts)
  'no-participants',
  'unknown-participant',
  'invalid-time',
  'invalid-kind',
  'touch-not-found',
  // This week's plan (week-plan.ts)
  'no-plan',
  'not-on-list',
  'invalid-date',
  // Imports and their undo (imports.ts)
  'stale-plan',
  'import-not-found',
  'already-undone',
  // Putting back the data from before a restore (restore.ts)
  'no-copy',
  // The "Keeping in touch" settings (settings.ts)
  'setting-out-of-range',
  // Asks for help and introductions (asks.ts, introductions.ts)
  'ask-not-found',
  'goal-not-found',
  'invalid-outcome',
  'introduction-not-found',
  'introduce-to-self',
  'not-a-next-state',
  'before-previous-state',
  // Goals (goals.ts, domain/goals/goal-fields.ts); 'goal-not-found' is above
  'no-title',
  'title-too-long',
  'why-too-long',
  'expertise-too-long',
  'too-much-expertise',
  'invalid-due-day',
] as const;

export type WriteErrorReason = (typeof WRITE_ERROR_REASONS)[number];

export type NewPersonErrorReason = Extract<WriteErrorReason, 'no-name' | 'name-too-long'>;
export type MergeErrorReason = Extract<
  WriteErrorReason,
  'same-person' | 'person-not-found' | 'over-limit' | 'changed-since'
>;
export type TouchErrorReason = Extract<
  WriteErrorReason,
  | 'no-participants'
  | 'unknown-participant'
  | 'invalid-time'
  | 'invalid-kind'
  | 'touch-not-found'
  | 'edit-conflict'
  | 'goal-not-found'
>;
export type WeekPlanErrorReason = Extract<
  WriteErrorReason,
  'no-plan' | 'not-on-list' | 'invalid-date'
>;
export type ImportErrorReason = Extract<
  WriteErrorReason,
  'stale-plan' | 'import-not-found' | 'already-undone'
>;
export type AskErrorReason = Extract<
  WriteErrorReason,
  | 'ask-not-found'
  | 'goal-not-found'
  | 'invalid-outcome'
  | 'person-not-found'
  | 'invalid-time'
  | 'invalid-kind'
  | 'edit-conflict'
  | 'changed-since'
>;
export type IntroductionErrorReason = Extract<
  WriteErrorReason,
  | 'introduction-not-found'
  | 'introduce-to-self'
  | 'not-a-next-state'
  | 'before-previous-state'
  | 'person-not-found'
  | 'goal-not-found'
  | 'invalid-time'
  | 'edit-conflict'
  | 'changed-since'
>;
export type GoalErrorReason = Extract<
  WriteErrorReason,
  | 'goal-not-found'
  | 'edit-conflict'
  | 'no-title'
  | 'title-too-long'
  | 'why-too-long'
  | 'expertise-too-long'
  | 'too-much-expertise'
  | 'invalid-due-day'
>;
export type RestoreErrorReason = Extract<WriteErrorReason, 'no-copy' | 'cancelled'>;

/**
 * A write refused (nothing was written) or stopped, with the reason a screen puts into
 * words. Each area's writes throw a subclass that narrows the reason and carries what its
 * screens need to say more (the fields that clashed, the limit passed).
 */
export class WriteError<Reason extends WriteErrorReason = WriteErrorReason> extends Error {
  readonly reason: Reason;

  constructor(reason: Reason, message: string) {
    super(message);
    this.name = 'WriteError';
    this.reason = reason;
  }
}

/** True for an error a write raised with a reason of its own (any subclass of WriteError). */
export function isWriteError(error: unknown): error is WriteError {
  return error instanceof WriteError;
}

/** Why a write threw this: the reason it was refused with, or what its storage failure was. */
export function writeErrorReasonOf(error: unknown): WriteErrorReason {
  return isWriteError(error) ? error.reason : writeFailureOf(error);
}
