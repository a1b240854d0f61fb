// Benchmark probe page for bench/graph.mjs, served on the app's own origin (under
// /__bench-graph/), so it works on the app's IndexedDB database 'ties' through the app's own
// code. Parameters come in the hash (the app's service worker answers a navigation with a
// query string with the app shell). One job per load:
//   #job=layout&people=2000&edges=10000&seed=1&fresh=2&warm=3
//       the force layout alone: the real worker, started through the screen's own layout
//       client (src/features/network/layout-client.ts) with buildGraph(generateGraphInput())
//       — `fresh` runs with no positions (a first visit; the first one also starts the
//       worker), then `warm` runs each from the settled positions of the run before. Times
//       'start' → 'settled' on the main thread, the worker's own elapsedMs, and the main
//       thread's long tasks meanwhile; and buildGraph's main-thread time on that input.
//   #job=seed&people=2000&edges=10000&seed=1
//       writes that same network into IndexedDB with the demo's write path (so the network
//       screen shows it) and removes any saved graph layout.
//   #job=counts
//       reads what the layout worker reads (src/db/reads/graph.ts) and builds the graph as
//       the screen does: node and edge counts, and the read and build times.
//   #job=clear-layout
//       removes the saved graph layout, so the next visit lays the graph out from scratch.
import { db } from '../../src/db/db';
import { startEmpty, writeNetwork } from '../../src/db/writes/demo';
import {
  readGraphGroups,
  readGraphPeople,
  readGraphRelations,
  readGraphTouches,
} from '../../src/db/reads/graph';
import { openDatabase } from '../../src/db/open';
import { generateNetwork } from '../../src/domain/demo/generate-network';
import { buildGraph, type Graph, type GraphRelation } from '../../src/domain/graph';
import { GENERATED_TIME_ZONE, generateGraphInput } from '../../src/domain/graph/generate';
import { localDayNumber, startOfLocalDay } from '../../src/domain/tie-health';
import type { Relation } from '../../src/domain/types';
import { createLayoutClient, startLayoutWorker } from '../../src/features/network/layout-client';
import type { LayoutResponse } from '../../src/workers/layout-protocol';
import { reportState } from './report-state';

const params = new URLSearchParams(location.hash.slice(1));
const numberParam = (name: string, fallback: number) => Number(params.get(name) ?? fallback);
const PEOPLE = numberParam('people', 2000);
const EDGES = numberParam('edges', 10_000);
const SEED = numberParam('seed', 1);
/** What generateGraphInput asks the demo generator for: touches per person (generate.ts). */
const TOUCHES_PER_PERSON = 8;
/** Long tasks: the Long Tasks API reports main-thread tasks of more than 50 ms. */
const LONG_TASK_MS = 50;

type LongTask = { startTime: number; duration: number };

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

/**
 * Long tasks that began from `from` until `to`, and the longest task overlapping that time
 * (which may have begun before: the task that started the run).
 */
function tasksDuring(from: number, to: number) {
  const begun = longTasks.filter((task) => task.startTime >= from && task.startTime < to);
  const overlapping = longTasks.filter(
    (task) => task.startTime < to && task.startTime + task.duration > from,
  );
  return {
    count: begun.filter((task) => task.duration > LONG_TASK_MS).length,
    longestMs: Math.max(0, ...begun.map((task) => task.duration)),
    longestOverlappingMs: Math.max(0, ...overlapping.map((task) => task.duration)),
  };
}

function timed<T>(work: () => T): [number, T] {
  const startedAt = performance.now();
  const result = work();
  return [performance.now() - startedAt, result];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

type Settled = Extract<LayoutResponse, { type: 'settled' }> & { receivedAt: number };

async function layoutProbe() {
  const fresh = numberParam('fresh', 2);
  const warm = numberParam('warm', 3);
  const [generateMs, input] = timed(() => generateGraphInput(PEOPLE, EDGES, SEED));
  // The first build runs cold code, as on a first visit; the later ones show the steady cost.
  const buildMs: number[] = [];
  let graph: Graph | undefined;
  for (let build = 0; build < 5; build++) {
    const [ms, built] = timed(() => buildGraph(input));
    buildMs.push(ms);
    graph = built;
  }
  if (!graph) throw new Error('No graph was built');
  // Generating and building ran in this same task: a pause ends it, so that it is not counted
  // as a long task of the first run.
  await pause(200);

  let onResponse: ((response: LayoutResponse, receivedAt: number) => void) | undefined;
  const layout = createLayoutClient(() => {
    const worker = startLayoutWorker();
    worker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      onResponse?.(event.data, performance.now());
    });
    return worker;
  });
  layout.setLayoutHandlers({
    onTick: () => undefined,
    onSettled: () => undefined,
    onError: () => undefined,
  });

  const runs = [];
  let positions: Float32Array | undefined;
  for (let run = 0; run < fresh + warm; run++) {
    const isFresh = run < fresh;
    let firstTickAt = NaN;
    let tickMessages = 0;
    const settled = new Promise<Settled>((resolve, reject) => {
      onResponse = (response, receivedAt) => {
        if (response.type === 'tick') {
          tickMessages++;
          if (Number.isNaN(firstTickAt)) firstTickAt = receivedAt;
        } else if (response.type === 'settled') {
          resolve({ ...response, receivedAt });
        } else if (response.type === 'error') {
          reject(new Error(`The layout failed: ${response.reason}`));
        }
      };
    });
    const initial = isFresh ? undefined : positions?.slice();
    const startedAt = performance.now();
    layout.start(graph, initial, false);
    const startCallMs = performance.now() - startedAt;
    const done = await settled;
    positions = done.xy;
    // The browser delivers long-task entries a little after the task.
    await pause(100);
    runs.push({
      from: isFresh ? 'no positions' : 'settled positions of the run before',
      isWorkerStart: run === 0,
      settleMs: done.receivedAt - startedAt,
      workerElapsedMs: done.elapsedMs,
      firstTickMs: firstTickAt - startedAt,
      ticks: done.ticks,
      tickMessages,
      startCallMs,
      longTasks: tasksDuring(startedAt, done.receivedAt),
    });
  }
  layout.terminate();
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    personEdges: graph.edges.filter((edge) => edge.kind !== 'tie').length,
    generateMs,
    buildGraphMs: buildMs,
    runs,
  };
}

/** A Relation row for each relation of the generated input (added ones are new "knows"). */
function relationRows(relations: readonly GraphRelation[], now: number): Relation[] {
  return relations.map((relation, index) => {
    // generate.ts keeps the demo's own rows as they are and adds bare pairs.
    const row = relation as Partial<Relation>;
    if (typeof row.id === 'string' && row.kind !== undefined) return row as Relation;
    return {
      id: `bench-knows-${index}`,
      createdAt: now,
      updatedAt: now,
      source: 'demo',
      fromId: relation.fromId,
      toId: relation.toId,
      kind: 'knows',
      note: '',
    };
  });
}

async function seed() {
  const now = Date.now();
  const startedAt = performance.now();
  const input = generateGraphInput(PEOPLE, EDGES, SEED, now);
  // The same demo network generateGraphInput starts from (same seed, sizes and time), whole:
  // touches with their participations, goals; its relations are the generated ones.
  const network = generateNetwork({
    seed: SEED,
    peopleCount: PEOPLE,
    touchCount: PEOPLE * TOUCHES_PER_PERSON,
    years: 2,
    now,
  });
  const isSamePeople =
    network.contacts.length === input.people.length &&
    network.contacts.every((contact, index) => contact.id === input.people[index]?.id);
  if (!isSamePeople) throw new Error('generateGraphInput no longer starts from this network');
  const generatedAt = performance.now();
  await startEmpty(now);
  await writeNetwork({ ...network, relations: relationRows(input.relations, now) });
  await db.graphLayouts.clear();
  return {
    people: network.contacts.length,
    interactions: network.interactions.length,
    relations: input.relations.length,
    generateMs: Math.round(generatedAt - startedAt),
    writeMs: Math.round(performance.now() - generatedAt),
  };
}

/** What the network screen reads and builds (network-page.tsx's useGraph), timed. */
async function counts() {
  const startedAt = performance.now();
  const [people, relations, groups, touches, settings] = await Promise.all([
    readGraphPeople(),
    readGraphRelations(),
    readGraphGroups(),
    readGraphTouches(),
    db.settings.get('settings'),
  ]);
  const readMs = performance.now() - startedAt;
  if (!settings) throw new Error('No settings row');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || GENERATED_TIME_ZONE;
  const today = startOfLocalDay(localDayNumber(Date.now(), timeZone), timeZone);
  const build = () =>
    buildGraph({
      people,
      relations,
      groups,
      touches,
      settings,
      now: today,
      timeZone,
      meLabel: 'You',
    });
  const buildMs: number[] = [];
  let graph = build();
  for (let run = 0; run < 5; run++) {
    const [ms, built] = timed(build);
    buildMs.push(ms);
    graph = built;
  }
  return {
    nodes: graph.nodes.length,
    people: graph.nodes.length - 1,
    edges: graph.edges.length,
    personEdges: graph.edges.filter((edge) => edge.kind !== 'tie').length,
    readMs,
    buildGraphMedianMs: median(buildMs),
  };
}

async function probe() {
  const job = params.get('job');
  if (job === 'layout') return layoutProbe();
  if ((await openDatabase()) !== 'ok') throw new Error('IndexedDB is unavailable');
  if (job === 'seed') return seed();
  if (job === 'counts') return counts();
  if (job === 'clear-layout') {
    await db.graphLayouts.clear();
    return { cleared: true };
  }
  throw new Error(`Unknown job: ${location.hash}`);
}

reportState(probe);
