import { useLiveQuery } from 'dexie-react-hooks';
import { readBackupReminder, type BackupReminder } from '../db/backup-reminder';
import { useNow } from './use-now';

/**
 * Whether a backup reminder is due, kept live: the count of changes since the last backup
 * is two index counts (db/backup-reminder.ts), cheap to redo on every write. Re-read each
 * minute too, so a reminder by days appears on a screen left open. undefined while loading.
 */
export function useBackupReminder(): BackupReminder | undefined {
  const now = useNow();
  return useLiveQuery(() => readBackupReminder(now), [now]);
}
