import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportFormat } from '../../workers/data-file-protocol';
import { exportFileName } from './save-file';
import { useTransferServices } from './transfer-services';
import { askOnce } from './worker-channel';

type Outcome = { message: string; isError: boolean };

/** Everyone as vCard 3.0 or CSV (with formula-injection guards, interop/csv-export.ts). */
export function ExportSection() {
  const { t } = useI18n();
  const { openDataFileChannel, saveFile, now } = useTransferServices();
  const [working, setWorking] = useState<ExportFormat>();
  const [outcome, setOutcome] = useState<Outcome>();

  const download = async (format: ExportFormat) => {
    setWorking(format);
    setOutcome(undefined);
    try {
      const response = await askOnce(openDataFileChannel, { type: 'export', format });
      if (response.type !== 'export-ready') throw new Error(`Unexpected ${response.type}`);
      saveFile(response.file, exportFileName(format, now()));
      setOutcome({ message: t('transfer.export.done', { count: response.count }), isError: false });
    } catch (error) {
      console.error('Ties could not export', error);
      setOutcome({ message: t('transfer.export.failed'), isError: true });
    }
    setWorking(undefined);
  };

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      className="button"
      disabled={working !== undefined}
      onClick={() => {
        void download(format);
      }}
    >
      {working === format ? t('transfer.export.working') : label}
    </button>
  );

  return (
    <section className="card transfer-section" aria-labelledby="transfer-export">
      <h2 id="transfer-export">{t('transfer.export.title')}</h2>
      <p>{t('transfer.export.intro')}</p>
      <div className="transfer-actions">
        {button('vcard', t('transfer.export.vcard'))}
        {button('csv', t('transfer.export.csv'))}
      </div>
      <p role="status" className={outcome?.isError ? 'field-error' : undefined}>
        {outcome?.message}
      </p>
    </section>
  );
}
