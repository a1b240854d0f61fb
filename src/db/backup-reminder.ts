// Whether to remind the user to back up (the rule is in domain/backup-reminder.ts). Changes
// since the last backup are counted the simplest honest way: people and touches whose
// updatedAt is later, two counts over the updatedAt indexes that read no rows. Touches added,
// edited or deleted and people added or edited all count; a hard delete (clearing the demo)
// does not.
import { db } from './db';
import { currentTime } from './clock';
import { getSettings } from './settings';
import { backupDueReason, type BackupDueReason } from '../domain/backup-reminder';
import { DEFAULT_SETTINGS, type EpochMs } from '../domain/types';

export type BackupReminder = {
  isDue: boolean;
  reason: BackupDueReason | undefined;
  changesSinceBackup: number;
  lastBackupAt: EpochMs | undefined;
};

/** People and touches written after `since` (every one when there was no backup). */
export async function countChangesSince(since: EpochMs | undefined): Promise<number> {
  const after = since ?? -Infinity;
  const [people, touches] = await Promise.all([
    db.contacts.where('updatedAt').above(after).count(),
    db.interactions.where('updatedAt').above(after).count(),
  ]);
  return people + touches;
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
    lastBackupAt: settings.lastBackupAt,
  };
}

/** Silences the backup reminder until `until`. */
export async function snoozeBackupReminder(until: EpochMs): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ ...(await getSettings()), backupSnoozedUntil: until });
  });
}
