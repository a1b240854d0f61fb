// The screen's side of the force-layout worker (src/workers/layout-protocol.ts): one worker
// per visit to the network screen. The screen asks it for the graph ('load'); the client keeps
// what the worker said last — the graph, its clusters and bridges, the latest positions — for
// React (subscribe and getSnapshot, as useSyncExternalStore wants them) and for the graph
// view, which follows the positions of the graph it shows.
//
// Every 'load' and 'start' gets a new run id, and answers carry it. The worker posts a graph
// only for the newest load it knows of, in order, so each graph it posts is taken: a graph
// whose load the screen has since replaced still brings the run whose positions the next
// graph of the same shape carries on. A layout run may answer to several ids (a load of the
// same people and links carries the run on), so the positions of any id of the current run
// reach a view that follows any id of it. Positions that come before the view has taken the graph in (React
// renders it a little later) are kept, and follow() hands the latest one over.
//
// The worker is started on the first message, not when the client is made, so making a client
// is free of side effects (React may make one and throw it away), and a terminated client
// starts a fresh worker if it is used again.
import type { WriteErrorReason } from '../../db/write-errors';
import type { Graph, GraphInsights } from '../../domain/graph';
import {
  unpackEdges,
  type GraphLoad,
  type GroupName,
  type LayoutLink,
  type LayoutNode,
  type LayoutRequest,
  type LayoutResponse,
} from '../../workers/layout-protocol';

export type LayoutHandlers = {
  onTick: (xy: Float32Array, alpha: number) => void;
  onSettled: (xy: Float32Array) => void;
  onError: (reason: WriteErrorReason) => void;
};

/** A graph as the worker built it. */
export type LoadedGraph = {
  runId: number;
  /** The layout run that places it: graphs with the same layoutId share their positions. */
  layoutId: number;
  graph: Graph;
  /** The live groups, in id order (the group filter). */
  groups: GroupName[];
  /** Where its layout started, by node index (NaN for someone new), or undefined. */
  initial: Float32Array | undefined;
};

export type NetworkSnapshot = {
  loaded: LoadedGraph | undefined;
  /** The clusters and bridges found last, with the graph they were found in. */
  insights: { graph: Graph; insights: GraphInsights } | undefined;
  /** Why the graph could not be read or built, when that is so (the worker logged the cause). */
  loadError: WriteErrorReason | undefined;
};

export type LayoutClient = {
  /** Asks for the graph (again): answered in the snapshot, then by positions. */
  load: (request: GraphLoad) => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => NetworkSnapshot;
  /** Who hears about the layout (the graph view); undefined: no one. */
  setLayoutHandlers: (handlers: LayoutHandlers | undefined) => void;
  /** The view shows the graph of run `runId` now: it gets that layout's positions. */
  follow: (runId: number) => void;
  /** Lays out `graph` alone, with no database; `initial` is transferred. */
  start: (graph: Graph, initial: Float32Array | undefined, isReducedMotion: boolean) => void;
  pin: (node: number, x: number, y: number) => void;
  unpin: (node: number) => void;
  /** Ends the worker. */
  terminate: () => void;
};

type PositionsResponse = Extract<LayoutResponse, { type: 'tick' | 'settled' | 'error' }>;

const NOTHING_YET: NetworkSnapshot = {
  loaded: undefined,
  insights: undefined,
  loadError: undefined,
};

/** Starts the layout worker (a module worker, bundled by Vite from this URL). */
export function startLayoutWorker(): Worker {
  return new Worker(new URL('../../workers/force-layout.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function createLayoutClient(startWorker: () => Worker): LayoutClient {
  let worker: Worker | undefined;
  /** The newest request's run id. */
  let runId = 0;
  /** The ids the worker's current layout run answers to, from its first to its latest. */
  let layoutRun: { firstRunId: number; runId: number } | undefined;
  /** The latest positions (or failure) of that run. */
  let latest: PositionsResponse | undefined;
  /** The run id of the graph the view shows. */
  let followed: number | undefined;
  let handlers: LayoutHandlers | undefined;
  let snapshot = NOTHING_YET;
  const listeners = new Set<() => void>();

  /** Insights that arrived while the layout was still moving (see onMessage). */
  let pendingInsights: NetworkSnapshot['insights'];

  const update = (changes: Partial<NetworkSnapshot>) => {
    snapshot = { ...snapshot, ...changes };
    for (const listener of listeners) listener();
  };

  const isOfLayoutRun = (id: number | undefined): boolean =>
    id !== undefined &&
    layoutRun !== undefined &&
    id >= layoutRun.firstRunId &&
    id <= layoutRun.runId;

  const forward = (response: PositionsResponse) => {
    if (!handlers || !isOfLayoutRun(followed)) return;
    if (response.type === 'tick') handlers.onTick(response.xy, response.alpha);
    else if (response.type === 'settled') handlers.onSettled(response.xy);
    else handlers.onError(response.reason);
  };

  const onGraph = (response: Extract<LayoutResponse, { type: 'graph' }>) => {
    // Graphs come in the order of their loads; nothing older than the current one counts.
    if (layoutRun && response.runId <= layoutRun.runId) return;
    if (response.isNewLayout || !layoutRun) {
      layoutRun = { firstRunId: response.runId, runId: response.runId };
      latest = undefined;
    } else {
      layoutRun = { ...layoutRun, runId: response.runId };
    }
    const graph: Graph = { nodes: response.nodes, edges: unpackEdges(response.edges) };
    update({
      loaded: {
        runId: response.runId,
        layoutId: layoutRun.firstRunId,
        graph,
        groups: response.groups,
        initial: response.initial,
      },
      loadError: undefined,
    });
  };

  const onMessage = (event: MessageEvent<LayoutResponse>) => {
    const response = event.data;
    if (response.type === 'graph') {
      onGraph(response);
    } else if (response.type === 'insights') {
      const { loaded } = snapshot;
      if (loaded?.runId !== response.runId) return;
      const insights = { graph: loaded.graph, insights: response.insights };
      // Clusters and bridges re-render the panel and the scene (30 ms and more on a phone):
      // while the picture still moves, that would drop frames, so they wait until it rests.
      if (latest?.type === 'tick' && isOfLayoutRun(latest.runId)) pendingInsights = insights;
      else update({ insights });
    } else if (isOfLayoutRun(response.runId)) {
      latest = response;
      forward(response);
      if (response.type !== 'tick' && pendingInsights) {
        const insights = pendingInsights;
        pendingInsights = undefined;
        if (snapshot.loaded?.graph === insights.graph) update({ insights });
      }
    } else if (response.type === 'error' && response.runId === runId) {
      // Before its graph: the newest load could not be read or built.
      update({ loadError: response.reason });
    }
  };

  const send = (request: LayoutRequest, transfer: Transferable[] = []) => {
    if (!worker) {
      worker = startWorker();
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (event: ErrorEvent) => {
        console.error('The Ties layout worker stopped', event.message);
        if (snapshot.loaded) handlers?.onError('unknown');
        else update({ loadError: 'unknown' });
      });
    }
    worker.postMessage(request, transfer);
  };

  return {
    load: (request) => {
      runId++;
      send({ type: 'load', runId, ...request });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    setLayoutHandlers: (next) => {
      handlers = next;
    },
    follow: (id) => {
      followed = id;
      // The view has the graph of this load now: its layout may start moving.
      if (worker) worker.postMessage({ type: 'ready', runId: id } satisfies LayoutRequest);
      if (latest) forward(latest);
    },
    start: (graph, initial, isReducedMotion) => {
      runId++;
      layoutRun = { firstRunId: runId, runId };
      latest = undefined;
      followed = runId;
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
      if (followed !== undefined) send({ type: 'pin', runId: followed, node, x, y });
    },
    unpin: (node) => {
      if (followed !== undefined) send({ type: 'unpin', runId: followed, node });
    },
    terminate: () => {
      // Whatever the ended worker had posted already is not heard.
      worker?.removeEventListener('message', onMessage);
      worker?.terminate();
      worker = undefined;
      layoutRun = undefined;
      latest = undefined;
      followed = undefined;
    },
  };
}
