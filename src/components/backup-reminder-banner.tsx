// The backup reminder: a small banner when the days or changes since the last backup pass
// the user's thresholds (domain/backup-reminder.ts). "Back up now" opens the backup on the
// data page; the other two snooze it.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { snoozeBackupReminder } from '../db/writes/backup';
import { currentTime } from '../db/clock';
import { useI18n } from '../i18n/use-i18n';
import { useBackupReminder } from '../live-queries/use-backup-reminder';
import { failureText } from './failure-text';
import { showToast } from './toast-store';
import { useNow } from './use-now';
import './backup-reminder-banner.css';

const DAY_MS = 24 * 60 * 60 * 1000;
const LATER_MS = 7 * DAY_MS; // "Remind me in a week"
const NOT_NOW_MS = DAY_MS; // "Not now": tomorrow again

/** Where the backup lives: the data page's backup section. */
export const BACKUP_PATH = '/settings/data#backup';

export function BackupReminderBanner() {
  const { t } = useI18n();
  const reminder = useBackupReminder(useNow());
  const [isSnoozing, setIsSnoozing] = useState(false);
  if (!reminder?.isDue || isSnoozing) return null;

  const snooze = (forMs: number) => {
    setIsSnoozing(true);
    snoozeBackupReminder(currentTime() + forMs).catch((error: unknown) => {
      console.error('Ties could not snooze the backup reminder', error);
      setIsSnoozing(false);
      showToast({ message: failureText(error, t), tone: 'error' });
    });
  };
  const message =
    reminder.reason === 'changes'
      ? reminder.isChangesCountCapped
        ? t('yourData.reminder.manyChanges', { count: reminder.changesSinceBackup })
        : t('yourData.reminder.changes', { count: reminder.changesSinceBackup })
      : reminder.lastBackupAt === undefined
        ? t('yourData.reminder.never')
        : t('yourData.reminder.days', {
            count: Math.floor((currentTime() - reminder.lastBackupAt) / DAY_MS),
          });

  return (
    <aside className="backup-reminder" aria-label={t('yourData.reminder.label')}>
      <p>{message}</p>
      <div className="backup-reminder-actions">
        <Link className="button primary" to={BACKUP_PATH}>
          {t('yourData.reminder.backUp')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            snooze(LATER_MS);
          }}
        >
          {t('yourData.reminder.later')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            snooze(NOT_NOW_MS);
          }}
        >
          {t('yourData.reminder.dismiss')}
        </button>
      </div>
    </aside>
  );
}
