// The data-file worker: backups, exports and restores (data-file-engine.ts) off the main
// thread. The data screen creates it with
//   new Worker(new URL('../../workers/data-file.worker.ts', import.meta.url), { type: 'module' })
import { createDataFileEngine } from './data-file-engine';
import type { DataFileRequest } from './data-file-protocol';

const engine = createDataFileEngine((response) => {
  self.postMessage(response);
});

self.addEventListener('message', (event: MessageEvent<DataFileRequest>) => {
  void engine.handle(event.data);
});
