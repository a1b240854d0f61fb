// Benchmark: the network graph, in Debian's Chromium on the production build, with
// generated networks (domain/graph/generate.ts: 2,000 people and exactly 10,000 person–person
// edges, clustered like a real network; 500 people and 2,500 edges for the small case).
//
// (i) Layout settle, 2,000 people / 10,000 edges: the probe page (bench/pages/graph-probe.ts,
//     same origin) starts the real layout worker through the screen's own layout client with
//     buildGraph(generateGraphInput()), and times 'start' posted → 'settled' received on the
//     main thread, beside the worker's own elapsedMs. Fresh runs have no positions (a first
//     visit; the first one also boots the worker), warm runs start from the positions the
//     run before settled at. Main-thread long tasks (PerformanceObserver 'longtask') begun
//     during each run are counted. Target: settled in ≤ 2.0 s (every fresh run, start →
//     settled) with no main-thread task over 50 ms. buildGraph runs on the main thread (the
//     screen's useGraph), so its time is reported too.
// (ii) Frame time while the layout runs, on the real network screen at 500 and 2,000 people:
//     the network is written into IndexedDB (probe #job=seed, the demo's write path), /network
//     opens with no saved layout, and an init script records every animation frame from the
//     first 'tick' the screen receives until 'settled' (it wraps window.Worker to see the
//     layout messages; the screen is not changed). Target: p95 of the frame interval ≤ 16 ms
//     at 500, ≤ 33 ms at 2,000, over the fresh visits, read as one and two 60 Hz display
//     frames (see TARGET_FRAME_P95). The time the screen's own animation-frame callbacks take
//     (its drawing) is reported beside it. So are the screen's settle time and its long tasks
//     (with the scripts behind its long animation frames); at 2,000 people its long tasks
//     while the layout settles count for (i)'s target too: that is the main thread the target
//     is about.
// (iii) Pan and zoom at rest, 2,000 people: after the layout settled, touch drags over the
//     canvas's background (synthesized by Chromium itself, once a display frame, as a touch
//     screen sends them), mouse drags and wheel zooms (page.mouse, an event every 8 ms), each
//     for PAN_MS; frames drawn are read from the screen's own counter
//     (window.__tiesGraphFrames) → frames per second over all three. The input events that
//     reached the page per second are reported beside it: where they fall below the display's
//     rate, the harness, not the screen, holds the figure down. Then 2 s without input:
//     frames drawn must be 0. Targets: ≥ 50 fps, 0 frames idle.
// (iv) The graph chunk: the chunks that load only when /network opens (its route chunk and
//     what it imports that the first screen does not), gzip at node:zlib's default level; the
//     worker chunk apart (it does not run on the main thread). Target: the network page chunk
//     ≤ 30 KB gzip. Also checks that the first screen holds no graph code.
//
// The machine's load average at the start and the end is saved with the figures: on a shared
// machine every timing here depends on it.
// Sizes can be changed: BENCH_GRAPH_PEOPLE, BENCH_GRAPH_EDGES (the big case),
// BENCH_GRAPH_SMALL_PEOPLE, BENCH_GRAPH_SMALL_EDGES, BENCH_GRAPH_VISITS and
// BENCH_GRAPH_SMALL_VISITS (fresh visits at 2,000 and at 500 people), BENCH_GRAPH_PAN_MS,
// BENCH_GRAPH_VIEWPORT (e.g. 1280x800; a phone by default).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../scripts/serve.mjs';
import {
  APP_DIST,
  CHROMIUM_LAUNCH,
  PROJECT_ROOT,
  buildApp,
  chunkModules,
  median,
  percentile,
  report,
  round1,
} from './lib.mjs';

const PEOPLE = Number(process.env.BENCH_GRAPH_PEOPLE ?? 2000);
const EDGES = Number(process.env.BENCH_GRAPH_EDGES ?? 10_000);
const SMALL_PEOPLE = Number(process.env.BENCH_GRAPH_SMALL_PEOPLE ?? 500);
const SMALL_EDGES = Number(process.env.BENCH_GRAPH_SMALL_EDGES ?? SMALL_PEOPLE * 5);
const VISITS = Number(process.env.BENCH_GRAPH_VISITS ?? 3);
/**
 * At 500 people the layout settles within about ten frames, so a visit gives 6–9 frame
 * intervals where one at 2,000 gives 30–40: it takes 8 visits for the p95 to rest on some
 * 60 intervals, not on the two or three slowest of 20.
 */
const SMALL_VISITS = Number(process.env.BENCH_GRAPH_SMALL_VISITS ?? 8);
/** How long each kind of input goes on: touch pan, mouse pan, wheel zoom. */
const PAN_MS = Number(process.env.BENCH_GRAPH_PAN_MS ?? 2000);
const IDLE_MS = 2000;
/** Pan and zoom input: an event every 8 ms (125 Hz), faster than the display's 60 Hz. */
const INPUT_INTERVAL_MS = 8;
/** Touch pan: each finger drag's length (px) and speed (px/s): about a second a drag. */
const TOUCH_DRAG_PX = 160;
const TOUCH_SPEED_PX_S = 200;
const [VIEW_WIDTH, VIEW_HEIGHT] = (process.env.BENCH_GRAPH_VIEWPORT ?? '390x844')
  .split('x')
  .map(Number);
const SEED = 1;
const LAYOUT_FRESH_RUNS = 2;
const LAYOUT_WARM_RUNS = 3;

const TARGET_SETTLE_MS = 2000;
const LONG_TASK_MS = 50;
/**
 * The frame-time targets, 16 ms and 33 ms: one and two frames of a 60 Hz display.
 * Frame intervals come in whole display frames (16.7 ms), so no interval can be 16 ms. Each
 * interval is counted as the display frames it spans, rounded to the nearest whole one: the
 * timestamps are coarsened to 0.1 ms and headless Chromium's frames jitter by about as much,
 * so one frame reads anywhere from 16.5 to 16.9 ms. The targets are checked as p95 ≤ one
 * frame at 500 people and ≤ two frames at 2,000.
 */
const DISPLAY_FRAME_MS = 1000 / 60;
const TARGET_FRAME_P95 = {
  small: { issueMs: 16, frames: 1 },
  big: { issueMs: 33, frames: 2 },
};
/** The display frames an interval between two animation frames spans. */
const displayFramesOf = (ms) => Math.max(1, Math.round(ms / DISPLAY_FRAME_MS));
const meetsFrameTarget = (p95Frames, label) => p95Frames <= TARGET_FRAME_P95[label].frames;
const TARGET_FPS = 50;
const TARGET_CHUNK_GZIP_KB = 30;

/** Source modules that are graph code: none of them may be in the first screen. */
const GRAPH_CODE =
  /[\\/]node_modules[\\/]d3-[a-z]+[\\/]|[\\/]src[\\/](workers|domain[\\/]graph|features[\\/]network)[\\/]/;
const NETWORK_PAGE = 'src/features/network/network-page.tsx';
const WORKER_FILE = /^force-layout\.worker-[\w-]+\.js$/;

const sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const round2 = (value) => Math.round(value * 100) / 100;
const kB = (bytes) => Math.round(bytes / 102.4) / 10;

// ——— (iv) The chunks ———

async function sizeOf(file) {
  const bytes = await readFile(path.join(APP_DIST, file));
  return {
    file,
    rawKB: kB(bytes.length),
    gzipKB: kB(gzipSync(bytes).length),
    gzip9KB: kB(gzipSync(bytes, { level: 9 }).length),
  };
}

async function measureChunks(modulesByChunk) {
  const manifest = JSON.parse(
    await readFile(path.join(APP_DIST, '.vite', 'manifest.json'), 'utf8'),
  );
  const html = await readFile(path.join(APP_DIST, 'index.html'), 'utf8');
  const byFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));
  /** A chunk and every chunk it imports statically, by file name. */
  const closure = (files) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const key of byFile.get(file)?.imports ?? []) {
        if (manifest[key]) visit(manifest[key].file);
      }
    };
    files.forEach(visit);
    return seen;
  };
  // The first screen: what index.html loads as script, with its static imports.
  const firstScreen = closure(
    [
      ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
      ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
    ].map((match) => match[1]),
  );
  const network = manifest[NETWORK_PAGE];
  if (!network) throw new Error(`${NETWORK_PAGE} is not an entry of the build`);
  const onOpen = [...closure([network.file])].filter((file) => !firstScreen.has(file));
  // Which other lazily loaded screens share a chunk (it may be loaded already by then).
  const otherRoutes = Object.entries(manifest).filter(
    ([key, entry]) => entry.isDynamicEntry && key !== NETWORK_PAGE,
  );
  const chunks = [];
  for (const file of onOpen) {
    const sharedWith = otherRoutes
      .filter(([, entry]) => closure([entry.file]).has(file))
      .map(([key]) => path.basename(key).replace(/\.tsx?$/, ''));
    chunks.push({ ...(await sizeOf(file)), isPageChunk: file === network.file, sharedWith });
  }
  const css = [];
  for (const file of network.css ?? []) css.push(await sizeOf(file));
  const workerFiles = (await readdir(path.join(APP_DIST, 'assets'))).filter((file) =>
    WORKER_FILE.test(file),
  );
  const workers = [];
  for (const file of workerFiles) workers.push(await sizeOf(`assets/${file}`));

  const firstScreenGraphModules = [...firstScreen]
    .flatMap((file) => modulesByChunk.get(file) ?? [])
    .map((module) => module.id)
    .filter((id) => GRAPH_CODE.test(`/${id}`));
  const biggest = [...(modulesByChunk.get(network.file) ?? [])]
    .sort((a, b) => b.renderedLength - a.renderedLength)
    .slice(0, 8)
    .map((module) => ({ module: module.id, kB: kB(module.renderedLength) }));
  const pageChunk = chunks.find((chunk) => chunk.isPageChunk);
  return {
    pageChunk,
    onOpenTotalGzipKB: round1(chunks.reduce((sum, chunk) => sum + chunk.gzipKB, 0)),
    onOpenOnlyNetworkGzipKB: round1(
      chunks
        .filter((chunk) => chunk.sharedWith.length === 0)
        .reduce((sum, chunk) => sum + chunk.gzipKB, 0),
    ),
    chunks,
    css,
    workers,
    biggestModulesInPageChunk: biggest,
    firstScreenGraphModules,
    targetGzipKB: TARGET_CHUNK_GZIP_KB,
  };
}

// ——— In-page instruments for the network screen ———

/**
 * Installed before the app runs. Sees the layout's messages by wrapping window.Worker, times
 * the graph's draws (by wrapping requestAnimationFrame), records animation frames while asked
 * to, counts input events, and keeps every long task and long animation frame.
 */
function installInstruments() {
  const bench = {
    runs: [],
    longTasks: [],
    frames: [],
    draws: [],
    inputs: 0,
    pins: 0,
    insightsAnsweredAt: [],
    isRecording: false,
  };
  window.__benchGraph = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames say which scripts made a frame long (minified names, but the
  // chunk and the kind of callback: a worker message, a frame callback, React's scheduler).
  bench.longFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= 50) continue;
      bench.longFrames.push({
        startTime: entry.startTime,
        duration: entry.duration,
        blockingDuration: entry.blockingDuration,
        renderMs: entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0,
        scripts: entry.scripts
          .map((script) => ({
            invoker: script.invoker,
            source: `${script.sourceURL.split('/').pop()}:${script.sourceFunctionName || '?'}`,
            ms: Math.round(script.duration),
          }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 3),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  const nativeFrame = window.requestAnimationFrame.bind(window);
  const recordFrame = (time) => {
    if (!bench.isRecording) return;
    bench.frames.push(time);
    nativeFrame(recordFrame);
  };
  bench.startRecording = () => {
    if (bench.isRecording) return;
    bench.isRecording = true;
    nativeFrame(recordFrame);
  };
  bench.stopRecording = () => {
    bench.isRecording = false;
  };
  // The graph's draws: the frame callbacks during which the screen's frame counter went up
  // (React schedules frame callbacks of its own, which are left out).
  window.requestAnimationFrame = (callback) =>
    nativeFrame((time) => {
      const startedAt = performance.now();
      const drawnBefore = window.__tiesGraphFrames;
      try {
        callback(time);
      } finally {
        if (bench.isRecording && window.__tiesGraphFrames !== drawnBefore) {
          bench.draws.push({ at: startedAt, ms: performance.now() - startedAt });
        }
      }
    });

  for (const type of ['pointermove', 'wheel']) {
    document.addEventListener(
      type,
      () => {
        if (bench.isRecording) bench.inputs += 1;
      },
      { capture: true, passive: true },
    );
  }

  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes('force-layout')) return;
      this.addEventListener('message', (event) => {
        const at = performance.now();
        const message = event.data;
        // Clusters and bridges are asked of the same worker (runs with negative ids).
        if (message?.type === 'insights') bench.insightsAnsweredAt.push(at);
        const run = bench.runs.at(-1);
        if (!run || message?.runId !== run.runId) return;
        if (message.type === 'graph') {
          // The screen asks the worker to read and build the graph ('load'): its answer.
          run.graphAt = at;
          run.nodes = message.nodes.length;
          run.links = message.edges.source.length;
          run.hasInitial = message.initial !== undefined;
        } else if (message.type === 'tick') {
          run.tickMessages += 1;
          if (run.firstTickAt === null) {
            run.firstTickAt = at;
            run.framesDrawnAtFirstTick = window.__tiesGraphFrames ?? null;
          }
        } else if (message.type === 'settled') {
          run.settledAt = at;
          run.settledWall = Date.now();
          run.ticks = message.ticks;
          run.workerElapsedMs = message.elapsedMs;
          run.framesDrawnAtSettled = window.__tiesGraphFrames ?? null;
          bench.stopRecording();
        } else if (message.type === 'error') {
          run.error = message.message;
        }
      });
    }

    postMessage(message, ...rest) {
      // A drag that caught a person instead of the background pins them.
      if (message?.type === 'pin') bench.pins += 1;
      if (message?.type === 'start' || message?.type === 'load') {
        bench.runs.push({
          type: message.type,
          runId: message.runId,
          startedAt: performance.now(),
          // Wall-clock time too, which the benchmark's own clock shares.
          startedWall: Date.now(),
          // A 'load' carries no graph: the sizes come with the worker's 'graph' answer.
          nodes: message.nodes?.length ?? null,
          links: message.links?.length ?? null,
          hasInitial: message.initial !== undefined,
          graphAt: null,
          tickMessages: 0,
          firstTickAt: null,
          settledAt: null,
          error: null,
        });
        bench.frames = [];
        bench.draws = [];
        bench.startRecording();
      }
      super.postMessage(message, ...rest);
    }
  };
}

// ——— Pages ———

async function probe(context, baseURL, hash, timeout = 10 * 60_000) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseURL}/__bench-graph/graph-probe.html#${hash}`);
    await page.locator('#state', { hasText: /done|failed/ }).waitFor({ timeout });
    const state = await page.locator('#state').textContent();
    const result = await page.locator('#result').textContent();
    if (state !== 'done') throw new Error(`graph-probe #${hash} failed: ${result}`);
    return JSON.parse(result ?? '{}');
  } finally {
    await page.close();
  }
}

/** Frame intervals (ms) between consecutive recorded frames from `from` to `to`. */
function intervalsOf(frames, from, to) {
  const inWindow = frames.filter((time) => time >= from && time <= to);
  return inWindow.slice(1).map((time, index) => time - inWindow[index]);
}

function spread(values) {
  return {
    medianMs: round1(median(values)),
    p95Ms: round1(percentile(values, 95)),
    maxMs: round1(values.length === 0 ? Number.NaN : Math.max(...values)),
  };
}

/**
 * Long tasks that began from `from` until `to`, and the longest task overlapping that time
 * (it may have begun before: on the screen, the task that posted 'start').
 */
function longTasksIn(tasks, from, to) {
  const begun = tasks.filter((task) => task.startTime >= from && task.startTime < to);
  const overlapping = tasks.filter(
    (task) => task.startTime < to && task.startTime + task.duration > from,
  );
  return {
    over50ms: begun.filter((task) => task.duration > LONG_TASK_MS).length,
    longestMs: round1(Math.max(0, ...begun.map((task) => task.duration))),
    longestOverlappingMs: round1(Math.max(0, ...overlapping.map((task) => task.duration))),
  };
}

/** Opens /network in a new page and waits for the layout to settle there. */
/**
 * The page's main-thread time so far, from Chromium's own counters (CDP Performance
 * metrics): the tasks' wall time, the thread's CPU time and the time in script. On a busy
 * machine a task's wall time is far above its CPU time: it waited for a core.
 */
async function mainThreadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
  return {
    at: Date.now(),
    taskMs: ms('TaskDuration'),
    cpuMs: ms('ThreadTime'),
    scriptMs: ms('ScriptDuration'),
  };
}

function mainThreadBetween(before, after) {
  const wallMs = after.at - before.at;
  const cpuMs = after.cpuMs - before.cpuMs;
  return {
    wallMs: Math.round(wallMs),
    taskMs: round1(after.taskMs - before.taskMs),
    cpuMs: round1(cpuMs),
    scriptMs: round1(after.scriptMs - before.scriptMs),
    /** Share of one core the main thread used. */
    cpuShare: round2(cpuMs / wallMs),
  };
}

/** The counters at wall-clock time `at`, interpolated between the samples around it. */
function sampleAt(samples, at) {
  const next = samples.findIndex((sample) => sample.at >= at);
  if (next <= 0) return samples[Math.max(0, next)] ?? samples.at(-1);
  const [a, b] = [samples[next - 1], samples[next]];
  const share = b.at === a.at ? 0 : (at - a.at) / (b.at - a.at);
  const between = (key) => a[key] + share * (b[key] - a[key]);
  return { at, taskMs: between('taskMs'), cpuMs: between('cpuMs'), scriptMs: between('scriptMs') };
}

async function visitNetwork(context, baseURL) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseURL}/network`, { waitUntil: 'commit' });
  await cdp.send('Performance.enable');
  const before = await mainThreadTimes(cdp);
  // Sampled all along, to tell the main thread's time while the layout settles.
  const samples = [before];
  let isSampling = true;
  const sampling = (async () => {
    while (isSampling) {
      await sleep(25);
      samples.push(await mainThreadTimes(cdp));
    }
  })();
  const canvas = page.locator('canvas.graph-canvas');
  await canvas.waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const run = window.__benchGraph.runs.at(-1);
      return (
        run?.error != null ||
        (run?.settledAt != null &&
          document.querySelector('canvas.graph-canvas')?.getAttribute('data-layout') === 'settled')
      );
    },
    undefined,
    { timeout: 5 * 60_000 },
  );
  isSampling = false;
  await sampling;
  const after = await mainThreadTimes(cdp);
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(200);
  const raw = await page.evaluate(() => {
    const bench = window.__benchGraph;
    return {
      runs: bench.runs.map((run) => ({ ...run })),
      frames: bench.frames,
      draws: bench.draws,
      longTasks: bench.longTasks,
      longFrames: bench.longFrames,
      insightsAnsweredAt: bench.insightsAnsweredAt,
      shownCount: Number(document.querySelector('canvas.graph-canvas')?.dataset.shownCount),
    };
  });
  const run = raw.runs.at(-1);
  if (run.error) throw new Error(`the layout failed on the screen: ${run.error}`);
  const intervals = intervalsOf(raw.frames, run.firstTickAt, run.settledAt);
  const draws = raw.draws
    .filter((callback) => callback.at >= run.firstTickAt && callback.at <= run.settledAt)
    .map((callback) => callback.ms);
  return {
    page,
    canvas,
    cdp,
    figures: {
      // From the navigation's commit until the layout settled (and the benchmark saw it).
      mainThread: mainThreadBetween(before, after),
      mainThreadWhileSettling: mainThreadBetween(
        sampleAt(samples, run.startedWall),
        sampleAt(samples, run.settledWall),
      ),
      starts: raw.runs.length,
      nodes: run.nodes,
      links: run.links,
      shownCount: raw.shownCount,
      hasSavedLayout: run.hasInitial,
      startPostedAtMs: round1(run.startedAt),
      settleMs: round1(run.settledAt - run.startedAt),
      workerElapsedMs: round1(run.workerElapsedMs),
      firstTickMs: round1(run.firstTickAt - run.startedAt),
      graphMs: run.graphAt === null ? null : round1(run.graphAt - run.startedAt),
      // The worker answers the clusters-and-bridges request between layout batches.
      insightsAnsweredMs: round1(
        (raw.insightsAnsweredAt.find((at) => at >= run.startedAt) ?? Number.NaN) - run.startedAt,
      ),
      ticks: run.ticks,
      tickMessages: run.tickMessages,
      framesDrawn: run.framesDrawnAtSettled - run.framesDrawnAtFirstTick,
      frames: intervals.length,
      frameIntervals: intervals,
      drawTimes: draws,
      frame: spread(intervals),
      drawCallback: spread(draws),
      longTasksWhileSettling: longTasksIn(raw.longTasks, run.startedAt, run.settledAt),
      longTasksFromNavigation: longTasksIn(raw.longTasks, 0, run.settledAt),
      // The longest frames while the layout settled, with the scripts that took the time.
      longFramesWhileSettling: raw.longFrames
        .filter(
          (frame) =>
            frame.startTime < run.settledAt && frame.startTime + frame.duration > run.startedAt,
        )
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((frame) => ({
          ...frame,
          startTime: round1(frame.startTime - run.startedAt),
          duration: round1(frame.duration),
          blockingDuration: round1(frame.blockingDuration),
          renderMs: round1(frame.renderMs),
        })),
    },
  };
}

/** A point over the canvas's background (no person under it), in page coordinates. */
async function backgroundPoint(page, canvas) {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The graph canvas is not on screen');
  const shares = [
    [0.08, 0.08],
    [0.92, 0.08],
    [0.08, 0.92],
    [0.92, 0.92],
    [0.5, 0.04],
    [0.04, 0.5],
  ];
  for (const [sx, sy] of shares) {
    const x = box.x + sx * box.width;
    const y = box.y + sy * box.height;
    await page.mouse.move(x, y);
    const isOverPerson = await canvas.evaluate((element) =>
      element.classList.contains('is-over-person'),
    );
    if (!isOverPerson) return { x, y, box };
  }
  throw new Error('No background spot found on the canvas');
}

async function startRecording(page, cdp) {
  const times = await mainThreadTimes(cdp);
  const start = await page.evaluate(() => {
    const bench = window.__benchGraph;
    bench.frames = [];
    bench.draws = [];
    bench.inputs = 0;
    bench.startRecording();
    return { at: performance.now(), drawn: window.__tiesGraphFrames ?? 0, pins: bench.pins };
  });
  return { ...start, times };
}

async function stopRecording(page, cdp, start) {
  const raw = await page.evaluate(() => {
    const bench = window.__benchGraph;
    bench.stopRecording();
    return {
      at: performance.now(),
      drawn: window.__tiesGraphFrames ?? 0,
      frames: bench.frames,
      draws: bench.draws.map((callback) => callback.ms),
      inputs: bench.inputs,
      pins: bench.pins,
      layout: document.querySelector('canvas.graph-canvas')?.getAttribute('data-layout'),
    };
  });
  const times = mainThreadBetween(start.times, await mainThreadTimes(cdp));
  return {
    mainThread: times,
    seconds: (raw.at - start.at) / 1000,
    framesDrawn: raw.drawn - start.drawn,
    inputs: raw.inputs,
    browserFrames: raw.frames.length,
    intervals: intervalsOf(raw.frames, -Infinity, Infinity),
    callbacks: raw.draws,
    pins: raw.pins - start.pins,
    layoutAfter: raw.layout,
  };
}

/**
 * Sends `send(step)` every INPUT_INTERVAL_MS until `until` (Date.now()), without waiting for
 * each event to be handled first: waiting would cap the input at the round-trip rate instead
 * of what a finger or trackpad delivers. Resolves when every event has been delivered.
 */
async function pacedInput(until, send) {
  const pending = [];
  const errors = [];
  for (let step = 0; Date.now() < until; step++) {
    pending.push(send(step).catch((error) => errors.push(error)));
    await sleep(INPUT_INTERVAL_MS);
  }
  await Promise.all(pending);
  if (errors.length > 0) throw errors[0];
}

/**
 * Pans with a finger: touch drags synthesized by the browser itself (CDP
 * Input.synthesizeScrollGesture, the input generator of Chromium's own smoothness
 * benchmarks), which moves the finger once per display frame as a real touch screen does.
 * Each drag starts on the background (else it would drag a person) and goes the other way
 * from the one before, so the picture stays where it was. Only the drags are timed.
 */
async function touchPan(page, canvas, cdp) {
  const figures = [];
  let direction = 1;
  const until = Date.now() + PAN_MS;
  while (Date.now() < until) {
    const spot = await backgroundPoint(page, canvas);
    const start = await startRecording(page, cdp);
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(spot.x),
      y: Math.round(spot.y),
      xDistance: direction * TOUCH_DRAG_PX,
      yDistance: direction * TOUCH_DRAG_PX * 0.5,
      speed: TOUCH_SPEED_PX_S,
      gestureSourceType: 'touch',
      preventFling: true,
    });
    figures.push(await stopRecording(page, cdp, start));
    direction = -direction;
  }
  return combined(figures);
}

/** Several timed pieces of input as one. */
function combined(pieces) {
  const seconds = pieces.reduce((sum, piece) => sum + piece.seconds, 0);
  const framesDrawn = pieces.reduce((sum, piece) => sum + piece.framesDrawn, 0);
  const inputs = pieces.reduce((sum, piece) => sum + piece.inputs, 0);
  const intervals = pieces.flatMap((piece) => piece.intervals);
  const callbacks = pieces.flatMap((piece) => piece.callbacks);
  return {
    pieces: pieces.length,
    seconds: round1(seconds),
    ms: Math.round(seconds * 1000),
    framesDrawn,
    fps: round1(framesDrawn / seconds),
    inputsPerSecond: round1(inputs / seconds),
    browserFramesPerSecond: round1(
      pieces.reduce((sum, piece) => sum + piece.browserFrames, 0) / seconds,
    ),
    frame: spread(intervals),
    drawCallback: spread(callbacks),
    pins: pieces.reduce((sum, piece) => sum + piece.pins, 0),
    // Share of the time the main thread ran tasks, and used a core for them.
    mainThreadBusy: round2(
      pieces.reduce((sum, piece) => sum + piece.mainThread.taskMs, 0) / (seconds * 1000),
    ),
    mainThreadCpu: round2(
      pieces.reduce((sum, piece) => sum + piece.mainThread.cpuMs, 0) / (seconds * 1000),
    ),
    layoutAfter: pieces.at(-1)?.layoutAfter,
  };
}

/** Pans with touch drags, then with mouse drags, zooms with the wheel, then idles. */
async function measurePanZoom(page, canvas, cdp) {
  const touch = await touchPan(page, canvas, cdp);

  const spot = await backgroundPoint(page, canvas);
  // The wheel zooms once the canvas has focus (pointer-gestures.ts); focus() is no tap.
  await canvas.focus();
  let start = await startRecording(page, cdp);
  await page.mouse.down();
  await pacedInput(Date.now() + PAN_MS, (step) =>
    page.mouse.move(spot.x + 40 * Math.cos(step * 0.2), spot.y + 40 * Math.sin(step * 0.2)),
  );
  await page.mouse.up();
  const mouse = combined([await stopRecording(page, cdp, start)]);

  const centre = { x: spot.box.x + spot.box.width / 2, y: spot.box.y + spot.box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  start = await startRecording(page, cdp);
  // Twenty steps in, twenty out: the picture stays about the size it was.
  await pacedInput(Date.now() + PAN_MS, (step) => page.mouse.wheel(0, step % 40 < 20 ? -30 : 30));
  const zoom = combined([await stopRecording(page, cdp, start)]);

  // Idle: no input at all. A frame asked for by the last input may still be drawn first.
  await page.waitForTimeout(250);
  const idleStart = await page.evaluate(() => window.__tiesGraphFrames ?? 0);
  await page.waitForTimeout(IDLE_MS);
  const idleFrames = (await page.evaluate(() => window.__tiesGraphFrames ?? 0)) - idleStart;

  const parts = [touch, zoom, mouse];
  const seconds = parts.reduce((sum, part) => sum + part.ms, 0) / 1000;
  return {
    touchPan: touch,
    wheelZoom: zoom,
    mousePan: mouse,
    fps: round1(parts.reduce((sum, part) => sum + part.framesDrawn, 0) / seconds),
    idleSeconds: IDLE_MS / 1000,
    idleFramesDrawn: idleFrames,
    targetFps: TARGET_FPS,
  };
}

// ——— One network size on the real screen ———

const profiles = [];

async function screenAtSize(baseURL, { label, people, edges, visits, isPanZoom }) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ties-bench-graph-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_LAUNCH,
    viewport: { width: VIEW_WIDTH, height: VIEW_HEIGHT },
  });
  try {
    await context.addInitScript(installInstruments);
    console.log(`${label}: seeding ${people} people and ${edges} person–person edges…`);
    const seeded = await probe(
      context,
      baseURL,
      `job=seed&people=${people}&edges=${edges}&seed=${SEED}`,
    );
    const built = await probe(context, baseURL, 'job=counts');
    console.log(
      `  written in ${seeded.writeMs} ms; the screen's graph: ${built.people} people, ${built.edges} edges (${built.personEdges} person–person); buildGraph ${round1(built.buildGraphMedianMs)} ms (in the screen it runs in the layout worker)`,
    );
    // A first load installs the service worker and caches the app, as for a user.
    const warmUp = await context.newPage();
    await warmUp.goto(`${baseURL}/`);
    await warmUp.getByRole('navigation', { name: 'Main' }).waitFor();
    await warmUp.close();

    const fresh = [];
    for (let visit = 0; visit < visits; visit++) {
      await probe(context, baseURL, 'job=clear-layout');
      const { page, figures } = await visitNetwork(context, baseURL);
      fresh.push(figures);
      console.log(
        `  fresh visit ${visit + 1}: settled ${figures.settleMs} ms after the request (graph read and built at ${figures.graphMs} ms; worker ${figures.workerElapsedMs} ms, ${figures.ticks} ticks; first tick at ${figures.firstTickMs} ms, insights at ${figures.insightsAnsweredMs} ms); frames p95 ${figures.frame.p95Ms} ms over ${figures.frames} (draws median ${figures.drawCallback.medianMs} ms, p95 ${figures.drawCallback.p95Ms} ms); main thread while settling: tasks ${figures.mainThreadWhileSettling.taskMs} ms, CPU ${figures.mainThreadWhileSettling.cpuMs} ms (${Math.round(figures.mainThreadWhileSettling.cpuShare * 100)}% of a core); long tasks begun meanwhile ${figures.longTasksWhileSettling.over50ms} (longest ${figures.longTasksWhileSettling.longestMs} ms; with the task that started it ${figures.longTasksWhileSettling.longestOverlappingMs} ms)`,
      );
      await page.close();
    }
    // From the layout the last visit saved, as every later visit starts.
    const saved = await visitNetwork(context, baseURL);
    console.log(
      `  visit from the saved layout: settled ${saved.figures.settleMs} ms after start; frames p95 ${saved.figures.frame.p95Ms} ms over ${saved.figures.frames}`,
    );
    let panZoom;
    if (isPanZoom) {
      console.log('  pan and zoom at rest…');
      panZoom = await measurePanZoom(saved.page, saved.canvas, saved.cdp);
    }
    await saved.page.close();

    const allIntervals = fresh.flatMap((visit) => visit.frameIntervals);
    // The raw intervals stay out of the result file; their summary is in it.
    const strip = (figures) =>
      Object.fromEntries(
        Object.entries(figures).filter(([key]) => key !== 'frameIntervals' && key !== 'drawTimes'),
      );
    return {
      people: built.people,
      edges: built.edges,
      personEdges: built.personEdges,
      seedWriteMs: seeded.writeMs,
      readGraphDataMs: round1(built.readMs),
      buildGraphMs: round1(built.buildGraphMedianMs),
      whileLayoutRuns: {
        visits: fresh.length,
        frames: allIntervals.length,
        ...spread(allIntervals),
        draw: spread(fresh.flatMap((visit) => visit.drawTimes)),
        mainThreadCpuShare: round2(
          fresh.reduce((sum, visit) => sum + visit.mainThreadWhileSettling.cpuMs, 0) /
            fresh.reduce((sum, visit) => sum + visit.mainThreadWhileSettling.wallMs, 0),
        ),
        mainThreadBusyShare: round2(
          fresh.reduce((sum, visit) => sum + visit.mainThreadWhileSettling.taskMs, 0) /
            fresh.reduce((sum, visit) => sum + visit.mainThreadWhileSettling.wallMs, 0),
        ),
        p95Frames: percentile(allIntervals.map(displayFramesOf), 95),
        overOneFrame: allIntervals.filter((ms) => displayFramesOf(ms) > 1).length,
        targetP95Ms: TARGET_FRAME_P95[label].issueMs,
        targetP95Frames: TARGET_FRAME_P95[label].frames,
      },
      freshVisits: fresh.map(strip),
      savedLayoutVisit: strip(saved.figures),
      panZoom,
    };
  } finally {
    await context.close();
  }
}

// ——— Run ———

const loadAverageAtStart = os.loadavg().map((value) => Math.round(value * 100) / 100);
console.log(`Load average: ${loadAverageAtStart.join(' ')}`);
console.log('Building the app and the probe page…');
const modulesByChunk = new Map();
await buildApp([chunkModules(modulesByChunk)]);
await build({ configFile: path.join(PROJECT_ROOT, 'bench', 'graph.vite.config.ts') });

const chunks = await measureChunks(modulesByChunk);
console.log('Chunks loaded when /network opens (not in the first screen):');
for (const chunk of chunks.chunks) {
  console.log(
    `  ${chunk.file}  ${chunk.rawKB} KB raw, ${chunk.gzipKB} KB gzip${chunk.isPageChunk ? ' (the network page chunk)' : ''}${chunk.sharedWith.length > 0 ? ` (also loaded by ${chunk.sharedWith.join(', ')})` : ''}`,
  );
}
for (const css of chunks.css)
  console.log(`  ${css.file}  ${css.rawKB} KB raw, ${css.gzipKB} KB gzip`);
for (const worker of chunks.workers) {
  console.log(`  worker: ${worker.file}  ${worker.rawKB} KB raw, ${worker.gzipKB} KB gzip`);
}
console.log(
  `  network page chunk: ${chunks.pageChunk.gzipKB} KB gzip (target ≤ ${TARGET_CHUNK_GZIP_KB} KB); all JS on open ${chunks.onOpenTotalGzipKB} KB, of which only the network screen's ${chunks.onOpenOnlyNetworkGzipKB} KB`,
);
console.log(
  `  graph code in the first screen: ${chunks.firstScreenGraphModules.length === 0 ? 'none' : chunks.firstScreenGraphModules.join(', ')}`,
);

const server = await startServer({
  root: APP_DIST,
  host: '127.0.0.1',
  mounts: { '/__bench-graph/': 'bench/results/graph-app' },
});

try {
  console.log(`Layout alone (probe page): ${PEOPLE} people, ${EDGES} person–person edges…`);
  const probeProfile = await mkdtemp(path.join(os.tmpdir(), 'ties-bench-graph-'));
  profiles.push(probeProfile);
  const probeContext = await chromium.launchPersistentContext(probeProfile, CHROMIUM_LAUNCH);
  let layout;
  try {
    layout = await probe(
      probeContext,
      server.url,
      `job=layout&people=${PEOPLE}&edges=${EDGES}&seed=${SEED}&fresh=${LAYOUT_FRESH_RUNS}&warm=${LAYOUT_WARM_RUNS}`,
    );
  } finally {
    await probeContext.close();
  }
  const layoutRuns = layout.runs.map((run) => ({
    from: run.from,
    isWorkerStart: run.isWorkerStart,
    settleMs: round1(run.settleMs),
    workerElapsedMs: round1(run.workerElapsedMs),
    firstTickMs: round1(run.firstTickMs),
    ticks: run.ticks,
    tickMessages: run.tickMessages,
    startCallMs: round1(run.startCallMs),
    longTasksOver50ms: run.longTasks.count,
    longestTaskMs: round1(run.longTasks.longestMs),
    longestOverlappingTaskMs: round1(run.longTasks.longestOverlappingMs),
  }));
  for (const run of layoutRuns) {
    console.log(
      `  from ${run.from}${run.isWorkerStart ? ' (worker start)' : ''}: settled ${run.settleMs} ms after start (worker ${run.workerElapsedMs} ms, ${run.ticks} ticks, first tick at ${run.firstTickMs} ms); long tasks over 50 ms: ${run.longTasksOver50ms}, longest ${run.longestTaskMs} ms (with the task that started it ${run.longestOverlappingTaskMs} ms)`,
    );
  }
  console.log(
    `  buildGraph on the main thread: first ${round1(layout.buildGraphMs[0])} ms, then median ${round1(median(layout.buildGraphMs.slice(1)))} ms (${layout.nodes} nodes, ${layout.edges} edges, ${layout.personEdges} person–person)`,
  );

  const small = await screenAtSize(server.url, {
    label: 'small',
    people: SMALL_PEOPLE,
    edges: SMALL_EDGES,
    visits: SMALL_VISITS,
    isPanZoom: false,
  });
  const big = await screenAtSize(server.url, {
    label: 'big',
    people: PEOPLE,
    edges: EDGES,
    visits: VISITS,
    isPanZoom: true,
  });

  for (const [label, size] of [
    ['small', small],
    ['big', big],
  ]) {
    const frames = size.whileLayoutRuns;
    console.log(
      `Frames while the layout runs, ${size.people} people / ${size.personEdges} person–person edges (${frames.visits} fresh visits, ${frames.frames} frames): median ${frames.medianMs} ms, p95 ${frames.p95Ms} ms = ${frames.p95Frames} display frame${frames.p95Frames > 1 ? 's' : ''} (target ≤ ${TARGET_FRAME_P95[label].issueMs} ms: ${TARGET_FRAME_P95[label].frames} display frame${TARGET_FRAME_P95[label].frames > 1 ? 's' : ''}), max ${frames.maxMs} ms; ${frames.overOneFrame} intervals longer than a frame; the graph's draws median ${frames.draw.medianMs} ms, p95 ${frames.draw.p95Ms} ms; the main thread ran tasks ${Math.round(frames.mainThreadBusyShare * 100)}% of the time and used ${Math.round(frames.mainThreadCpuShare * 100)}% of a core`,
    );
  }
  const panZoom = big.panZoom;
  console.log(
    `Pan and zoom at rest, ${big.people} people: ${panZoom.fps} fps over touch pan, wheel zoom and mouse pan (target ≥ ${TARGET_FPS})`,
  );
  for (const [name, part] of [
    ['touch pan', panZoom.touchPan],
    ['wheel zoom', panZoom.wheelZoom],
    ['mouse pan', panZoom.mousePan],
  ]) {
    console.log(
      `  ${name}: ${part.fps} fps over ${part.seconds} s (input events ${part.inputsPerSecond}/s, browser frames ${part.browserFramesPerSecond}/s); frame interval p95 ${part.frame.p95Ms} ms; draw callback median ${part.drawCallback.medianMs} ms, p95 ${part.drawCallback.p95Ms} ms; main thread busy ${Math.round(part.mainThreadBusy * 100)}% (CPU ${Math.round(part.mainThreadCpu * 100)}%)${part.pins > 0 ? `; ${part.pins} person drags!` : ''}`,
    );
  }
  console.log(`  idle ${IDLE_MS / 1000} s: ${panZoom.idleFramesDrawn} frames drawn (target 0)`);

  const freshProbeRuns = layoutRuns.filter((run) => run.from === 'no positions');
  const settleMet = freshProbeRuns.every((run) => run.settleMs <= TARGET_SETTLE_MS);
  const probeTasksMet = layoutRuns.every((run) => run.longTasksOver50ms === 0);
  const screenTasksMet = big.freshVisits.every(
    (visit) => visit.longTasksWhileSettling.over50ms === 0,
  );
  const targets = {
    layoutSettle: settleMet,
    noLongTaskWhileSettlingProbe: probeTasksMet,
    noLongTaskWhileSettlingScreen: screenTasksMet,
    frameP95Small: meetsFrameTarget(small.whileLayoutRuns.p95Frames, 'small'),
    frameP95Big: meetsFrameTarget(big.whileLayoutRuns.p95Frames, 'big'),
    panZoomFps: panZoom.fps >= TARGET_FPS,
    idleFrames: panZoom.idleFramesDrawn === 0,
    pageChunk: chunks.pageChunk.gzipKB <= TARGET_CHUNK_GZIP_KB,
    noGraphCodeInFirstScreen: chunks.firstScreenGraphModules.length === 0,
  };
  console.log(
    `Targets: ${Object.entries(targets)
      .map(([name, isMet]) => `${name} ${isMet ? '✓' : '✗'}`)
      .join(', ')}`,
  );
  const loadAverageAtEnd = os.loadavg().map((value) => Math.round(value * 100) / 100);
  process.exitCode = await report('graph', {
    cores: os.cpus().length,
    loadAverage: { atStart: loadAverageAtStart, atEnd: loadAverageAtEnd },
    viewport: `${VIEW_WIDTH}x${VIEW_HEIGHT}`,
    layout: {
      nodes: layout.nodes,
      edges: layout.edges,
      personEdges: layout.personEdges,
      buildGraphMs: layout.buildGraphMs.map(round1),
      runs: layoutRuns,
      targetSettleMs: TARGET_SETTLE_MS,
    },
    small,
    big,
    chunks,
    targets,
    meetsTargets: Object.values(targets).every(Boolean),
  });
} finally {
  await server.stop();
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
}
