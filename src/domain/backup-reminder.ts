// When to remind the user to make a backup: after a number of days since the
// last backup, or after a number of changes, whichever comes first, and only when there is
// something new to save. A snooze silences both until it ends. A threshold of 0 turns its
// trigger off. Someone who never made a backup is counted from the day they started, so the
// reminder does not greet them on their first day.
import type { EpochMs } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReminderInput = {
  /** undefined when no backup was ever saved. */
  lastBackupAt: EpochMs | undefined;
  /** People and touches written since the last backup (or ever, without one). */
  changesSinceBackup: number;
  reminderDays: number;
  reminderChanges: number;
  snoozedUntil: EpochMs | undefined;
  /** When the user started (Settings.onboardedAt), for counting days without any backup. */
  startedAt?: EpochMs | undefined;
};

export type BackupDueReason = 'days' | 'changes';

/** Why a backup reminder is due now, or undefined when it is not. */
export function backupDueReason(
  input: BackupReminderInput,
  now: EpochMs,
): BackupDueReason | undefined {
  if (input.changesSinceBackup <= 0) return undefined;
  if (input.snoozedUntil !== undefined && now < input.snoozedUntil) return undefined;
  if (input.reminderChanges > 0 && input.changesSinceBackup >= input.reminderChanges) {
    return 'changes';
  }
  const since = input.lastBackupAt ?? input.startedAt;
  if (input.reminderDays > 0 && since !== undefined && now - since >= input.reminderDays * DAY_MS) {
    return 'days';
  }
  return undefined;
}

/** True when a backup reminder should be shown now. */
export function isBackupDue(input: BackupReminderInput, now: EpochMs): boolean {
  return backupDueReason(input, now) !== undefined;
}
