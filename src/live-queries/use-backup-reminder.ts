import { useEffect, useState } from 'react';
import { readBackupReminder, type BackupReminder } from '../db/reads/backup-reminder';
import { useSettings } from './use-settings';
import type { EpochMs } from '../domain/types';

/**
 * Whether a backup reminder is due. The settings row is watched live, so a backup, a snooze
 * or new thresholds show at once. The count of changes since the last backup is read again
 * when the settings change and when `now` moves on (components/use-now.ts, each minute),
 * not after every save: as a live query, Dexie would track every key the count reads (up
 * to 1,000) again after each write, on the home screen, while the saved touch is shown.
 * undefined while loading.
 */
export function useBackupReminder(now: EpochMs): BackupReminder | undefined {
  const settings = useSettings();
  const [reminder, setReminder] = useState<BackupReminder>();
  useEffect(() => {
    let isCurrent = true;
    readBackupReminder(now).then(
      (next) => {
        if (isCurrent) setReminder(next);
      },
      (error: unknown) => {
        // A screen that has moved on (or a database closed under it) needs no reminder.
        if (isCurrent) console.error('Ties could not read the backup reminder', error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [settings, now]);
  return reminder;
}
