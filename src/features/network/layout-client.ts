// The screen's side of the force-layout worker (src/workers/layout-protocol.ts): one worker
// per visit to the network screen, for the layout and for clusters and bridges.
//
// Each layout start and each insights request gets a new run id, and answers carry it, so
// ticks of a run that a newer graph has replaced are dropped here instead of briefly drawing
// the old picture. The worker is started on the first message, not when the client is made,
// so making a client is free of side effects (React may make one and throw it away), and a
// terminated client starts a fresh worker if it is used again.
import type { Graph, GraphInsights } from '../../domain/graph';
import type { Id } from '../../domain/types';
import type {
  LayoutLink,
  LayoutNode,
  LayoutRequest,
  LayoutResponse,
} from '../../workers/layout-protocol';

export type LayoutHandlers = {
  onTick: (xy: Float32Array, alpha: number) => void;
  onSettled: (xy: Float32Array) => void;
  onError: (message: string) => void;
};

export type LayoutClient = {
  /** Who hears about the layout (the graph view); undefined: no one. */
  setLayoutHandlers: (handlers: LayoutHandlers | undefined) => void;
  /** Starts laying out `graph`; `initial` (positions by node index) is transferred. */
  start: (graph: Graph, initial: Float32Array | undefined, isReducedMotion: boolean) => void;
  pin: (node: number, x: number, y: number) => void;
  unpin: (node: number) => void;
  /** Stops the current layout run (the worker stays for the next one). */
  stopLayout: () => void;
  /** Asks for the clusters and bridges of `graph`; only the latest request is answered. */
  requestInsights: (
    graph: Graph,
    groupNames: Record<Id, string>,
    onInsights: (insights: GraphInsights) => void,
  ) => void;
  /** Ends the worker. */
  terminate: () => void;
};

/** Starts the layout worker (a module worker, bundled by Vite from this URL). */
export function startLayoutWorker(): Worker {
  return new Worker(new URL('../../workers/force-layout.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function createLayoutClient(startWorker: () => Worker): LayoutClient {
  let worker: Worker | undefined;
  let runId = 0;
  // Insights runs count down from −1, so that an 'error' answer to one (which carries its
  // run id) is never taken for an error of the layout run with the same number.
  let insightsRunId = 0;
  let handlers: LayoutHandlers | undefined;
  let onInsights: ((insights: GraphInsights) => void) | undefined;

  const onMessage = (event: MessageEvent<LayoutResponse>) => {
    const response = event.data;
    if (response.type === 'insights') {
      if (response.runId === insightsRunId) onInsights?.(response.insights);
      return;
    }
    if (response.runId !== runId || !handlers) return;
    if (response.type === 'tick') handlers.onTick(response.xy, response.alpha);
    else if (response.type === 'settled') handlers.onSettled(response.xy);
    else handlers.onError(response.message);
  };

  const send = (request: LayoutRequest, transfer: Transferable[] = []) => {
    if (!worker) {
      worker = startWorker();
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (event: ErrorEvent) => {
        handlers?.onError(event.message || 'the layout worker stopped');
      });
    }
    worker.postMessage(request, transfer);
  };

  return {
    setLayoutHandlers: (next) => {
      handlers = next;
    },
    start: (graph, initial, isReducedMotion) => {
      runId++;
      const nodes = graph.nodes.map(({ id, isMe, tier, strength }): LayoutNode => ({
        id,
        isMe,
        tier,
        strength,
      }));
      const links = graph.edges.map(({ source, target, weight, kind }): LayoutLink => ({
        source,
        target,
        weight,
        kind,
      }));
      send(
        { type: 'start', runId, nodes, links, initial, isReducedMotion },
        initial ? [initial.buffer] : [],
      );
    },
    pin: (node, x, y) => {
      send({ type: 'pin', runId, node, x, y });
    },
    unpin: (node) => {
      send({ type: 'unpin', runId, node });
    },
    stopLayout: () => {
      if (worker) send({ type: 'stop', runId });
    },
    requestInsights: (graph, groupNames, callback) => {
      insightsRunId--;
      onInsights = callback;
      send({ type: 'insights', runId: insightsRunId, graph, groupNames });
    },
    terminate: () => {
      worker?.terminate();
      worker = undefined;
      onInsights = undefined;
    },
  };
}
