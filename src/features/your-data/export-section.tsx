import { useI18n } from '../../i18n/use-i18n';
import type { ExportFormat } from '../../workers/data-file-protocol';
import { ExportSome } from './export-some';
import { useExportDownload } from './use-export-download';
import './your-data-messages';

/**
 * Everyone as vCard 3.0 or CSV (with formula-injection guards, interop/csv-export.ts), or
 * only the people chosen in "Export some people".
 */
export function ExportSection() {
  const { t } = useI18n();
  const { working, outcome, download } = useExportDownload();

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      className="button"
      disabled={working !== undefined}
      onClick={() => {
        void download(format);
      }}
    >
      {working === format ? t('yourData.export.working') : label}
    </button>
  );

  return (
    <section className="card transfer-section" aria-labelledby="transfer-export">
      <h2 id="transfer-export">{t('yourData.export.title')}</h2>
      <p>{t('yourData.export.intro')}</p>
      <div className="transfer-actions">
        {button('vcard', t('yourData.export.vcard'))}
        {button('csv', t('yourData.export.csv'))}
      </div>
      <p role="status" className={outcome?.isError ? 'field-error' : undefined}>
        {outcome?.message}
      </p>
      <ExportSome />
    </section>
  );
}
