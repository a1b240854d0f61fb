// The import worker: a thin shell that hands each message to the engine (import-engine.ts)
// and posts its answers back. The import screen creates one per import with
//   new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' })
// and terminates it to cancel.
import { createImportEngine } from './import-engine';
import type { ImportRequest } from './import-protocol';

const engine = createImportEngine((response) => {
  self.postMessage(response);
});

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void engine.handle(event.data);
});
