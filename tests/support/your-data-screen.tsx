// Shared setup for the Your data screen's component tests. jsdom has no Worker, so the
// screens get channels that run the real worker engines (workers/import-engine.ts,
// data-file-engine.ts) in-process, against the same fake-indexeddb database, answering on a
// later turn of the event loop as a worker would. Files "saved" are recorded instead of
// downloaded.
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { useToastStore } from '../../src/components/toast-store';
import { Toasts } from '../../src/components/toasts';
import { usePendingFileStore } from '../../src/components/pending-file-store';
import YourDataPage from '../../src/features/your-data/your-data-page';
import type { ContactPicker } from '../../src/features/your-data/phone-contacts';
import {
  TransferServicesContext,
  type TransferServices,
} from '../../src/features/your-data/your-data-services';
import type { Channel, OpenChannel } from '../../src/features/your-data/worker-channel';
import { I18nProvider } from '../../src/i18n/i18n-provider';
import type { Language } from '../../src/domain/types';
import { createDataFileEngine } from '../../src/workers/data-file-engine';
import { createImportEngine } from '../../src/workers/import-engine';
import { freshDatabase } from './log-seed';

type Engine<Request> = { handle: (request: Request) => Promise<void> };

/** How many channels were opened and closed (a closed channel is a terminated worker). */
export type ChannelLog = { opened: number; closed: number };

export function inProcessChannel<Request, Response>(
  createEngine: (post: (response: Response) => void) => Engine<Request>,
  log: ChannelLog = { opened: 0, closed: 0 },
): OpenChannel<Request, Response> {
  return (onResponse) => {
    log.opened++;
    let isClosed = false;
    const engine = createEngine((response) => {
      setTimeout(() => {
        if (!isClosed) onResponse(response);
      }, 0);
    });
    return {
      send: (request) => {
        setTimeout(() => {
          if (!isClosed) void engine.handle(request);
        }, 0);
      },
      close: () => {
        if (!isClosed) log.closed++;
        isClosed = true;
      },
    };
  };
}

/** A channel the test drives by hand: it records requests and posts what the test says. */
export function manualChannel<Request, Response>() {
  const requests: Request[] = [];
  const state: {
    respond: ((response: Response) => void) | undefined;
    isClosed: boolean;
  } = { respond: undefined, isClosed: false };
  const open: OpenChannel<Request, Response> = (onResponse): Channel<Request> => {
    state.respond = onResponse;
    state.isClosed = false;
    return {
      send: (request) => {
        requests.push(request);
      },
      close: () => {
        state.isClosed = true;
      },
    };
  };
  return { open, requests, state };
}

export type SavedFile = { file: Blob; fileName: string };

export function testServices(changes: Partial<TransferServices> = {}) {
  const saved: SavedFile[] = [];
  const importLog: ChannelLog = { opened: 0, closed: 0 };
  const services: TransferServices = {
    openImportChannel: inProcessChannel(createImportEngine, importLog),
    openDataFileChannel: inProcessChannel(createDataFileEngine),
    saveFile: (file, fileName) => {
      saved.push({ file, fileName });
    },
    contactPicker: (): ContactPicker | undefined => undefined,
    now: () => Date.UTC(2025, 2, 14, 12),
    ...changes,
  };
  return { services, saved, importLog };
}

export async function setUpTransferTest() {
  useToastStore.setState({ toasts: [] });
  usePendingFileStore.setState({ pending: undefined });
  await freshDatabase();
}

export function renderYourDataPage(
  services: TransferServices,
  { language = 'en', path = '/settings/data' }: { language?: Language; path?: string } = {},
) {
  return render(
    <I18nProvider language={language}>
      <TransferServicesContext value={services}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/settings/data" element={<YourDataPage />} />
          </Routes>
        </MemoryRouter>
      </TransferServicesContext>
      <Toasts />
    </I18nProvider>,
  );
}

/** A file as the picker would give it (jsdom's File). */
export function textFile(text: string, name: string, type = 'text/plain'): File {
  return new File([text], name, { type });
}

export function bytesFile(bytes: number[], name: string, type = 'text/csv'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** Reads a recorded Blob's text (jsdom's Blob has no text()). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as string);
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'));
    };
    reader.readAsText(blob);
  });
}

/** A LinkedIn Connections.csv as LinkedIn writes it: a notes paragraph, then the header. */
export function linkedInCsv(rows: string[]): string {
  return [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
  ].join('\n');
}
