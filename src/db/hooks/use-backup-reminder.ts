import { useLiveQuery } from 'dexie-react-hooks';
import { readBackupReminder, type BackupReminder } from '../backup-reminder';
import type { EpochMs } from '../../domain/types';

/**
 * Whether a backup reminder is due, kept live: the count of changes since the last backup
 * is two index counts (db/backup-reminder.ts), cheap to redo on every write. `now` comes from
 * the screen (components/use-now.ts re-reads it each minute), so a reminder by days appears
 * on a screen left open. undefined while loading.
 */
export function useBackupReminder(now: EpochMs): BackupReminder | undefined {
  return useLiveQuery(() => readBackupReminder(now), [now]);
}
