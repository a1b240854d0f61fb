// Benchmark seed page: served on the app's own origin (under /__bench/), so it writes the
// generated network into the app's IndexedDB database 'ties' through the app's own write
// path. Parameters come from the query string; the outcome is written into the page as
// JSON for bench/people-at-scale.mjs to read.
import { openDatabase } from '../../src/db/open';
import { startEmpty, writeNetwork } from '../../src/db/demo';
import { generateNetwork } from '../../src/domain/demo/generate-network';
import { nameOf } from '../../src/domain/contact';
import { reportState } from './report-state';

const params = new URLSearchParams(location.search);
const numberParam = (name: string, fallback: number) => Number(params.get(name) ?? fallback);

async function seed() {
  const now = Date.now();
  const startedAt = performance.now();
  const storage = await openDatabase();
  if (storage !== 'ok') throw new Error('IndexedDB is unavailable');
  const network = generateNetwork({
    seed: numberParam('seed', 1),
    peopleCount: numberParam('people', 10_000),
    interactionCount: numberParam('interactions', 100_000),
    years: numberParam('years', 2),
    now,
  });
  const generatedAt = performance.now();
  await startEmpty(now);
  await writeNetwork(network);
  const writtenAt = performance.now();
  // A few real names for the search benchmark to type.
  const sampleNames = [0.13, 0.42, 0.77].map((share) => {
    const contact = network.contacts[Math.floor(share * network.contacts.length)];
    return contact ? nameOf(contact) : '';
  });
  return {
    people: network.contacts.length,
    interactions: network.interactions.length,
    generateMs: Math.round(generatedAt - startedAt),
    writeMs: Math.round(writtenAt - generatedAt),
    sampleNames,
  };
}

reportState(seed);
