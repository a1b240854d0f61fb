import { useI18n } from '../i18n/use-i18n';

/** Shown instead of the app when IndexedDB cannot be opened: never a white screen. */
export function StorageBanner() {
  const { t } = useI18n();
  return (
    <main className="storage-banner">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('storage.unavailable')}</p>
    </main>
  );
}
