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

/**
 * Shown while this version's upgrade of the database waits for a tab still on an older
 * version to let go of it; the app opens by itself as soon as that tab closes or reloads.
 */
export function UpgradeBlockedBanner() {
  const { t } = useI18n();
  return (
    <main className="storage-banner">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('storage.upgradeBlocked')}</p>
    </main>
  );
}
