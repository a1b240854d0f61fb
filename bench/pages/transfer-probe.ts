// Benchmark probe page for bench/transfer.mjs, served on the app's own origin (under
// /__bench-transfer/), so it works on the app's IndexedDB database 'ties' through the app's
// own code. Parameters come in the hash (the app's service worker answers a navigation with
// a query string with the app shell). One job per load:
//   #job=counts
//       rows in the tables an import, a backup and a restore write; touches as a backup
//       counts them (each touch once, and a participation per person on it), from the logs.
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
//       as a yardstick, writes the same records as the restore (people, touch logs and the
//       rest) with bare Dexie into a database of its own with the app's stores and indexes;
//       then the file's rows with the raw IndexedDB API and no index at all, one record per
//       row, and in blocks of 100 rows a record.
import { Dexie } from 'dexie';
import { restoreBackup } from '../../src/db/writes/restore';
import {
  APP_VERSION,
  makeBackup,
  previewRestore,
  readBackupTables,
} from '../../src/db/reads/backup';
import { db, DATA_TABLES } from '../../src/db/db';
import { openDatabase } from '../../src/db/open';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { logsOfTouches, touchesOfLogs } from '../../src/db/codecs/touch-log';
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
  const [contacts, logs, importBatches] = await Promise.all([
    db.contacts.count(),
    db.touchLogs.toArray(),
    db.importBatches.count(),
  ]);
  // A touch with several people is in each of their logs: count it once.
  const touches = touchesOfLogs(logs);
  const participations = touches.reduce(
    (sum, touch) => sum + new Set(touch.participantIds).size,
    0,
  );
  return {
    contacts,
    touchLogs: logs.length,
    interactions: touches.length,
    participations,
    importBatches,
  };
}

/** A user-data table's store as the app declares it now (indexes and all): its latest declaration. */
function storeOf(table: string): string {
  const declared = SCHEMA_VERSIONS.findLast((version) => version.stores[table])?.stores[table];
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
  // Its two parts, once each: reading every table (touches out of their logs, as makeBackup
  // does), and turning the rows into the file.
  const [readMs, rows] = await timed(() => readBackupTables());
  const meta = { appVersion: APP_VERSION, createdAt: Date.now(), schemaVersion: LATEST_VERSION };
  const [serialiseMs] = await timed(() => Promise.resolve(serialiseBackup(rows, meta)));
  return { makeMs, readMs, serialiseMs, bytes, counts: tables };
}

/**
 * The yardstick for a restore: the records the restore writes (the file's touches in their
 * people's logs, the other tables as they are) written by bare Dexie into a database with
 * the app's stores and indexes, one bulkAdd per table in one transaction, nothing else.
 */
async function plainWrite(tables: BackupTables): Promise<number> {
  const records: Record<(typeof DATA_TABLES)[number], unknown[]> = {
    ...tables,
    touchLogs: logsOfTouches(tables.interactions),
  };
  const plain = new Dexie(PLAIN_DATABASE);
  plain.version(1).stores(Object.fromEntries(DATA_TABLES.map((name) => [name, storeOf(name)])));
  try {
    await plain.open();
    const [ms] = await timed(() =>
      plain.transaction('rw', [...DATA_TABLES], async () => {
        for (const name of DATA_TABLES) await plain.table(name).bulkAdd(records[name]);
      }),
    );
    return ms;
  } finally {
    plain.close();
    await Dexie.delete(PLAIN_DATABASE);
  }
}

const RAW_DATABASE = 'ties-bench-raw-write';
/** Rows per record in the raw write's second layout. */
const BLOCK_ROWS = 100;

function rawPut(database: IDBDatabase, stores: string[], records: Map<string, unknown[]>) {
  return new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(stores, 'readwrite');
    for (const name of stores) {
      const store = transaction.objectStore(name);
      for (const record of records.get(name) ?? []) store.put(record);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('The write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('The write was aborted'));
  });
}

function openRaw(stores: string[], keyPath: string | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(RAW_DATABASE, 1);
    request.onupgradeneeded = () => {
      for (const name of stores) {
        request.result.createObjectStore(name, keyPath ? { keyPath } : { autoIncrement: true });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The database did not open'));
  });
}

function deleteRaw(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(RAW_DATABASE);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * These rows written with the raw IndexedDB API in one transaction, into stores with no
 * index at all: one record per row (what a schema that keeps a record per row cannot do
 * without), and BLOCK_ROWS rows per record (a layout that keeps rows in blocks).
 */
async function writeRaw(tables: BackupTables): Promise<{ rowMs: number; blockMs: number }> {
  const stores = [...BACKUP_TABLES];
  const layouts: [string | undefined, Map<string, unknown[]>][] = [
    ['id', new Map(stores.map((name) => [name, tables[name] as unknown[]]))],
    [
      undefined,
      new Map(
        stores.map((name) => {
          const rows = tables[name] as unknown[];
          const blocks: unknown[] = [];
          for (let start = 0; start < rows.length; start += BLOCK_ROWS) {
            blocks.push({ rows: rows.slice(start, start + BLOCK_ROWS) });
          }
          return [name, blocks];
        }),
      ),
    ],
  ];
  const times: number[] = [];
  for (const [keyPath, records] of layouts) {
    await deleteRaw();
    const database = await openRaw(stores, keyPath);
    try {
      const [ms] = await timed(() => rawPut(database, stores, records));
      times.push(ms);
    } finally {
      database.close();
    }
  }
  await deleteRaw();
  return { rowMs: times[0] ?? Number.NaN, blockMs: times[1] ?? Number.NaN };
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
  const raw = await writeRaw(preview.backup.tables);
  const rows = BACKUP_TABLES.reduce((sum, name) => sum + preview.backup.tables[name].length, 0);
  return {
    bytes: file.size,
    readMs,
    previewMs,
    restoreMs,
    plainWriteMs,
    raw,
    rows,
    result,
    after,
  };
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
