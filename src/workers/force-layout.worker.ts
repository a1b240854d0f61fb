// The force-layout worker: a thin shell that hands each message to the engine
// (force-layout.ts) and posts its answers back, transferring the position and edge buffers.
// It reads the graph from IndexedDB itself (Dexie works in a worker). The network screen
// creates it with
//   new Worker(new URL('../../workers/force-layout.worker.ts', import.meta.url), { type: 'module' })
import { createLayoutEngine } from './force-layout';
import type { LayoutRequest } from './layout-protocol';

const engine = createLayoutEngine((message, transfer) => {
  self.postMessage(message, { transfer: transfer ?? [] });
});

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  void engine.handle(event.data);
});
