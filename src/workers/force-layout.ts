// The layout engine behind force-layout.worker.ts: a plain module, so it runs (and is
// tested) in Node as well as in the worker. Messages are in layout-protocol.ts; the forces
// and the starting positions in layout-simulation.ts; reading and rebuilding the graph for a
// 'load' in force-layout-load.ts.
//
// A 'load' reads the graph's rows (only the tables whose version changed), builds the graph,
// posts it, and starts a run from where people are now or were at the end of the last visit.
// If the rebuilt graph has the same people and links as the one being laid out, no new run
// starts: the run carries on under the new run id. The clusters and bridges are posted after
// the run's first batch of positions, so they do not hold back the first picture. A load
// that a newer 'load' or 'start' overtakes while it reads gives up.
//
// A run ticks the simulation in batches of about BATCH_BUDGET_MS of work. Between batches
// it yields (a MessageChannel task, not requestAnimationFrame, which a worker may lack and
// which would tie the layout to the screen's frame rate), so a 'pin', 'stop' or new 'load'
// gets in between. After each batch it posts one 'tick' with the positions, unless the
// user asked for reduced motion: then only the settled picture is posted. The run settles
// when alpha falls below ALPHA_MIN (or after MAX_TICKS), posts 'settled' (a loaded graph's
// positions are saved for the next visit then) and stays idle until a pin warms it up
// again. A new run replaces the old one; 'stop' ends it. Messages for another run than the
// current one are ignored; any failure posts 'error'.

import { saveGraphLayout } from '../db/writes/graph-layout';
import { writeErrorReasonOf, type WriteErrorReason } from '../db/write-errors';
import { buildGraph, computeInsights, groupNamesOf, type Graph } from '../domain/graph';
import type { Id } from '../domain/types';
import { createGraphSource, isSameShape, startingPositions } from './force-layout-load';
import {
  edgeBuffers,
  packEdges,
  type GroupName,
  type LayoutLink,
  type LayoutNode,
  type LayoutRequest,
  type LayoutResponse,
} from './layout-protocol';
import {
  ALPHA_MIN,
  WARM_ALPHA,
  WARM_KNOWN_SHARE,
  assertValidLayout,
  createSimulation,
  placeBodies,
  ringRadiiOf,
  type Body,
} from './layout-simulation';

/** Work per batch of ticks, in ms: leaves room for the worker to read messages at 60 Hz. */
export const BATCH_BUDGET_MS = 12;
/** Ticks after which a run settles even if it is still warm (a safety cap). */
export const MAX_TICKS = 1000;
/** Temperature a pin (or the release of a pin) warms a run up to, at least. */
export const PIN_ALPHA = 0.1;
/** Temperature kept while a node is held, so its neighbours keep following the pointer. */
export const HELD_ALPHA_TARGET = 0.05;

/** Bodies at their starting places, and the rings they were placed on. */
type Placed = { radii: ReturnType<typeof ringRadiiOf> } & ReturnType<typeof placeBodies>;

export type LayoutScheduler = {
  /** Runs `task` soon, as a task of its own; returns a function that cancels it. */
  schedule: (task: () => void) => () => void;
  /** A monotonic clock, in ms. */
  now: () => number;
};

export type PostLayoutResponse = (message: LayoutResponse, transfer?: Transferable[]) => void;

/** What a run needs of its simulation (d3-force's, made by layout-simulation.ts). */
export type LayoutSimulation = {
  tick: () => unknown;
  alpha: { (): number; (alpha: number): unknown };
  alphaTarget: (target: number) => unknown;
};

export type LayoutEngineOptions = {
  scheduler?: LayoutScheduler;
  /** The forces; the screen's component tests put people where they want them instead. */
  createSimulation?: (...args: Parameters<typeof createSimulation>) => LayoutSimulation;
};

export type LayoutEngine = {
  /** Resolves once the message is dealt with (a 'load' once its graph is posted). */
  handle: (message: LayoutRequest) => Promise<void>;
};

/** Yields through a MessageChannel (no 4 ms clamp, unlike nested setTimeout). */
export function defaultScheduler(): LayoutScheduler {
  return {
    schedule(task) {
      if (typeof MessageChannel === 'undefined') {
        const timer = setTimeout(task, 0);
        return () => {
          clearTimeout(timer);
        };
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        task();
      };
      channel.port2.postMessage(null);
      return () => {
        channel.port1.close();
      };
    },
    now: () => performance.now(),
  };
}

type Run = {
  /**
   * The id the run started under, and its latest: a load of the same people and links carries
   * the run on under the load's id. Messages with any id from the first to the latest are the
   * run's (the screen may still be showing the graph of an earlier one).
   */
  firstRunId: number;
  runId: number;
  bodies: Body[];
  simulation: LayoutSimulation;
  isReducedMotion: boolean;
  /** Ticks since the run started, woke from rest or was let go (for the cap and 'settled'). */
  ticks: number;
  /** When the run started or last woke from rest (for 'settled' elapsedMs). */
  heatedAt: number;
  held: Set<number>;
  /** Cancels the scheduled batch; undefined while the run is at rest. */
  cancel: (() => void) | undefined;
  /** True once the first batch is done (the clusters and bridges wait for it). */
  hasBatched: boolean;
  /** The node ids of a loaded graph, whose positions are saved when it settles; else none. */
  ids: Id[] | undefined;
};

type PendingInsights = { runId: number; graph: Graph; groupNames: Record<Id, string> };

function positionsOf(bodies: readonly Body[]): Float32Array {
  const xy = new Float32Array(bodies.length * 2);
  bodies.forEach((body, index) => {
    xy[2 * index] = body.x ?? Number.NaN;
    xy[2 * index + 1] = body.y ?? Number.NaN;
  });
  return xy;
}

/** Logs why a load or a layout failed, and gives the code the screen hears. */
function reasonOf(error: unknown): WriteErrorReason {
  console.error('Ties could not lay out the network', error);
  return writeErrorReasonOf(error);
}

function isOfRun(run: Run, runId: number): boolean {
  return runId >= run.firstRunId && runId <= run.runId;
}

/** Keeps the settled positions for the next visit; saveGraphLayout copies them at once. */
function keepLayout(ids: readonly Id[], xy: Float32Array): void {
  if (ids.length < 2) return; // only the user: nothing worth keeping
  saveGraphLayout(ids, xy).catch((error: unknown) => {
    // A cache: losing it only means a fresh layout next time.
    console.warn('Ties could not keep the graph layout', error);
  });
}

export function createLayoutEngine(
  post: PostLayoutResponse,
  options: LayoutEngineOptions = {},
): LayoutEngine {
  const scheduler = options.scheduler ?? defaultScheduler();
  const simulationOf = options.createSimulation ?? createSimulation;
  const readRows = createGraphSource();
  let current: Run | undefined;
  /** The graph the current run lays out, when it came from a 'load'. */
  let shown: Graph | undefined;
  /** The newest 'load' or 'start': an older load still reading gives up. */
  let newestRunId: number | undefined;
  let pendingInsights: PendingInsights | undefined;
  /** A loaded graph's layout, waiting for the screen's 'ready' for that load. */
  let waiting: (() => void) | undefined;
  let waitingRunId: number | undefined;

  function end(run: Run): void {
    run.cancel?.();
    run.cancel = undefined;
    if (current === run) current = undefined;
  }

  function isSettled(run: Run): boolean {
    // A held node keeps an animated run warm; with reduced motion nothing is shown until
    // the node is let go, so the run may rest meanwhile.
    if (run.held.size > 0 && !run.isReducedMotion) return false;
    return run.simulation.alpha() < ALPHA_MIN || run.ticks >= MAX_TICKS;
  }

  function postInsights(): void {
    const pending = pendingInsights;
    pendingInsights = undefined;
    if (!pending) return;
    try {
      const insights = computeInsights(pending.graph, pending.groupNames);
      post({ type: 'insights', runId: pending.runId, insights });
    } catch (error) {
      // Clusters and bridges are extra: the picture stays, and the panel says it is loading.
      console.error('Ties could not find the clusters and bridges', error);
    }
  }

  function step(run: Run): void {
    run.cancel = undefined;
    if (current !== run) return;
    try {
      const deadline = scheduler.now() + BATCH_BUDGET_MS;
      let hasSettled = false;
      do {
        run.simulation.tick();
        run.ticks += 1;
        hasSettled = isSettled(run);
      } while (!hasSettled && scheduler.now() < deadline);
      const xy = positionsOf(run.bodies);
      if (hasSettled) {
        if (run.ids) keepLayout(run.ids, xy);
        const elapsedMs = scheduler.now() - run.heatedAt;
        post({ type: 'settled', runId: run.runId, xy, ticks: run.ticks, elapsedMs }, [xy.buffer]);
      } else {
        if (!run.isReducedMotion) {
          post({ type: 'tick', runId: run.runId, xy, alpha: run.simulation.alpha() }, [xy.buffer]);
        }
        run.cancel = scheduler.schedule(() => {
          step(run);
        });
      }
    } catch (error) {
      end(run);
      post({ type: 'error', runId: run.runId, reason: reasonOf(error) });
    }
    if (!run.hasBatched) {
      run.hasBatched = true;
      postInsights();
    }
  }

  /** Makes sure the run is ticking, warmed to at least `alpha`. */
  function warm(run: Run, alpha: number): void {
    if (run.simulation.alpha() < alpha) run.simulation.alpha(alpha);
    if (run.cancel !== undefined) return;
    run.ticks = 0;
    run.heatedAt = scheduler.now();
    run.cancel = scheduler.schedule(() => {
      step(run);
    });
  }

  /** Replaces the current run with a new one (throws when the layout does not fit). */
  function begin(
    runId: number,
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
    initial: Float32Array | undefined,
    isReducedMotion: boolean,
    ids: Id[] | undefined,
    placed?: Placed,
  ): void {
    if (current) end(current);
    const heatedAt = scheduler.now();
    const { radii, bodies, knownShare } = placed ?? place(nodes, links, initial);
    const alpha = knownShare >= WARM_KNOWN_SHARE ? WARM_ALPHA : 1;
    const run: Run = {
      firstRunId: runId,
      runId,
      bodies,
      simulation: simulationOf(bodies, nodes, links, alpha, radii),
      isReducedMotion,
      ticks: 0,
      heatedAt,
      held: new Set(),
      cancel: undefined,
      hasBatched: false,
      ids,
    };
    current = run;
    run.cancel = scheduler.schedule(() => {
      step(run);
    });
  }

  /** Where a run starts: the known positions, everyone else seeded (layout-simulation.ts). */
  function place(
    nodes: readonly LayoutNode[],
    links: readonly LayoutLink[],
    initial: Float32Array | undefined,
  ): Placed {
    assertValidLayout(nodes, links, initial);
    const radii = ringRadiiOf(nodes);
    return { radii, ...placeBodies(nodes, links, initial, radii) };
  }

  function start(message: Extract<LayoutRequest, { type: 'start' }>): void {
    newestRunId = message.runId;
    shown = undefined;
    pendingInsights = undefined;
    // A graph handed over for layout alone is not the user's: its positions are not saved.
    const { runId, nodes, links, initial, isReducedMotion } = message;
    begin(runId, nodes, links, initial, isReducedMotion, undefined);
  }

  function postGraph(
    runId: number,
    graph: Graph,
    groups: GroupName[],
    isNewLayout: boolean,
    initial: Float32Array | undefined,
  ): void {
    const edges = packEdges(graph.edges);
    const transfer: Transferable[] = edgeBuffers(edges);
    if (initial) transfer.push(initial.buffer);
    post(
      { type: 'graph', runId, nodes: graph.nodes, edges, groups, isNewLayout, initial },
      transfer,
    );
  }

  async function load(message: Extract<LayoutRequest, { type: 'load' }>): Promise<void> {
    const { runId } = message;
    newestRunId = runId;
    try {
      const rows = await readRows(message.versions);
      if (newestRunId !== runId) return;
      const graph = buildGraph({
        ...rows,
        now: message.now,
        timeZone: message.timeZone,
        settings: message.settings,
        meLabel: message.meLabel,
      });
      const groups = rows.groups.map(({ id, name }) => ({ id, name }));
      const insights = { runId, graph, groupNames: groupNamesOf(rows.groups) };
      const run = current;
      if (run?.ids && shown && isSameShape(shown, graph)) {
        // The same people and links: the layout carries on, under this load's id.
        run.runId = runId;
        shown = graph;
        postGraph(runId, graph, groups, false, undefined);
        pendingInsights = insights;
        if (run.hasBatched) postInsights();
        return;
      }
      const ids = graph.nodes.map((node) => node.id);
      const now = run?.ids ? { ids: run.ids, xy: positionsOf(run.bodies) } : undefined;
      const initial = await startingPositions(ids, now);
      if (newestRunId !== runId) return;
      shown = graph;
      pendingInsights = insights;
      // Everyone's starting place goes with the graph, so the screen draws the first picture
      // while the layout waits for 'ready': the first drawing of a graph is the costliest,
      // and done then it holds back no frame of the motion. With reduced motion the first
      // picture is the settled one, as before.
      let placed: Placed | undefined;
      let starts: Float32Array | undefined = initial?.slice();
      if (!message.isReducedMotion) {
        try {
          placed = place(graph.nodes, graph.edges, initial);
          starts = positionsOf(placed.bodies);
        } catch {
          // begin() below meets the same problem and reports it.
        }
      }
      postGraph(runId, graph, groups, true, starts);
      // The layout moves once the screen has taken the graph in (see 'ready').
      if (current) end(current);
      waiting = () => {
        try {
          begin(runId, graph.nodes, graph.edges, initial, message.isReducedMotion, ids, placed);
        } catch (error) {
          shown = undefined;
          post({ type: 'error', runId, reason: reasonOf(error) });
          postInsights();
        }
      };
      waitingRunId = runId;
    } catch (error) {
      if (newestRunId === runId) post({ type: 'error', runId, reason: reasonOf(error) });
    }
  }

  function bodyOf(run: Run, node: number): Body {
    const body = run.bodies[node];
    if (!Number.isInteger(node) || body === undefined) {
      throw new RangeError(`No node ${node} in a layout of ${run.bodies.length} nodes`);
    }
    return body;
  }

  function pin(run: Run, node: number, x: number, y: number): void {
    const body = bodyOf(run, node);
    if (body.isMe) return; // the user stays at the centre
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new RangeError(`Cannot pin node ${node} at (${x}, ${y})`);
    }
    body.fx = body.x = x;
    body.fy = body.y = y;
    run.held.add(node);
    if (run.isReducedMotion) return; // moved now, the rest follows once let go
    run.simulation.alphaTarget(HELD_ALPHA_TARGET);
    warm(run, PIN_ALPHA);
  }

  function unpin(run: Run, node: number): void {
    const body = bodyOf(run, node);
    if (!run.held.delete(node)) return;
    body.fx = null;
    body.fy = null;
    if (run.held.size === 0) {
      run.simulation.alphaTarget(0);
      // A long drag must not use up the tick cap: the layout still has to cool down.
      run.ticks = 0;
    }
    warm(run, PIN_ALPHA);
  }

  function handleNow(message: Exclude<LayoutRequest, { type: 'load' }>): void {
    try {
      if (message.type === 'start') {
        waiting = undefined;
        start(message);
        return;
      }
      if (message.type === 'ready') {
        const next = waiting;
        if (next === undefined || message.runId !== waitingRunId) return;
        waiting = undefined;
        next();
        return;
      }
      if (message.type === 'stop' && message.runId === waitingRunId) waiting = undefined;
      const run = current;
      if (!run || !isOfRun(run, message.runId)) return;
      if (message.type === 'stop') end(run);
      else if (message.type === 'pin') pin(run, message.node, message.x, message.y);
      else unpin(run, message.node);
    } catch (error) {
      if (current && isOfRun(current, message.runId)) end(current);
      post({ type: 'error', runId: message.runId, reason: reasonOf(error) });
    }
  }

  return {
    handle(message) {
      if (message.type === 'load') return load(message);
      handleNow(message);
      return Promise.resolve();
    },
  };
}
