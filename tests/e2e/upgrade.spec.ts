// Data saved by an earlier version of Ties opens in this one, in real Chromium: a database
// exactly as schema version 1 left it (the committed fixture), written with the raw
// IndexedDB API, is upgraded by the app on its first open (the week plan's packed inputs,
// touches moved into each person's log, unused indexes dropped) and shows everything.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';

type Fixture = { tables: Record<string, Record<string, unknown>[]> };
type SchemaVersion = { version: number; stores: Record<string, string | null> };

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const ASA = '3f0c1d2e-0000-4000-8000-000000000001';

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8')) as T;
}

test.describe('Upgrading stored data', () => {
  test('opens a database saved by schema version 1 and shows its people and touches', async ({
    page,
  }) => {
    const fixture = await readJson<Fixture>('v1-data.json');
    const versions = await readJson<SchemaVersion[]>('schema-versions.json');
    const v1 = versions.find((entry) => entry.version === 1)?.stores ?? {};

    // A page of the app's origin that does not open the database itself.
    await page.goto('/manifest.webmanifest');
    await page.evaluate(
      async ({ stores, tables }) => {
        // Dexie's declarations as IndexedDB makes them (Dexie's version n is version 10 n).
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ties', 10);
          request.onupgradeneeded = () => {
            for (const [name, declared] of Object.entries(stores)) {
              if (declared === null) continue;
              const [primaryKey = 'id', ...indexes] = declared
                .split(',')
                .map((part) => part.trim());
              const store = request.result.createObjectStore(name, { keyPath: primaryKey });
              for (const index of indexes) {
                if (index.startsWith('[')) {
                  store.createIndex(index, index.slice(1, -1).split('+'));
                } else if (index.startsWith('*')) {
                  store.createIndex(index.slice(1), index.slice(1), { multiEntry: true });
                } else {
                  store.createIndex(index, index);
                }
              }
            }
            const transaction = request.transaction;
            if (!transaction) return;
            for (const [name, rows] of Object.entries(tables)) {
              for (const row of rows) transaction.objectStore(name).add(row);
            }
          };
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => {
            reject(request.error ?? new Error('the old database did not open'));
          };
        });
      },
      { stores: v1, tables: fixture.tables },
    );

    // The fixture's settings say Swedish; the person page shows the touch's own note.
    await page.goto(`/people/${ASA}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Åsa Östberg' })).toBeVisible();
    await expect(page.getByText('Coffee at Da Matteo')).toBeVisible();

    const stored = await page.evaluate(async (contactId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ties');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      const names = [...db.objectStoreNames];
      const contactIndexes = [...db.transaction('contacts').objectStore('contacts').indexNames];
      const log = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('touchLogs').objectStore('touchLogs').get(contactId);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('read failed'));
        };
      });
      const version = db.version;
      db.close();
      return { names, contactIndexes, log, version };
    }, ASA);
    // Dexie's version n is IndexedDB's version 10 n: the database is at the latest one.
    expect(stored.version).toBe(10 * (versions.at(-1)?.version ?? 0));
    expect(stored.names).toContain('touchLogs');
    expect(stored.names).toContain('revertPoint');
    expect(stored.names).not.toContain('interactions');
    expect(stored.names).not.toContain('participations');
    expect(stored.contactIndexes.sort()).toEqual(['nextDueAt', 'sortName', 'source', 'updatedAt']);
    expect(stored.log).toMatchObject({
      contactId: ASA,
      touches: [fixture.tables.interactions?.[0]],
    });
  });
});
