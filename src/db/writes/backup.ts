// Writes about backups themselves: a saved backup, and the reminder put off.
import { db } from '../db';
import { runWrite } from './run-write';
import { currentTime } from '../clock';
import { getSettings } from '../reads/settings';
import type { EpochMs, Settings } from '../../domain/types';

/** Records that a backup was saved: the reminder counts from here, and any snooze ends. */
export async function markBackupSaved(now = currentTime()): Promise<void> {
  await runWrite([db.settings], { now, asksToKeepData: false }, async () => {
    const settings: Settings = { ...(await getSettings()), lastBackupAt: now };
    delete settings.backupSnoozedUntil;
    await db.settings.put(settings);
  });
}

/** Silences the backup reminder until `until`. */
export async function snoozeBackupReminder(until: EpochMs): Promise<void> {
  await runWrite([db.settings], { asksToKeepData: false }, async () => {
    await db.settings.put({ ...(await getSettings()), backupSnoozedUntil: until });
  });
}
