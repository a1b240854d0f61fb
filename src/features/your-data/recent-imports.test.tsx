// "Recent imports" on the data page: an import can be undone after a reload, the list follows
// the stored imports wherever they change, and an undo says what it did and kept, and why.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { updateContact } from '../../db/writes/people';
import { inputOf } from '../../domain/contact-validation';
import { db } from '../../db/db';
import { applyImport, undoImport } from '../../db/writes/imports';
import { planImportFromDatabase } from '../../db/reads/imports';
import { addTouch } from '../../db/writes/touches';
import type { Contact } from '../../domain/types';
import type { ImportedPerson, ParsedImport } from '../../interop/import-types';
import { makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';
import {
  linkedInCsv,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';
import { imported as importedAt } from '../../../tests/support/import-seed';

const SLOW = { timeout: 10_000 };
const MINUTE_MS = 60_000;

const ANNA = 'Anna,Berg,https://www.linkedin.com/in/anna-berg,anna@acme.se,Acme AB,CTO,15 Mar 2024';
const BO = 'Bo,Ek,https://www.linkedin.com/in/bo-ek,,Ekonomi AB,CFO,02 Jan 2023';

beforeEach(async () => {
  await setUpTransferTest();
});

function recentList() {
  return screen.findByRole('region', { name: 'Recent imports' }, SLOW);
}

async function livePeople(): Promise<Contact[]> {
  return (await db.contacts.toArray()).filter((person) => person.deletedAt === undefined);
}

function imported(givenName: string, familyName: string, changes: Partial<ImportedPerson> = {}) {
  return importedAt(2, givenName, familyName, changes);
}

/** An import written straight to the database, as the worker writes it. */
async function importPeople(fileName: string, at: number, people: ImportedPerson[]) {
  const parsed: ParsedImport = {
    format: 'linkedin-csv',
    source: 'linkedin',
    people,
    skipped: [],
    warnings: [],
  };
  return applyImport(await planImportFromDatabase(parsed), {}, { fileName, now: at });
}

describe('Recent imports', () => {
  it('keeps an import’s Undo after a reload, and undoes it from there', async () => {
    const { services } = testServices();
    const first = renderYourDataPage(services);
    await userEvent.upload(
      screen.getByLabelText('Choose a file to import'),
      textFile(linkedInCsv([ANNA, BO]), 'Connections.csv', 'text/csv'),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }, SLOW));
    await screen.findByRole('heading', { name: 'Import finished' }, SLOW);
    expect(await within(await recentList()).findByText('Connections.csv', {}, SLOW)).toBeVisible();

    // A reload: the summary and the toast are gone, the list is not.
    first.unmount();
    renderYourDataPage(services);
    const list = await recentList();
    const row = (await within(list).findByText('Connections.csv', {}, SLOW)).closest('li');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('2 people added');
    await userEvent.click(
      within(row).getByRole('button', { name: /^Undo the import of Connections\.csv from / }),
    );

    expect(await within(row).findByText('Undone just now.', {}, SLOW)).toBeVisible();
    expect(within(row).getByText('Removed 2 people it added.')).toBeVisible();
    expect(within(row).queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
    expect(await livePeople()).toEqual([]);
  });

  it('says what an undo put back, and which people it kept and why, by name', async () => {
    const [eva] = await seedPeople(
      makePerson('Eva', 'Holm', { emails: [{ value: 'eva@holm.se' }] }),
    );
    const at = Date.now() - 10 * MINUTE_MS;
    await importPeople('Connections.csv', at, [
      imported('Eva', 'Holm', { emails: [{ value: 'eva@holm.se' }], organisation: 'Holm AB' }),
      imported('Anna', 'Berg'),
      imported('Bo', 'Ek'),
      imported('Cilla', 'Dahl'),
    ]);
    // Since the import: a coffee with Anna, and Bo's role written by hand.
    const people = await livePeople();
    const byName = (name: string) => people.find((person) => person.givenName === name);
    const anna = byName('Anna');
    const bo = byName('Bo');
    if (!anna || !bo) throw new Error('not imported');
    await addTouch(touchDraft([anna.id], Date.now() - MINUTE_MS));
    await updateContact(bo.id, { ...inputOf(bo), role: 'Mentor' });

    const { services } = testServices();
    renderYourDataPage(services);
    const list = await recentList();
    const row = (await within(list).findByText('Connections.csv', {}, SLOW)).closest('li');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('3 people added · 1 person updated');
    await userEvent.click(within(row).getByRole('button', { name: /^Undo the import of/ }));

    const result = await within(row).findByRole('status', {}, SLOW);
    expect(result).toHaveTextContent('Removed 1 person it added.');
    expect(result).toHaveTextContent('Put 1 person back as they were.');
    expect(result).toHaveTextContent('Kept 1 person you have logged a touch with since.');
    expect(result).toHaveTextContent(
      'Kept 1 person you edited after the import, as you left them.',
    );
    expect(await within(result).findByText('Anna Berg, Bo Ek', {}, SLOW)).toBeVisible();
    expect(result).toHaveTextContent('Delete them by hand if you want to.');
    const after = await livePeople();
    expect(after.map((person) => person.givenName).sort()).toEqual(['Anna', 'Bo', 'Eva']);
    expect(after.find((person) => person.id === eva.id)?.organisation).toBe('');
  });

  it('follows the stored imports: undone elsewhere, or cleared by a restore', async () => {
    const older = await importPeople('old.vcf', Date.now() - 60 * MINUTE_MS, [
      imported('Anna', 'Berg'),
    ]);
    await importPeople('new.csv', Date.now() - MINUTE_MS, [imported('Bo', 'Ek')]);
    const { services } = testServices();
    renderYourDataPage(services);
    const list = await recentList();
    await within(list).findByText('old.vcf', {}, SLOW);
    // Newest first.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['new.csv', 'old.vcf']);
    expect(within(list).getAllByRole('button', { name: /^Undo the import of/ })).toHaveLength(2);

    // Undone by the summary's or the toast's Undo, or in another tab.
    await undoImport(older.batchId ?? '');
    const oldRow = within(list).getByText('old.vcf').closest('li');
    if (!oldRow) throw new Error('no row');
    expect(await within(oldRow).findByText(/^Undone /, {}, SLOW)).toBeVisible();
    expect(within(oldRow).queryByRole('button')).not.toBeInTheDocument();

    // A restore leaves no imports to undo.
    await db.importBatches.clear();
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Recent imports' })).not.toBeInTheDocument();
    }, SLOW);
  });

  it('speaks Swedish', async () => {
    await importPeople('Kontakter.csv', Date.now() - MINUTE_MS, [
      imported('Åsa', 'Öberg'),
      imported('Bo', 'Ek'),
    ]);
    const { services } = testServices();
    renderYourDataPage(services, { language: 'sv' });
    const list = await screen.findByRole('region', { name: 'Senaste importer' }, SLOW);
    const row = (await within(list).findByText('Kontakter.csv', {}, SLOW)).closest('li');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('2 personer tillagda');
    await userEvent.click(
      within(row).getByRole('button', { name: /^Ångra importen av Kontakter\.csv från / }),
    );
    expect(await within(row).findByText('Ångrad nyss.', {}, SLOW)).toBeVisible();
    expect(within(row).getByText('Tog bort 2 personer som den lade till.')).toBeVisible();
  });
});
