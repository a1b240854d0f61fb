// Shared by the benchmarks: building, result files and the final JSON line.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

/** Debian's Chromium, headless, with nothing of its own that talks to the network. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
  headless: true,
};

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
/**
 * Where the benchmarks build the app: not dist/, so a benchmark never swaps the build
 * under a running `npm start` or browser test.
 */
export const APP_DIST = path.join(RESULTS_DIR, 'app');

/**
 * Builds the app with the project's vite.config.ts into APP_DIST (or `outDir`, for a
 * benchmark that must not share a build another one may be replacing), plus a Vite manifest
 * and (through `extraPlugins`) anything a benchmark wants to observe about the bundle.
 */
export async function buildApp(extraPlugins = [], outDir = APP_DIST) {
  await build({
    root: PROJECT_ROOT,
    logLevel: 'warn',
    build: { manifest: true, outDir, emptyOutDir: true },
    plugins: extraPlugins,
  });
}

/**
 * A build plugin that records which source modules end up in which output chunk: `into` maps
 * each chunk's file name to its modules, by path from the project root, with their rendered
 * length (before minifying).
 */
export function chunkModules(into) {
  return {
    name: 'bench-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into.set(
          output.fileName,
          Object.entries(output.modules).map(([id, info]) => ({
            id: path.relative(PROJECT_ROOT, id.replace(/^\0/, '')),
            renderedLength: info.renderedLength,
          })),
        );
      }
    },
  };
}

/** Builds bench/pages/ (the seed page) with bench/vite.config.ts. */
export async function buildBenchPages() {
  await build({ configFile: path.join(PROJECT_ROOT, 'bench', 'vite.config.ts') });
}

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Runs `measure` with a page of Chromium in a fresh profile at a phone's size (390 × 844), then
 * closes it and removes the profile: each measured size gets its own, so none warms another.
 */
export async function inFreshPhoneProfile(measure) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ties-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_LAUNCH,
    viewport: { width: 390, height: 844 },
  });
  try {
    return await measure(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Resolves once the page has had nothing to do for half a second (ten idle callbacks in a
 * row with a whole idle period to spare). A page closed sooner can leave a read it started
 * in the background (a screen's read-ahead) running in the browser's IndexedDB backend,
 * which then delays the next page's open of the database: loads must not overlap. A read
 * leaves the main thread idle while the database works, so a caller that knows of a long
 * read (This week's coverage line) waits for its result on screen first.
 */
export async function settled(page) {
  await page.evaluate(async () => {
    const spareOfNextIdle = () =>
      new Promise((resolve) => {
        requestIdleCallback((deadline) => resolve(deadline.timeRemaining()));
      });
    let quiet = 0;
    while (quiet < 10) {
      quiet = (await spareOfNextIdle()) >= 45 ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

export const round1 = (value) => Math.round(value * 10) / 10;

/**
 * Writes bench/results/<name>.json and prints the result as the final JSON line of the
 * benchmark's output. Returns the exit code: 1 when a target was missed.
 */
export async function report(name, result) {
  const record = { benchmark: name, at: new Date().toISOString(), ...result };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(JSON.stringify(record));
  return result.meetsTargets === false ? 1 : 0;
}
