import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useHasInputLostOnReload } from '../components/unsaved-input-store';
import { useConnectionLoss } from '../live-queries/use-connection-loss';
import { useI18n } from '../i18n/use-i18n';
import './connection-loss-banner.css';

/**
 * Shown for good once another tab has closed this tab's database (it upgraded it, or deleted
 * it): this tab can no longer save and only a reload brings it back. Nothing on screen goes
 * away meanwhile: the forms keep their input, and a save names the closed database. When a
 * form holds input that a reload would lose, Reload asks once more before it reloads.
 */
export function ConnectionLossBanner() {
  const { t } = useI18n();
  const loss = useConnectionLoss();
  const isInputAtRisk = useHasInputLostOnReload();
  const [isConfirming, setConfirming] = useState(false);
  const host = useHostAtPageStart(loss !== null);
  if (loss === null) return null;

  const reload = () => {
    if (isInputAtRisk && !isConfirming) {
      setConfirming(true);
      return;
    }
    window.location.reload();
  };

  return createPortal(
    <section className="connection-loss" aria-label={t('connectionLoss.label')}>
      <p role="alert">
        {t(loss === 'deleted' ? 'connectionLoss.deleted' : 'connectionLoss.newerVersion')}{' '}
        {t(isInputAtRisk ? 'connectionLoss.inputAtRisk' : 'connectionLoss.inputKept')}
      </p>
      {isConfirming && isInputAtRisk ? (
        <p className="connection-loss-note">{t('connectionLoss.confirmLoss')}</p>
      ) : null}
      <button type="button" className="button primary" onClick={reload}>
        {t(isConfirming && isInputAtRisk ? 'connectionLoss.reloadAnyway' : 'connectionLoss.reload')}
      </button>
    </section>,
    host,
  );
}

/**
 * A place for the banner of its own, first in the page, put there only once it is needed.
 * The log sheet is modal: when it opens it makes inert everything then in the page, the app
 * included. An element put in after that stays reachable above the sheet, so a tab that
 * loses its database while the sheet is open can still be reloaded.
 */
function useHostAtPageStart(isNeeded: boolean): HTMLElement {
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'connection-loss-host';
    return element;
  });
  useEffect(() => {
    if (!isNeeded) return;
    document.body.prepend(host);
    return () => {
      host.remove();
    };
  }, [host, isNeeded]);
  return host;
}
