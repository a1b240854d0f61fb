// Settings › Your data: download a backup, restore one (the whole file checked first, a
// confirmation of what it replaces, a way back), refuse a newer or damaged file, and export.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasRevertableRestore } from '../../db/revert-point';
import { makeBackup } from '../../db/reads/backup';
import { db } from '../../db/db';
import { makePerson, seedPeople } from '../../../tests/support/log-seed';
import {
  blobText,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await setUpTransferTest();
});

async function familyNames(): Promise<string[]> {
  return (await db.contacts.toArray()).map((person) => person.familyName).sort();
}

async function pickBackup(file: File) {
  await userEvent.upload(screen.getByLabelText('Choose a backup file'), file);
}

describe('Backup', () => {
  it('downloads ties-backup-YYYY-MM-DD.json holding everything, and marks the backup saved', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const { services, saved } = testServices();
    renderYourDataPage(services);
    expect(await screen.findByText(/You have not made a backup yet\./)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download backup' }));

    expect(
      await screen.findByText(/^Backup saved as ties-backup-\d{4}-\d{2}-\d{2}\.json\.$/, {}, SLOW),
    ).toBeVisible();
    expect(saved).toHaveLength(1);
    const [backup] = saved;
    expect(backup?.fileName).toMatch(/^ties-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(await blobText(backup?.file ?? new Blob())) as {
      format: string;
      tables: { contacts: { familyName: string }[] };
    };
    expect(parsed.format).toBe('ties-backup');
    expect(parsed.tables.contacts.map((person) => person.familyName).sort()).toEqual([
      'Berg',
      'Ek',
    ]);
    const settings = await db.settings.get('settings');
    expect(settings?.lastBackupAt).toEqual(expect.any(Number));
    expect(await screen.findByText(/^Last backup: /)).toBeVisible();
  });

  it('saves the reminder’s days and changes, and refuses numbers out of range', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    const days = await screen.findByLabelText('After this many days');
    expect(days).toHaveValue('30');
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(screen.getByText('Enter a whole number from 0 to 365.')).toBeVisible();
    expect((await db.settings.get('settings'))?.backupReminderDays).toBe(30);

    await userEvent.clear(days);
    await userEvent.type(days, '14');
    const changes = screen.getByLabelText('Or after this many changes');
    await userEvent.clear(changes);
    await userEvent.type(changes, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    expect(await db.settings.get('settings')).toMatchObject({
      backupReminderDays: 14,
      backupReminderChanges: 0,
    });
  });
});

describe('Restore', () => {
  it('says what it replaces, restores the backup exactly, and can be reverted', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const { text } = await makeBackup();
    await db.contacts.clear();
    await seedPeople(
      makePerson('Cilla', 'Dahl'),
      makePerson('Dan', 'Ek'),
      makePerson('Eva', 'Fors'),
    );
    const { services } = testServices();
    renderYourDataPage(services);
    await pickBackup(textFile(text, 'ties-backup-2025-03-14.json', 'application/json'));

    const confirm = await screen.findByRole(
      'group',
      { name: 'Replace your data with this backup?' },
      SLOW,
    );
    const people = within(confirm).getByRole('row', { name: /People/ });
    expect(
      within(people)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2']);
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await familyNames()).toEqual(['Dahl', 'Ek', 'Fors']);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Replace and restore' }));
    expect(await screen.findByText('The backup is restored.', {}, SLOW)).toBeVisible();
    expect(await familyNames()).toEqual(['Berg', 'Ek']);
    expect(await hasRevertableRestore()).toBe(true);

    await userEvent.click(await screen.findByRole('button', { name: 'Revert restore' }, SLOW));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, go back' }));
    expect(
      await screen.findByText('Your data is back as it was before the restore.', {}, SLOW),
    ).toBeVisible();
    expect(await familyNames()).toEqual(['Dahl', 'Ek', 'Fors']);
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Revert restore' })).not.toBeInTheDocument();
    });
  });

  it('writes nothing when the confirmation is cancelled', async () => {
    await seedPeople(makePerson('Anna', 'Berg'));
    const { text } = await makeBackup();
    await db.contacts.clear();
    await seedPeople(makePerson('Cilla', 'Dahl'));
    const { services } = testServices();
    renderYourDataPage(services);
    await pickBackup(textFile(text, 'backup.json', 'application/json'));
    const confirm = await screen.findByRole(
      'group',
      { name: 'Replace your data with this backup?' },
      SLOW,
    );
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await familyNames()).toEqual(['Dahl']);
    expect(await hasRevertableRestore()).toBe(false);
  });

  it('refuses a backup from a newer version of Ties, naming both versions', async () => {
    await seedPeople(makePerson('Cilla', 'Dahl'));
    const { text } = await makeBackup();
    const newer = text.replace('"formatVersion":3', '"formatVersion":7');
    const { services } = testServices();
    renderYourDataPage(services);
    await pickBackup(textFile(newer, 'from-the-future.json', 'application/json'));

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      'from-the-future.json was made by a newer version of Ties (backup format 7); this version reads up to format 3.',
    );
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Replace and restore' })).not.toBeInTheDocument();
    expect(await familyNames()).toEqual(['Dahl']);
  });

  it('names the table and row where a backup is damaged', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const backup = JSON.parse((await makeBackup()).text) as {
      tables: { contacts: Record<string, unknown>[] };
    };
    const second = backup.tables.contacts[1];
    if (second) second.tier = 'best friend';
    const { services } = testServices();
    renderYourDataPage(services);
    await pickBackup(textFile(JSON.stringify(backup), 'edited.json', 'application/json'));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'edited.json is damaged at table “People”, row 2, field “tier”.',
    );
  });

  it('says a file is not a Ties backup', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pickBackup(textFile('{"hello":"world"}', 'notes.json', 'application/json'));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'notes.json is not a Ties backup.',
    );
  });
});

describe('Export', () => {
  it('downloads everyone as vCard 3.0', async () => {
    await seedPeople(makePerson('Anna', 'Berg', { organisation: 'Acme AB' }));
    const { services, saved } = testServices();
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Download vCard (.vcf)' }));
    expect(await screen.findByText('Exported 1 person.', {}, SLOW)).toBeVisible();
    expect(saved[0]?.fileName).toMatch(/^ties-people-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = await blobText(saved[0]?.file ?? new Blob());
    expect(text).toContain('BEGIN:VCARD\r\nVERSION:3.0\r\n');
    expect(text).toContain('FN:Anna Berg');
    expect(text).toContain('ORG:Acme AB');
  });

  it('downloads a CSV whose cells cannot run as spreadsheet formulas', async () => {
    await seedPeople(makePerson('Anna', 'Berg', { organisation: '=HYPERLINK("http://x")' }));
    const { services, saved } = testServices();
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV for spreadsheets' }));
    expect(await screen.findByText('Exported 1 person.', {}, SLOW)).toBeVisible();
    expect(saved[0]?.fileName).toMatch(/^ties-people-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blobText(saved[0]?.file ?? new Blob());
    expect(text).toContain(`'=HYPERLINK(""http://x"")`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('In Swedish', () => {
  it('names every section and a refused backup in Swedish', async () => {
    const { services } = testServices();
    renderYourDataPage(services, { language: 'sv' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Import, export och säkerhetskopia' }),
    ).toBeVisible();
    for (const name of [
      'Importera personer',
      'Exportera personer',
      'Återställ en säkerhetskopia',
      'Dubbletter',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    expect(await screen.findByRole('heading', { level: 2, name: 'Säkerhetskopia' })).toBeVisible();
    await userEvent.upload(
      screen.getByLabelText('Välj en säkerhetskopia'),
      textFile('[1, 2', 'trasig.json', 'application/json'),
    );
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      /^trasig\.json är ingen säkerhetskopia från Ties: den är inte giltig JSON \(rad 1, kolumn \d+\)/,
    );
  });
});
