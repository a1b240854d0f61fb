// Benchmark probe page for bench/transfer.mjs, served on the app's own origin (under
// /__bench-transfer/), so it works on the app's IndexedDB database 'ties' through the app's
// own code. Parameters come in the hash (the app's service worker answers a navigation with
// a query string with the app shell). One job per load:
//   #job=counts
//       rows in the tables an import, a backup and a restore write.
//   #job=bulkadd&repeats=3
//       the yardstick for an import: reads back every person (the ones the import just
//       wrote), then `repeats` times clears the table and writes them again with one
//       db.contacts.bulkAdd in one transaction — through the app's database (its plan-inputs
//       middleware keeps the packed week-plan rows in the same transaction, as for the
//       import), and into a plain Dexie database with the same contacts schema and nothing
//       else. The app's table ends up holding the same rows as before.
//   #job=backup&repeats=3
//       makeBackup() on this page's main thread (the screen runs it in a worker): ms, and
//       the file's size; then, once each, its parts: reading the tables, serialising them.
//   #job=restore
//       waits for a backup file in #file, then times reading it, previewRestore and
//       restoreBackup on this page's main thread (the screen runs them in a worker); then,
//       as a yardstick, writes the file's rows with bare Dexie into a database of its own
//       with the same stores and indexes.
import { Dexie } from 'dexie';
import { APP_VERSION, makeBackup, previewRestore, restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { openDatabase } from '../../src/db/open';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { BACKUP_TABLES, serialiseBackup, type BackupTables } from '../../src/interop/backup-format';
import type { Contact } from '../../src/domain/types';
import { reportState } from './report-state';

const params = new URLSearchParams(location.hash.slice(1));
const job = params.get('job') ?? 'counts';
const repeats = Number(params.get('repeats') ?? 3);
const PLAIN_DATABASE = 'ties-bench-plain-bulkadd';

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const startedAt = performance.now();
  const result = await work();
  return [performance.now() - startedAt, result];
}

async function counts() {
  const [contacts, interactions, participations, importBatches] = await Promise.all([
    db.contacts.count(),
    db.interactions.count(),
    db.participations.count(),
    db.importBatches.count(),
  ]);
  return { contacts, interactions, participations, importBatches };
}

/** A user-data table's store as the app declares it (indexes and all). */
function storeOf(table: string): string {
  const declared = SCHEMA_VERSIONS.find((version) => version.stores[table])?.stores[table];
  if (!declared) throw new Error(`The schema declares no ${table} table`);
  return declared;
}

async function bulkAdd() {
  const [readMs, rows] = await timed(() => db.contacts.toArray());
  if (rows.length === 0) throw new Error('There are no people to write again');
  const plain = new Dexie(PLAIN_DATABASE);
  plain.version(1).stores({ contacts: storeOf('contacts') });
  const plainContacts = plain.table<Contact, string>('contacts');
  const appMs: number[] = [];
  const plainMs: number[] = [];
  try {
    await plain.open();
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      await db.contacts.clear();
      const [app] = await timed(() =>
        db.transaction('rw', db.contacts, () => db.contacts.bulkAdd(rows)),
      );
      appMs.push(app);
      await plainContacts.clear();
      const [bare] = await timed(() =>
        plain.transaction('rw', plainContacts, () => plainContacts.bulkAdd(rows)),
      );
      plainMs.push(bare);
    }
  } finally {
    plain.close();
    await Dexie.delete(PLAIN_DATABASE);
  }
  return { people: rows.length, readMs, appMs, plainMs, after: await counts() };
}

/** Every table a backup holds, read as makeBackup reads them: one transaction, toArray. */
async function readBackupTables(): Promise<BackupTables> {
  const rows = await db.transaction('r', [...BACKUP_TABLES], () =>
    Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray())),
  );
  return Object.fromEntries(
    BACKUP_TABLES.map((name, index) => [name, rows[index]]),
  ) as unknown as BackupTables;
}

async function backup() {
  const makeMs: number[] = [];
  let bytes = 0;
  let tables = {};
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const [ms, file] = await timed(() => makeBackup());
    makeMs.push(ms);
    bytes = new Blob([file.text]).size;
    tables = file.counts;
  }
  // Its two parts, once each: reading every table, and turning the rows into the file.
  const [readMs, rows] = await timed(() => readBackupTables());
  const meta = { appVersion: APP_VERSION, createdAt: Date.now(), schemaVersion: LATEST_VERSION };
  const [serialiseMs] = await timed(() => Promise.resolve(serialiseBackup(rows, meta)));
  return { makeMs, readMs, serialiseMs, bytes, counts: tables };
}

/**
 * The yardstick for a restore: the same rows written by bare Dexie into a database with the
 * same stores and indexes, one bulkAdd per table in one transaction, nothing else.
 */
async function plainWrite(tables: BackupTables): Promise<number> {
  const plain = new Dexie(PLAIN_DATABASE);
  plain.version(1).stores(Object.fromEntries(BACKUP_TABLES.map((name) => [name, storeOf(name)])));
  try {
    await plain.open();
    const [ms] = await timed(() =>
      plain.transaction('rw', [...BACKUP_TABLES], async () => {
        for (const name of BACKUP_TABLES) await plain.table(name).bulkAdd(tables[name]);
      }),
    );
    return ms;
  } finally {
    plain.close();
    await Dexie.delete(PLAIN_DATABASE);
  }
}

function pickedFile(): Promise<File> {
  const input = document.getElementById('file');
  if (!(input instanceof HTMLInputElement)) throw new Error('The page has no #file input');
  const already = input.files?.[0];
  if (already) return Promise.resolve(already);
  return new Promise((resolve) => {
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (file) resolve(file);
      },
      { once: true },
    );
  });
}

async function restore() {
  const file = await pickedFile();
  const [readMs, text] = await timed(() => file.text());
  const [previewMs, preview] = await timed(() => previewRestore(text));
  const [restoreMs, result] = await timed(() => restoreBackup(preview.backup));
  const after = await counts();
  const plainWriteMs = await plainWrite(preview.backup.tables);
  return { bytes: file.size, readMs, previewMs, restoreMs, plainWriteMs, result, after };
}

async function probe() {
  if ((await openDatabase()) !== 'ok') throw new Error('IndexedDB is unavailable');
  switch (job) {
    case 'counts':
      return counts();
    case 'bulkadd':
      return bulkAdd();
    case 'backup':
      return backup();
    case 'restore':
      return restore();
    default:
      throw new Error(`Unknown job ${job}`);
  }
}

reportState(probe);
