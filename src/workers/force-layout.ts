// The layout engine behind force-layout.worker.ts: a plain module, so it runs (and is
// tested) in Node as well as in the worker. Messages are in layout-protocol.ts; the forces
// and the starting positions in layout-simulation.ts.
//
// A run ticks the simulation in batches of about BATCH_BUDGET_MS of work. Between batches
// it yields (a MessageChannel task, not requestAnimationFrame, which a worker may lack and
// which would tie the layout to the screen's frame rate), so a 'pin', 'stop' or new 'start'
// gets in between. After each batch it posts one 'tick' with the positions, unless the
// user asked for reduced motion: then only the settled picture is posted. The run settles
// when alpha falls below ALPHA_MIN (or after MAX_TICKS), posts 'settled' and stays idle
// until a pin warms it up again. A new 'start' replaces the run; 'stop' ends it.
// Messages for another run than the current one are ignored; any failure posts 'error'.

import { computeInsights } from '../domain/graph/insights';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';
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

export type LayoutScheduler = {
  /** Runs `task` soon, as a task of its own; returns a function that cancels it. */
  schedule: (task: () => void) => () => void;
  /** A monotonic clock, in ms. */
  now: () => number;
};

export type PostLayoutResponse = (message: LayoutResponse, transfer?: Transferable[]) => void;

export type LayoutEngine = { handle: (message: LayoutRequest) => void };

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
  runId: number;
  bodies: Body[];
  simulation: ReturnType<typeof createSimulation>;
  isReducedMotion: boolean;
  /** Ticks since the run started, woke from rest or was let go (for the cap and 'settled'). */
  ticks: number;
  /** When the run started or last woke from rest (for 'settled' elapsedMs). */
  heatedAt: number;
  held: Set<number>;
  /** Cancels the scheduled batch; undefined while the run is at rest. */
  cancel: (() => void) | undefined;
};

function positionsOf(bodies: readonly Body[]): Float32Array {
  const xy = new Float32Array(bodies.length * 2);
  bodies.forEach((body, index) => {
    xy[2 * index] = body.x ?? Number.NaN;
    xy[2 * index + 1] = body.y ?? Number.NaN;
  });
  return xy;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLayoutEngine(
  post: PostLayoutResponse,
  scheduler: LayoutScheduler = defaultScheduler(),
): LayoutEngine {
  let current: Run | undefined;

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
        const elapsedMs = scheduler.now() - run.heatedAt;
        post({ type: 'settled', runId: run.runId, xy, ticks: run.ticks, elapsedMs }, [xy.buffer]);
        return;
      }
      if (!run.isReducedMotion) {
        post({ type: 'tick', runId: run.runId, xy, alpha: run.simulation.alpha() }, [xy.buffer]);
      }
      run.cancel = scheduler.schedule(() => {
        step(run);
      });
    } catch (error) {
      end(run);
      post({ type: 'error', runId: run.runId, message: messageOf(error) });
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

  function start(message: Extract<LayoutRequest, { type: 'start' }>): void {
    if (current) end(current);
    const { nodes, links, initial } = message;
    assertValidLayout(nodes, links, initial);
    const heatedAt = scheduler.now();
    const radii = ringRadiiOf(nodes);
    const { bodies, knownShare } = placeBodies(nodes, links, initial, radii);
    const alpha = knownShare >= WARM_KNOWN_SHARE ? WARM_ALPHA : 1;
    const run: Run = {
      runId: message.runId,
      bodies,
      simulation: createSimulation(bodies, nodes, links, alpha, radii),
      isReducedMotion: message.isReducedMotion,
      ticks: 0,
      heatedAt,
      held: new Set(),
      cancel: undefined,
    };
    current = run;
    run.cancel = scheduler.schedule(() => {
      step(run);
    });
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

  function answerInsights(message: Extract<LayoutRequest, { type: 'insights' }>): void {
    try {
      const insights = computeInsights(message.graph, message.groupNames);
      post({ type: 'insights', runId: message.runId, insights });
    } catch (error) {
      // Independent of the layout: a failure here leaves any run going.
      post({ type: 'error', runId: message.runId, message: messageOf(error) });
    }
  }

  function handle(message: LayoutRequest): void {
    if (message.type === 'insights') {
      answerInsights(message);
      return;
    }
    try {
      if (message.type === 'start') {
        start(message);
        return;
      }
      const run = current;
      if (run?.runId !== message.runId) return;
      if (message.type === 'stop') end(run);
      else if (message.type === 'pin') pin(run, message.node, message.x, message.y);
      else unpin(run, message.node);
    } catch (error) {
      if (current?.runId === message.runId) end(current);
      post({ type: 'error', runId: message.runId, message: messageOf(error) });
    }
  }

  return { handle };
}
