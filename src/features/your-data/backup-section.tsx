import { useState } from 'react';
import { knownFailureText } from '../../components/failure-text';
import { markBackupSaved } from '../../db/writes/backup';
import { useNow } from '../../components/use-now';
import { useBackupReminder } from '../../live-queries/use-backup-reminder';
import { useI18n } from '../../i18n/use-i18n';
import type { Settings } from '../../domain/types';
import { BackupReminderForm } from './backup-reminder-form';
import { backupFileName } from './save-file';
import { useTransferServices } from './your-data-services';
import { askOnce } from './worker-channel';
import './your-data-messages';

type Outcome = { message: string; isError: boolean };

function BackupStatus() {
  const { t, formatDateTime } = useI18n();
  const reminder = useBackupReminder(useNow());
  if (!reminder) return null;
  return (
    <p className="muted">
      {reminder.lastBackupAt === undefined
        ? t('yourData.backup.never')
        : t('yourData.backup.last', { date: formatDateTime(reminder.lastBackupAt) })}{' '}
      {reminder.lastBackupAt === undefined
        ? null
        : reminder.isChangesCountCapped
          ? t('yourData.backup.manyChanges', { count: reminder.changesSinceBackup })
          : t('yourData.backup.changes', { count: reminder.changesSinceBackup })}
    </p>
  );
}

/** Download a backup of everything (made in the worker), and the reminder's thresholds. */
export function BackupSection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { openDataFileChannel, saveFile } = useTransferServices();
  const [isWorking, setIsWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const download = async () => {
    setIsWorking(true);
    setOutcome(undefined);
    try {
      const response = await askOnce(openDataFileChannel, { type: 'backup' });
      if (response.type !== 'backup-ready') throw new Error(`Unexpected ${response.type}`);
      const name = backupFileName(response.createdAt);
      saveFile(response.file, name);
      await markBackupSaved(response.createdAt);
      setOutcome({ message: t('yourData.backup.done', { name }), isError: false });
    } catch (error) {
      console.error('Ties could not make a backup', error);
      setOutcome({
        message: knownFailureText(error, t) ?? t('yourData.backup.failed'),
        isError: true,
      });
    }
    setIsWorking(false);
  };

  return (
    <section className="card transfer-section" aria-labelledby="backup">
      <h2 id="backup" tabIndex={-1}>
        {t('yourData.backup.title')}
      </h2>
      <p>{t('yourData.backup.intro')}</p>
      <BackupStatus />
      <div className="transfer-actions">
        <button
          type="button"
          className="button primary"
          disabled={isWorking}
          onClick={() => {
            void download();
          }}
        >
          {isWorking ? t('yourData.backup.working') : t('yourData.backup.download')}
        </button>
      </div>
      <p role="status" className={outcome?.isError ? 'field-error' : undefined}>
        {outcome?.message}
      </p>
      <BackupReminderForm settings={settings} />
    </section>
  );
}
