import { useEffect, useState } from 'react';
import { openDatabase, type StorageState } from '../db/open';
import { useStoredSettings } from '../live-queries/use-settings';
import { I18nProvider } from '../i18n/i18n-provider';
import { languageFromBrowser } from '../i18n/translate';
import { AppRoutes } from './router';
import { ErrorBoundary, ScreenError } from './screen-error-boundary';
import { StorageBanner, UpgradeBlockedBanner } from './storage-banner';

export function App() {
  const [storage, setStorage] = useState<StorageState | 'opening' | 'blocked'>('opening');

  useEffect(() => {
    const onBlocked = () => {
      setStorage((current) => (current === 'opening' ? 'blocked' : current));
    };
    void openDatabase(onBlocked).then(setStorage);
  }, []);

  if (storage === 'opening') return null;
  if (storage === 'ok') return <ReadyApp />;
  return (
    <I18nProvider language={languageFromBrowser(navigator.languages)}>
      {storage === 'blocked' ? <UpgradeBlockedBanner /> : <StorageBanner />}
    </I18nProvider>
  );
}

function ReadyApp() {
  // One read of the settings row: the language is decided once it has been read, so that
  // only that language's messages load.
  const stored = useStoredSettings();
  const settings = stored?.settings;
  const language =
    stored === undefined
      ? undefined
      : (settings?.language ?? languageFromBrowser(navigator.languages));
  const theme = settings?.theme ?? 'system';

  useEffect(() => {
    if (language !== undefined) document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (language === undefined) return null;
  // The last resort, should the shell itself fail: the routed screens have their own.
  return (
    <I18nProvider language={language}>
      <ErrorBoundary fallback={<ScreenError isOutsideRouter />}>
        <AppRoutes />
      </ErrorBoundary>
    </I18nProvider>
  );
}
