import { useState } from 'react';
import type { StorageEstimate } from '../../db/storage';
import { useI18n } from '../../i18n/use-i18n';
import type { PlainMessageKey } from '../../i18n/translate';
import { formatBytes } from './format-bytes';
import { requestPersistentStorage, type PersistOutcome } from './persist-storage';
import { useStorageEstimate } from './use-storage-estimate';

const OUTCOME_MESSAGES: Record<PersistOutcome, PlainMessageKey> = {
  granted: 'settings.storage.granted',
  denied: 'settings.storage.denied',
  unsupported: 'settings.storage.unsupported',
};

/** Whether the browser keeps Ties' data for sure, how much space it uses, and a way to ask. */
export function StorageSection() {
  const { t } = useI18n();
  const { estimate, refresh } = useStorageEstimate();
  const [outcome, setOutcome] = useState<PersistOutcome>();
  const [isAsking, setIsAsking] = useState(false);

  const keepData = async () => {
    setIsAsking(true);
    setOutcome(await requestPersistentStorage());
    await refresh();
    setIsAsking(false);
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage.title')}</h2>
      {estimate === undefined ? (
        <p className="muted">{t('settings.storage.checking')}</p>
      ) : (
        <StorageFacts estimate={estimate} />
      )}
      {estimate?.isPersistent === true ? null : (
        <button
          type="button"
          className="button"
          disabled={isAsking}
          onClick={() => {
            void keepData();
          }}
        >
          {t('settings.storage.keep')}
        </button>
      )}
      <p role="status" className="settings-outcome">
        {outcome ? t(OUTCOME_MESSAGES[outcome]) : null}
      </p>
    </section>
  );
}

function StorageFacts({ estimate }: { estimate: StorageEstimate }) {
  const { t, formatNumber } = useI18n();
  const { isPersistent, usedBytes, quotaBytes } = estimate;
  const persistence =
    isPersistent === null
      ? t('settings.storage.persistentUnknown')
      : isPersistent
        ? t('settings.storage.persistentYes')
        : t('settings.storage.persistentNo');
  const used =
    usedBytes === null
      ? t('settings.storage.usedUnknown')
      : quotaBytes === null
        ? formatBytes(usedBytes, formatNumber)
        : t('settings.storage.usedOf', {
            used: formatBytes(usedBytes, formatNumber),
            quota: formatBytes(quotaBytes, formatNumber),
          });
  return (
    <dl className="settings-facts">
      <div>
        <dt>{t('settings.storage.persistent')}</dt>
        <dd>{persistence}</dd>
      </div>
      <div>
        <dt>{t('settings.storage.used')}</dt>
        <dd>{used}</dd>
      </div>
    </dl>
  );
}
