// A restore happens whole or leaves no trace, in real Chromium with a real on-disk profile:
// a page closed while a large restore writes leaves the data as it was and offers no
// "Revert restore", and so does a Cancel pressed while it writes; after a real restore, one
// that fails for a full disk (a quota set low through the DevTools protocol, so IndexedDB
// really refuses the write) names the cause and leaves the real revert point, which still
// brings back the data from before the real one.
// And the check and the screens: a backup with times out of range is refused naming the
// field, and a screen with a bad stored time shows the error boundary's way back.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { formatOneBackupText } from './backup-files';
import { test, expect, startEmpty, DATA_TABLES, readStores, type Row } from './fixtures';

const T0 = Date.UTC(2025, 0, 6, 12);
/** The disk the first test runs on: room for a large but compressible restore, not 60 MB more. */
const QUOTA_BYTES = 45 * 1024 * 1024;
const DAY_MS = 86_400_000;

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:phone-anna',
  'FN:Anna Berg',
  'N:Berg;Anna;;;',
  'EMAIL:anna@acme.se',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:phone-dan',
  'FN:Dan Ström',
  'N:Ström;Dan;;;',
  'END:VCARD',
  '',
].join('\r\n');

/** A person as a backup holds one, with derived fields true to `touches` touches. */
function contactRow(
  id: string,
  givenName: string,
  familyName: string,
  touches: number,
  notes: string,
): Row {
  const lastTouchAt = touches > 0 ? T0 + (touches - 1) * DAY_MS : undefined;
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    source: 'manual',
    touchCount: touches,
    ...(lastTouchAt === undefined ? {} : { lastTouchAt, lastTouchKind: 'coffee' }),
    strength: { value: touches, at: lastTouchAt ?? T0 },
    gave: { value: 0, at: T0 },
    received: { value: 0, at: T0 },
    initiative: { me: touches, them: 0, unknown: 0 },
    givenName,
    familyName,
    displayName: '',
    organisation: 'Example AB',
    role: 'Engineer',
    affiliation: 'external',
    emails: [{ value: `${id}@example.se` }],
    phones: [],
    linkedInUrl: '',
    links: [],
    location: 'Stockholm',
    tags: ['generated'],
    expertise: [],
    tier: 'active',
    isPaused: false,
    howWeMet: '',
    notes,
    nextTimeNote: '',
    isArchived: false,
    sortName: '',
    searchText: '',
  };
}

function touchRow(id: string, contactId: string, at: number): Row {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    source: 'manual',
    at,
    kind: 'coffee',
    participantIds: [contactId],
    note: 'Coffee near the office.',
    initiator: 'me',
    gave: [],
    received: [],
    askedForHelp: false,
  };
}

const NOTE = 'A person made up for a restore test, with a note of some length.';

/**
 * A whole backup file's text: `people` people with `touchesEach` touches each. With
 * `randomNoteChars`, each note is that many random characters: data that does not compress,
 * so it weighs its full size against a quota (Chromium compresses what IndexedDB stores).
 */
function backupText(
  prefix: string,
  people: number,
  touchesEach: number,
  randomNoteChars = 0,
): string {
  const contacts: Row[] = [];
  const interactions: Row[] = [];
  for (let person = 0; person < people; person += 1) {
    const id = `${prefix}-${String(person).padStart(6, '0')}`;
    const notes =
      randomNoteChars > 0
        ? randomBytes(randomNoteChars).toString('base64').slice(0, randomNoteChars)
        : NOTE;
    contacts.push(contactRow(id, `Given${person}`, `${prefix}${person}`, touchesEach, notes));
    for (let touch = 0; touch < touchesEach; touch += 1) {
      interactions.push(touchRow(`${id}-t${touch}`, id, T0 + touch * DAY_MS));
    }
  }
  return formatOneBackupText({ createdAt: T0, schemaVersion: 5, contacts, interactions });
}

function readData(page: Page): Promise<Record<string, Row[]>> {
  return readStores(page, 'ties', DATA_TABLES);
}

/** The revert point the main database names, if any. */
async function revertPoint(page: Page): Promise<Row | undefined> {
  return (await readStores(page, 'ties', ['revertPoint'])).revertPoint?.[0];
}

/** The ids of the complete copies in the copy database: those with their meta row. */
async function completeCopies(page: Page): Promise<string[]> {
  const { meta = [] } = await readStores(page, 'ties-before-restore', ['meta']);
  return meta.map((row) => String(row.id));
}

/** The ids of the copies stored in the copy database, complete or not. */
async function storedCopies(page: Page): Promise<string[]> {
  const { chunks = [], meta = [] } = await readStores(page, 'ties-before-restore', [
    'chunks',
    'meta',
  ]);
  return [
    ...new Set([...meta.map((row) => String(row.id)), ...chunks.map((row) => String(row.copyId))]),
  ];
}

async function pickBackup(page: Page, file: string) {
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(
    page.getByRole('group', { name: 'Replace your data with this backup?' }),
  ).toBeVisible({ timeout: 60_000 });
}

async function confirmRestore(page: Page) {
  await page.getByRole('button', { name: 'Replace and restore' }).click();
}

async function openDataPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/settings/data');
  await expect(page.getByRole('heading', { level: 2, name: 'Restore a backup' })).toBeVisible();
  return page;
}

test.describe('A restore happens whole or leaves no trace', () => {
  let folder: string;
  test.beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'ties-e2e-restore-'));
  });
  test.afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('a page closed or a cancel mid-restore changes nothing; a failed restore keeps the real revert point', async ({
    launchPersistentApp,
    baseURL,
  }) => {
    // A 10,000-person, 100,000-touch file is checked and restored for several seconds on
    // two shared cores, and this test does that twice besides a small restore.
    test.setTimeout(300_000);
    const large = path.join(folder, 'large-backup.json');
    const small = path.join(folder, 'small-backup.json');
    const dense = path.join(folder, 'dense-backup.json');
    await writeFile(large, backupText('large', 10_000, 10));
    await writeFile(small, backupText('small', 3, 2));
    // 2,000 people with 30,000 random characters of notes each: 60 MB that cannot shrink.
    await writeFile(dense, backupText('dense', 2_000, 0, 30_000));

    const context = await launchPersistentApp();
    // A disk with room for everything this test writes but the dense file. The quota is set
    // before the first write, as Chromium keeps what it last learnt of the room left, and
    // through a blank page that stays open: it lasts as long as the DevTools session.
    const blank = context.pages()[0] ?? (await context.newPage());
    const origin = new URL(baseURL ?? '').origin;
    const cdp = await context.newCDPSession(blank);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });
    let page = await context.newPage();
    await startEmpty(page);
    await page.goto('/settings/data');
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from(VCARD, 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    const original = await readData(page);
    expect(original.contacts).toHaveLength(2);

    await test.step('close the page while the large restore writes', async () => {
      await pickBackup(page, large);
      await confirmRestore(page);
      await expect(page.getByRole('progressbar', { name: 'Restore progress' })).toBeVisible();
      // The copy of the current data is complete: what is left is writing the file's rows.
      await expect.poll(() => completeCopies(page), { timeout: 60_000 }).toHaveLength(1);
      await expect(page.getByText('Writing the backup’s data…')).toBeVisible();
      await page.close();
    });

    await test.step('reopen: no revert offered, the data as it was, the stray copy gone', async () => {
      // First an address of the app's origin that does not start the app: the closed
      // restore's copy is still there, and nothing names it.
      page = await context.newPage();
      await page.goto('/manifest.webmanifest');
      expect(await storedCopies(page)).toHaveLength(1);
      expect(await revertPoint(page)).toBeUndefined();
      await page.close();
      page = await openDataPage(context);
      await expect.poll(() => storedCopies(page), { timeout: 30_000 }).toEqual([]);
      expect(await revertPoint(page)).toBeUndefined();
      await expect(page.getByRole('button', { name: 'Revert restore' })).toHaveCount(0);
      expect(await readData(page)).toEqual(original);
    });

    await test.step('cancel the large restore while it writes: nothing changes', async () => {
      await pickBackup(page, large);
      await confirmRestore(page);
      await expect(page.getByText('Writing the backup’s data…')).toBeVisible({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByText('The restore was stopped. Nothing was changed.')).toBeVisible({
        timeout: 60_000,
      });
      expect(await readData(page)).toEqual(original);
      expect(await revertPoint(page)).toBeUndefined();
      expect(await storedCopies(page)).toEqual([]);
      await expect(page.getByRole('button', { name: 'Revert restore' })).toHaveCount(0);
    });

    await test.step('a real restore offers its revert point', async () => {
      await pickBackup(page, small);
      await confirmRestore(page);
      await expect(page.getByText('The backup is restored.')).toBeVisible({ timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Revert restore' })).toBeVisible();
      expect((await readData(page)).contacts).toHaveLength(3);
    });
    const realPoint = await revertPoint(page);
    expect(realPoint).toMatchObject({ copyId: expect.any(String) });
    const afterRealRestore = await readData(page);

    await test.step('a restore that fails for a full disk names it and keeps the real revert point', async () => {
      await pickBackup(page, dense);
      await confirmRestore(page);
      const alert = page.getByRole('alert').filter({ hasText: 'out of space' });
      await expect(alert).toBeVisible({ timeout: 120_000 });
      await expect(alert).toContainText('Ties is out of space on this device: ');
      await expect(alert).toContainText('Nothing was changed.');
      await expect(alert).not.toContainText('could not be finished');
      expect(await readData(page)).toEqual(afterRealRestore);
      expect(await revertPoint(page)).toEqual(realPoint);
      expect(await storedCopies(page)).toEqual([realPoint?.copyId]);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    });

    await test.step('the real revert point brings back the data from before the real restore', async () => {
      await page.getByRole('button', { name: 'Revert restore' }).click();
      await page.getByRole('button', { name: 'Yes, go back' }).click();
      await expect(page.getByText('Your data is back as it was before the restore.')).toBeVisible({
        timeout: 60_000,
      });
      const reverted = await readData(page);
      for (const table of DATA_TABLES) expect(reverted[table], table).toEqual(original[table]);
      expect(await revertPoint(page)).toBeUndefined();
      await expect(page.getByRole('button', { name: 'Revert restore' })).toHaveCount(0);
    });
  });
});

test.describe('The backup check and the screens', () => {
  test('a backup with times out of range is refused, naming the field, and changes nothing', async ({
    page,
  }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    const before = await readData(page);
    const file = JSON.parse(backupText('odd', 2, 1)) as { tables: Record<string, Row[]> };
    const touch = file.tables.interactions?.[1];
    if (touch) touch.at = 1e300;
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'odd-times.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'odd-times.json is damaged at table “Touches”, row 2, field “at”: the time is outside what Ties stores (1900 to 2199).',
    );
    await expect(alert).toContainText('Nothing was changed.');

    const created = JSON.parse(backupText('odd', 2, 1)) as { tables: Record<string, Row[]> };
    const person = created.tables.contacts?.[0];
    if (person) person.createdAt = -1e300;
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'odd-created.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(created)),
    });
    await expect(page.getByRole('alert')).toContainText(
      'odd-created.json is damaged at table “People”, row 1, field “createdAt”',
    );
    expect(await readData(page)).toEqual(before);
  });

  test('a screen with a bad stored time shows the error boundary and a way back', async ({
    page,
  }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from(VCARD, 'utf8'),
    });
    // With no rhythm, the new people are not on This week, which stays the way back: a
    // person with a time no Date can show still breaks every screen that shows them.
    await page.getByRole('checkbox', { name: 'Keep in touch with none of them for now' }).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

    // As an old database might hold it: a last touch no Date can show, written past the app.
    const personId = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ties');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      const transaction = db.transaction(['contacts', 'peopleRows'], 'readwrite');
      // An old database has no packed People rows yet: they are packed from the contacts
      // when the list is first read.
      transaction.objectStore('peopleRows').clear();
      const store = transaction.objectStore('contacts');
      const people = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = store.getAll();
        request.onsuccess = () => {
          resolve(request.result as Record<string, unknown>[]);
        };
      });
      const anna = people.find((person) => person.givenName === 'Anna');
      if (!anna) throw new Error('Anna was imported');
      await new Promise<void>((resolve, reject) => {
        const request = store.put({ ...anna, lastTouchAt: 1e300, touchCount: 1 });
        request.onsuccess = () => {
          resolve();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('write failed'));
        };
      });
      db.close();
      return String(anna.id);
    });

    for (const route of ['/people', `/people/${personId}`, '/network']) {
      await page.goto(route);
      await expect(
        page.getByRole('heading', { level: 1, name: 'This screen could not be shown' }),
      ).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('Your data has not been changed.');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Go to This week' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
});
