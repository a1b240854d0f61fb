// What the Your data screen needs from the outside world, in one context: the two workers,
// saving a file, and the phone's Contact Picker. The app uses the real ones; component tests
// provide in-process channels running the same engines, a saveFile that records, and a fake
// picker, so the whole flow is tested without a Worker or a download.
import { createContext, use } from 'react';
import type { DataFileRequest, DataFileResponse } from '../../workers/data-file-protocol';
import type { ImportRequest, ImportResponse } from '../../workers/import-protocol';
import { browserContactPicker, type ContactPicker } from './phone-contacts';
import { saveFile } from './save-file';
import { workerChannel, type OpenChannel } from './worker-channel';

export type TransferServices = {
  openImportChannel: OpenChannel<ImportRequest, ImportResponse>;
  openDataFileChannel: OpenChannel<DataFileRequest, DataFileResponse>;
  saveFile: (file: Blob, fileName: string) => void;
  /** The Contact Picker, or undefined where the browser has none. */
  contactPicker: () => ContactPicker | undefined;
  now: () => number;
};

export const browserTransferServices: TransferServices = {
  openImportChannel: workerChannel<ImportRequest, ImportResponse>(
    () =>
      new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' }),
  ),
  openDataFileChannel: workerChannel<DataFileRequest, DataFileResponse>(
    () =>
      new Worker(new URL('../../workers/data-file.worker.ts', import.meta.url), {
        type: 'module',
      }),
  ),
  saveFile,
  contactPicker: browserContactPicker,
  now: () => Date.now(),
};

export const TransferServicesContext = createContext<TransferServices>(browserTransferServices);

export function useTransferServices(): TransferServices {
  return use(TransferServicesContext);
}
