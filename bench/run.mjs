// `npm run bench`: runs every benchmark in turn (each bench/*.mjs but the helpers below),
// each in its own process. Each prints its figures and ends with one JSON line (also
// written to bench/results/<name>.json). Exits non-zero when a benchmark fails or misses
// its target. `npm run bench -- people-at-scale` runs only the ones whose name matches.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NOT_BENCHMARKS = new Set(['lib.mjs', 'run.mjs']);
const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const BENCHMARKS = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && !NOT_BENCHMARKS.has(file))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const benchmark of BENCHMARKS) {
  console.log(`\n▶ ${benchmark}`);
  const run = spawnSync(process.execPath, [path.join(here, benchmark)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(
      `✗ ${benchmark} ${run.status === 1 ? 'missed its target or failed' : `exited ${run.status ?? run.signal}`}`,
    );
  }
}
process.exitCode = failed === 0 ? 0 : 1;
