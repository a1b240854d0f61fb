// Import, export, backup and restore in the production build, with the real
// workers: a LinkedIn file and a vCard file imported through the screen and imported again
// without duplicates; a backup made in one fresh browser profile restored in another into
// identical data; files that cannot be used writing nothing; a file that arrives by the share
// target (through the service worker) or by a drop on the window; an export of only the
// people picked; an import undone from the recent imports after a reload.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  test,
  expect,
  startEmpty,
  waitForServiceWorkerControl,
  DATA_TABLES,
  readStores,
  type Row,
} from './fixtures';

const LINKEDIN_CSV = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Anna,Berg,https://www.linkedin.com/in/anna-berg,anna@acme.se,Acme AB,CTO,15 Mar 2024',
  'Bo,Ek,https://www.linkedin.com/in/bo-ek,,Ekonomi AB,CFO,02 Jan 2023',
  '"Cilla ""CJ""",Dahl,https://www.linkedin.com/in/cilla-dahl,,"Dahl, Dahl & Co",Partner,10 Oct 2022',
  ',,https://www.linkedin.com/in/nobody,,Nowhere,,01 Jan 2020',
].join('\r\n');

// Anna again (same e-mail, so the same person) with a phone number, and someone new.
const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:phone-anna',
  'FN:Anna Berg',
  'N:Berg;Anna;;;',
  'ORG:Acme AB',
  'TITLE:CTO',
  'EMAIL;TYPE=INTERNET:anna@acme.se',
  'TEL;TYPE=CELL:+46 70 123 45 67',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:phone-dan',
  'FN:Dan Ström',
  'N:Ström;Dan;;;',
  'EMAIL:dan@example.se',
  'END:VCARD',
  '',
].join('\r\n');

function csvFile(text: string, name = 'Connections.csv') {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

function vcardFile(text: string, name = 'contacts.vcf') {
  return { name, mimeType: 'text/vcard', buffer: Buffer.from(text, 'utf8') };
}

/** Every row of the app's user-data tables, read straight from IndexedDB. */
async function readTables(page: Page): Promise<Record<string, Row[]>> {
  return readStores(page, 'ties', DATA_TABLES);
}

async function livePeople(page: Page): Promise<Row[]> {
  const { contacts = [] } = await readTables(page);
  return contacts.filter((contact) => contact.deletedAt === undefined);
}

async function importFile(page: Page, file: ReturnType<typeof csvFile>) {
  await page.getByLabel('Choose a file to import').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Before anything is saved' })).toBeVisible();
}

async function confirmImport(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
}

/** A second fresh browser profile on the same server, guarded like the test's own. */
async function freshProfile(
  browser: Browser,
  baseURL: string,
  guard: {
    originGuard: { watch: (c: BrowserContext) => void };
    pageProblems: { watch: (c: BrowserContext) => Promise<void> };
  },
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  guard.originGuard.watch(context);
  await guard.pageProblems.watch(context);
  return context;
}

test.describe('Import, backup and restore', () => {
  test('imports a LinkedIn file and a vCard file, and importing them again adds no one twice', async ({
    page,
  }) => {
    await startEmpty(page);
    await page.goto('/settings/data');

    await importFile(page, csvFile(LINKEDIN_CSV));
    await expect(page.getByText('3 new people')).toBeVisible();
    await expect(page.getByText('Line 8: no name, so there is no one to add.')).toBeVisible();
    await confirmImport(page);
    await expect(page.getByText('Added 3 people.')).toBeVisible();

    await page.getByRole('button', { name: 'Import another file' }).click();
    await importFile(page, vcardFile(VCARD));
    await expect(page.getByText('1 new person')).toBeVisible();
    await expect(page.getByText('1 person you have gets new details')).toBeVisible();
    await confirmImport(page);

    const people = await livePeople(page);
    expect(people.map((person) => person.familyName).sort()).toEqual([
      'Berg',
      'Dahl',
      'Ek',
      'Ström',
    ]);
    const anna = people.find((person) => person.givenName === 'Anna');
    expect(anna).toMatchObject({
      phones: [{ value: '+46 70 123 45 67' }],
      emails: [{ value: 'anna@acme.se' }],
    });
    expect(people.find((person) => person.familyName === 'Dahl')).toMatchObject({
      givenName: 'Cilla "CJ"',
      organisation: 'Dahl, Dahl & Co',
    });

    for (const file of [csvFile(LINKEDIN_CSV), vcardFile(VCARD)]) {
      await page
        .getByRole('button', { name: 'Import another file' })
        .or(page.getByRole('button', { name: 'Done' }))
        .click();
      await importFile(page, file);
      await expect(page.getByText('0 new people')).toBeVisible();
      await expect(
        page.getByText('Everything in this file is already in Ties: there is nothing to import.'),
      ).toBeVisible();
    }
    expect(await livePeople(page)).toHaveLength(4);

    await page.goto('/people');
    for (const name of ['Anna Berg', 'Bo Ek', 'Cilla "CJ" Dahl', 'Dan Ström']) {
      await expect(page.getByRole('link', { name })).toHaveCount(1);
    }
  });

  test('exports only the two people picked, as a vCard file with their two cards', async ({
    page,
  }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    await importFile(page, csvFile(LINKEDIN_CSV));
    await confirmImport(page);

    await page.getByRole('button', { name: 'Export some people' }).click();
    const panel = page.getByRole('group', { name: 'Choose who to export' });
    const download = panel.getByRole('button', { name: 'Download the chosen as vCard' });
    await expect(download).toBeDisabled();
    const search = panel.getByRole('searchbox', { name: 'Find people' });
    await search.fill('anna');
    await panel.getByRole('checkbox', { name: 'Anna Berg' }).check();
    await search.fill('dahl');
    await panel.getByRole('checkbox', { name: 'Cilla "CJ" Dahl' }).check();
    await expect(panel.getByText('2 people chosen')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await download.click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^ties-people-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = await readFile(await file.path(), 'utf8');
    expect(text.match(/^BEGIN:VCARD\r?$/gm)).toHaveLength(2);
    expect(text.match(/^FN:.*?(?=\r?$)/gm)).toEqual(['FN:Anna Berg', 'FN:Cilla "CJ" Dahl']);
    expect(text).not.toContain('Bo Ek');
    await expect(panel.getByText('Exported 2 people.')).toBeVisible();
  });

  test('an import can be undone from the recent imports after a reload', async ({ page }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    await importFile(page, vcardFile(VCARD));
    await confirmImport(page);
    // The worker's write reaches the page's list without a reload…
    const recent = page.getByRole('region', { name: 'Recent imports' });
    await expect(recent.getByText('contacts.vcf')).toBeVisible();

    // …and the list, with its Undo, is still there after one.
    await page.reload();
    const row = recent.getByRole('listitem').filter({ hasText: 'contacts.vcf' });
    await expect(row).toContainText('2 people added');
    await row.getByRole('button', { name: /^Undo the import of contacts\.vcf from / }).click();
    await expect(row.getByText('Removed 2 people it added.')).toBeVisible();
    await expect(row.getByRole('button')).toHaveCount(0);
    expect(await livePeople(page)).toEqual([]);
  });

  test('reads a Windows-1252 file after the encoding is picked', async ({ page }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nÅsa,Öberg,,,Café Ängel,,\r\n';
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'latin1'),
    });
    await expect(
      page.getByRole('heading', { name: 'Which text encoding is this file in?' }),
    ).toBeVisible();
    await expect(page.getByText('Åsa,Öberg,,,Café Ängel,,')).toBeVisible();
    await page.getByRole('button', { name: 'Read the file with this encoding' }).click();
    await expect(page.getByText('1 new person')).toBeVisible();
    await confirmImport(page);
    expect(await livePeople(page)).toMatchObject([
      { givenName: 'Åsa', familyName: 'Öberg', organisation: 'Café Ängel' },
    ]);
  });

  test('a backup made in one fresh profile restores identical data in another', async ({
    page,
    browser,
    baseURL,
    originGuard,
    pageProblems,
  }) => {
    // Profile A: the demo network, a realistic amount of everything.
    await page.goto('/');
    await page.getByRole('button', { name: 'Explore with a demo network' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await page.goto('/settings/data');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ties-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByText(/^Backup saved as ties-backup-/)).toBeVisible();
    const backupPath = await download.path();
    const original = await readTables(page);
    expect(original.contacts?.length).toBeGreaterThan(100);
    // Each person's touches are kept in one record: the demo's people have some each.
    expect(original.touchLogs?.length).toBeGreaterThan(100);

    // Profile B: someone else's data first, then the restore.
    const other = await freshProfile(browser, baseURL ?? '', { originGuard, pageProblems });
    const pageB = await other.newPage();
    await startEmpty(pageB);
    await pageB.goto('/settings/data');
    await importFile(pageB, vcardFile(VCARD));
    await confirmImport(pageB);
    await pageB.getByLabel('Choose a backup file').setInputFiles(backupPath);
    const confirm = pageB.getByRole('group', { name: 'Replace your data with this backup?' });
    await expect(confirm.getByRole('row', { name: /People/ }).getByRole('cell')).toHaveText([
      '2',
      String(original.contacts?.length),
    ]);
    await confirm.getByRole('button', { name: 'Replace and restore' }).click();
    await expect(pageB.getByText('The backup is restored.')).toBeVisible();

    const restored = await readTables(pageB);
    for (const table of DATA_TABLES) {
      if (table === 'settings') continue;
      expect(restored[table], table).toEqual(original[table]);
    }
    // The backup was made before A noted it as saved; everything else in settings is the same.
    const settingsA = { ...original.settings?.[0], lastBackupAt: undefined };
    const settingsB = { ...restored.settings?.[0], lastBackupAt: undefined };
    expect(settingsB).toEqual(settingsA);
    // And the file itself holds exactly those rows.
    const file = JSON.parse(await readFile(backupPath, 'utf8')) as {
      tables: Record<string, Row[]>;
    };
    expect(file.tables.contacts).toEqual(original.contacts);

    // The data from before the restore can be put back.
    await pageB.getByRole('button', { name: 'Revert restore' }).click();
    await pageB.getByRole('button', { name: 'Yes, go back' }).click();
    await expect(pageB.getByText('Your data is back as it was before the restore.')).toBeVisible();
    expect((await livePeople(pageB)).map((person) => person.familyName).sort()).toEqual([
      'Berg',
      'Ström',
    ]);
  });

  test('a file that cannot be used writes nothing', async ({ page }) => {
    await startEmpty(page);
    await page.goto('/settings/data');
    await importFile(
      page,
      csvFile(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nEva,Holm,,,,,\r\n',
      ),
    );
    await confirmImport(page);
    const before = await readTables(page);

    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Array<number>(64).fill(0),
    ]);
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page
      .getByLabel('Choose a file to import')
      .setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: png });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('photo.csv is not a text file');
    await expect(alert).toContainText('Nothing was imported.');

    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await expect(page.getByText('not-a-backup.json is not a Ties backup.')).toBeVisible();
    const truncated = '{"format":"ties-backup","formatVersion":1,"tables":{"contacts":[';
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'cut-short.json',
      mimeType: 'application/json',
      buffer: Buffer.from(truncated),
    });
    await expect(
      page.getByText(
        /^cut-short\.json is not a Ties backup: it is not valid JSON \(line 1, column \d+\)/,
      ),
    ).toBeVisible();

    expect(await readTables(page)).toEqual(before);
  });

  test('imports and backs up with the server gone (the workers come from the cache)', async ({
    page,
    server,
  }) => {
    await startEmpty(page);
    await waitForServiceWorkerControl(page);
    await server.stop();

    await page.goto('/settings/data');
    await importFile(page, vcardFile(VCARD));
    await expect(page.getByText('2 new people')).toBeVisible();
    await confirmImport(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup' }).click();
    const backup = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
      tables: { contacts: Row[] };
    };
    expect(backup.tables.contacts.map((person) => person.familyName).sort()).toEqual([
      'Berg',
      'Ström',
    ]);
  });

  test('a file shared to the installed app opens in the import preview', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.goto('/settings/data');
    // What the system share sheet does: a multipart POST to the manifest's share_target.
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/share-target';
      form.enctype = 'multipart/form-data';
      const input = document.createElement('input');
      input.type = 'file';
      input.name = 'file';
      form.append(input);
      document.body.append(form);
    });
    await page
      .locator('form[action="/share-target"] input')
      .setInputFiles(vcardFile(VCARD, 'shared.vcf'));
    await page.evaluate(() => {
      document.querySelector<HTMLFormElement>('form[action="/share-target"]')?.submit();
    });

    await expect(page).toHaveURL(/\/settings\/data$/);
    await expect(page.getByText('vCard: shared.vcf')).toBeVisible();
    await expect(page.getByText('2 new people')).toBeVisible();
  });

  test('a file dropped on any screen opens in the import preview', async ({ page }) => {
    await startEmpty(page);
    await page.goto('/people');
    // The shell listens for drops from an effect, which runs after its first paint: a drag
    // that early (no person could make one) would find no listener yet.
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.vcf', { type: 'text/vcard' }));
      return transfer;
    }, VCARD);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop the file to import it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page).toHaveURL(/\/settings\/data$/);
    await expect(page.getByText('vCard: dropped.vcf')).toBeVisible();
    await expect(page.getByText('2 new people')).toBeVisible();
  });
});
