import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';
import { MainNav } from './main-nav';
import { RoutedScreenBoundary } from './screen-error-boundary';
import { LogSheetHost } from '../features/log/log-sheet-host';
import { UpdatePrompt } from '../features/pwa/update-prompt';
import { InstallHint } from '../features/pwa/install-hint';
import { Toasts } from '../components/toasts';
import { FileDrop } from '../components/file-drop';
import { ConnectionLossBanner } from './connection-loss-banner';

export function AppLayout() {
  const { t } = useI18n();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <ConnectionLossBanner />
      <MainNav />
      <main id="main" className="app-main" tabIndex={-1}>
        <RoutedScreenBoundary>
          <Suspense fallback={<p className="page loading">{t('common.loading')}</p>}>
            <Outlet />
          </Suspense>
        </RoutedScreenBoundary>
      </main>
      <LogSheetHost />
      <UpdatePrompt />
      <InstallHint />
      <Toasts />
      <FileDrop />
    </div>
  );
}
