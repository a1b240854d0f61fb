// Exporting people as a file, made in the data-file worker: everyone, or only the chosen ids.
import { useState } from 'react';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportFormat } from '../../workers/data-file-protocol';
import { exportFileName } from './save-file';
import { useTransferServices } from './your-data-services';
import { askOnce } from './worker-channel';
import './your-data-messages';

export type ExportOutcome = { message: string; isError: boolean };

export type ExportDownload = {
  /** The format being made, while the worker makes it. */
  working: ExportFormat | undefined;
  outcome: ExportOutcome | undefined;
  /** Without ids: everyone not deleted. With ids: only those people, in that order. */
  download: (format: ExportFormat, ids?: Id[]) => Promise<void>;
};

export function useExportDownload(): ExportDownload {
  const { t, language } = useI18n();
  const { openDataFileChannel, saveFile, now } = useTransferServices();
  const [working, setWorking] = useState<ExportFormat>();
  const [outcome, setOutcome] = useState<ExportOutcome>();

  const download = async (format: ExportFormat, ids?: Id[]) => {
    setWorking(format);
    setOutcome(undefined);
    try {
      const response = await askOnce(openDataFileChannel, {
        type: 'export',
        format,
        ids,
        language,
      });
      if (response.type !== 'export-ready') throw new Error(`Unexpected ${response.type}`);
      saveFile(response.file, exportFileName(format, now()));
      setOutcome({ message: t('yourData.export.done', { count: response.count }), isError: false });
    } catch (error) {
      console.error('Ties could not export', error);
      setOutcome({ message: t('yourData.export.failed'), isError: true });
    }
    setWorking(undefined);
  };

  return { working, outcome, download };
}
