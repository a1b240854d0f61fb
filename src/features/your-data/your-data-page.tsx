import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { takePendingFile, usePendingFileStore } from '../../components/pending-file-store';
import { useSettings } from '../../live-queries/use-settings';
import { useI18n } from '../../i18n/use-i18n';
import { BackupSection } from './backup-section';
import { DuplicatesSection } from './duplicates-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { useIncomingFiles } from './incoming-files';
import { RecentImports } from './recent-imports';
import { RestoreSection } from './restore-section';
import './your-data-messages';
import './your-data.css';

/** "Back up now" links here with #backup: land on that section, with focus on its heading. */
function useFocusOnHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '') return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }, [hash]);
}

/** The "Your data" screen: import, export, backup, restore and duplicates, at /settings/data. */
export default function YourDataPage() {
  const { t } = useI18n();
  const settings = useSettings();
  const pending = usePendingFileStore((state) => state.pending);
  const isSharedMissing = useIncomingFiles();
  useFocusOnHash();

  return (
    <section className="page transfer-page" aria-labelledby="transfer-title">
      <h1 id="transfer-title">{t('yourData.title')}</h1>
      <p className="muted">{t('yourData.intro')}</p>
      <ImportSection
        pendingFile={pending?.kind === 'import' ? pending.file : undefined}
        onPendingTaken={takePendingFile}
        notice={isSharedMissing ? t('yourData.import.sharedMissing') : undefined}
      />
      <RecentImports />
      <ExportSection />
      {settings === undefined ? null : <BackupSection settings={settings} />}
      <RestoreSection
        pendingFile={pending?.kind === 'restore' ? pending.file : undefined}
        onPendingTaken={takePendingFile}
      />
      <DuplicatesSection />
    </section>
  );
}
