// Whether to remind the user to back up (the rule is in domain/backup-reminder.ts). Changes
// since the last backup are counted the simplest honest way: people and touches whose
// updatedAt is later. People are read as primary keys from their updatedAt index (no rows);
// touches from the touch logs changed since (their updatedAt index), each touch once.
// Touches added, edited or deleted and people added or edited all count; a hard delete
// (clearing the demo) does not. The demo's own people and touches (source 'demo') never
// count: they are made up, nothing a backup needs to keep, so loading the demo does not
// bring the reminder up. What resets the count is a saved backup (markBackupSaved) and a
// restore, which records the restored file's time as the last backup (writes/restore.ts): right
// after it the data is exactly what that file holds.
//
// The count stops at CHANGES_COUNT_CAP. This runs again after every write, on the home
// screen: a full count walks every index entry (110,000 for a large network), which holds
// IndexedDB up for the best part of a second and delays the screen's own reads behind it.
// Past the cap the exact number says nothing the reminder needs.
import { db } from '../db';
import { currentTime } from '../clock';
import { getSettings } from './settings';
import { backupDueReason, type BackupDueReason } from '../../domain/backup-reminder';
import { DEFAULT_SETTINGS, type EpochMs } from '../../domain/types';

/** Changes are counted up to this many; the screens then say "more than". */
export const CHANGES_COUNT_CAP = 1_000;

export type BackupReminder = {
  isDue: boolean;
  reason: BackupDueReason | undefined;
  /** At most CHANGES_COUNT_CAP. */
  changesSinceBackup: number;
  /** True when there are more changes than changesSinceBackup says. */
  isChangesCountCapped: boolean;
  lastBackupAt: EpochMs | undefined;
};

/**
 * The user's people and touches written after `since` (every one when there was no backup),
 * counted up to `cap`: the result is at most `cap`, and equals it when there are that many
 * or more. The demo's are left out (see the top of this file).
 */
export async function countChangesSince(
  since: EpochMs | undefined,
  cap = CHANGES_COUNT_CAP,
): Promise<number> {
  const after = since ?? -Infinity;
  // The demo's people by their source index (keys only): 150 at most, and none without it.
  const demoPeople = new Set(await db.contacts.where('source').equals('demo').primaryKeys());
  // getAllKeys with a count: the index is walked only as far as the cap (and past the demo's
  // people, who may be among the first), no row is read.
  const changed = await db.contacts
    .where('updatedAt')
    .above(after)
    .limit(cap + demoPeople.size)
    .primaryKeys();
  const people = changed.filter((id) => !demoPeople.has(id)).length;
  if (people >= cap) return cap;
  // Each changed log of the user's holds at least one changed touch, so no more logs than
  // that are read, besides the demo people's own.
  const room = cap - people;
  const logs = await db.touchLogs
    .where('updatedAt')
    .above(after)
    .limit(room + demoPeople.size)
    .toArray();
  const touches = new Set<string>();
  for (const log of logs) {
    for (const touch of log.touches) {
      if (touch.updatedAt > after && touch.source !== 'demo') touches.add(touch.id);
    }
  }
  return people + Math.min(touches.size, room);
}

/** The backup reminder's state now. */
export async function readBackupReminder(now = currentTime()): Promise<BackupReminder> {
  const settings = await getSettings();
  const changesSinceBackup = await countChangesSince(settings.lastBackupAt);
  const reason = backupDueReason(
    {
      lastBackupAt: settings.lastBackupAt,
      changesSinceBackup,
      reminderDays: settings.backupReminderDays,
      // Rows made before the setting existed have none: the default applies.
      reminderChanges:
        settings.backupReminderChanges ?? DEFAULT_SETTINGS.backupReminderChanges ?? 0,
      snoozedUntil: settings.backupSnoozedUntil,
      startedAt: settings.onboardedAt,
    },
    now,
  );
  return {
    isDue: reason !== undefined,
    reason,
    changesSinceBackup,
    isChangesCountCapped: changesSinceBackup >= CHANGES_COUNT_CAP,
    lastBackupAt: settings.lastBackupAt,
  };
}
