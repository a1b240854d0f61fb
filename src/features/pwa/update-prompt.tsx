import { useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../../i18n/use-i18n';
import { hasUnsavedInput, useHasUnsavedInput } from '../../components/unsaved-input-store';
import { useConnectionLoss } from '../../live-queries/use-connection-loss';
import { usePeriodicUpdateCheck } from './use-periodic-update-check';
import { useUpdateTakenElsewhere } from './use-update-taken-elsewhere';
import './pwa.css';

/**
 * Registers the service worker and offers a waiting update with Reload / Later. It never
 * reloads a page that holds unsaved input (see components/unsaved-input-store.ts): Reload
 * then says to save or discard first. If another tab activates the update meanwhile, this
 * tab keeps the prompt instead of reloading by itself (or reloads at once when it holds no
 * unsaved input, so it does not go on running code whose files the new version replaced).
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const hasUnsaved = useHasUnsavedInput();
  const connectionLoss = useConnectionLoss();
  const [registration, setRegistration] = useState<ServiceWorkerRegistration>();
  const [isReloadBlocked, setReloadBlocked] = useState(false);
  // True once the new version controls this page: then a plain reload picks it up.
  const [isUpdateActive, setUpdateActive] = useState(false);
  // Set when this tab pressed Reload: then this tab's own listener reloads it.
  const isReloadRequested = useRef(false);

  // Another tab (or a second window) activated the update under this page. Workbox and the
  // page's own listener may both report it; the first report decides.
  const isTakenElsewhere = useRef(false);
  const onTakenElsewhere = () => {
    if (isReloadRequested.current || isTakenElsewhere.current) return;
    isTakenElsewhere.current = true;
    if (hasUnsavedInput()) {
      setUpdateActive(true);
      setNeedRefresh(true);
    } else {
      window.location.reload();
    }
  };

  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, swRegistration) => {
      setRegistration(swRegistration);
    },
    onNeedReload: onTakenElsewhere,
  });
  useUpdateTakenElsewhere(onTakenElsewhere);
  usePeriodicUpdateCheck(registration);

  // Once another tab has closed this tab's database, the shell's banner asks for the reload.
  if (!needRefresh || connectionLoss !== null) return null;

  const reload = () => {
    if (hasUnsavedInput()) {
      setReloadBlocked(true);
      return;
    }
    if (isUpdateActive) {
      window.location.reload();
      return;
    }
    // Activate the waiting worker and reload once it controls the page. Workbox's own
    // reload only fires when the page was controlled at registration, which is not the
    // case on the very first visit, so this listens for the change itself.
    isReloadRequested.current = true;
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => {
          window.location.reload();
        },
        { once: true },
      );
    }
    void updateServiceWorker();
  };

  return (
    <section className="pwa-banner pwa-update" aria-label={t('pwa.update.label')}>
      <p role="status">{t('pwa.update.ready')}</p>
      <div className="pwa-banner-actions">
        <button type="button" className="button primary" onClick={reload}>
          {t('pwa.update.reload')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setReloadBlocked(false);
            setNeedRefresh(false);
          }}
        >
          {t('pwa.update.later')}
        </button>
      </div>
      {isReloadBlocked && hasUnsaved ? (
        <p className="pwa-banner-note" role="alert">
          {t('pwa.update.saveFirst')}
        </p>
      ) : null}
    </section>
  );
}
