// `npm run bench`: runs every benchmark in turn, each in its own process. Each prints its
// figures and ends with one JSON line (also written to bench/results/<name>.json). Exits
// non-zero when a benchmark fails or misses its target.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['first-screen-js.mjs', 'people-at-scale.mjs'];
const here = path.dirname(fileURLToPath(import.meta.url));

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
