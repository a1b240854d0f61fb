// Benchmark seed page: served on the app's own origin (under /__bench/), so it writes the
// generated network into the app's IndexedDB database 'ties' through the app's own write
// path. Parameters come from the query string; the outcome is written into the page as
// JSON for bench/people-at-scale.mjs to read.
//
// own=1 writes the generated network as the user's own (source 'manual') rather than as the
// demo. A network of 10,000 is a real user's, and the app treats the demo's records apart:
// the backup reminder, for one, leaves them out of its count by reading every log they have,
// which for a demo of 150 people is nothing and for 10,000 generated ones is seconds.
import { openDatabase } from '../../src/db/open';
import { startEmpty, writeNetwork } from '../../src/db/writes/demo';
import { generateNetwork, type Network } from '../../src/domain/demo/generate-network';
import { nameOf } from '../../src/domain/contact';
import { reportState } from './report-state';

const params = new URLSearchParams(location.search);
const numberParam = (name: string, fallback: number) => Number(params.get(name) ?? fallback);

/** The records with the demo's source, written as the user's own. */
function asOwn(network: Network): Network {
  const own = <T extends { source: string }>(rows: T[]): T[] =>
    rows.map((row) => (row.source === 'demo' ? { ...row, source: 'manual' } : row));
  return {
    ...network,
    contacts: own(network.contacts),
    interactions: own(network.interactions),
    relations: own(network.relations),
    groups: own(network.groups),
    goals: own(network.goals),
  };
}

async function seed() {
  const now = Date.now();
  const startedAt = performance.now();
  const storage = await openDatabase();
  if (storage !== 'ok') throw new Error('IndexedDB is unavailable');
  const generated = generateNetwork({
    seed: numberParam('seed', 1),
    peopleCount: numberParam('people', 10_000),
    touchCount: numberParam('interactions', 100_000),
    years: numberParam('years', 2),
    now,
  });
  const network = params.get('own') === '1' ? asOwn(generated) : generated;
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
