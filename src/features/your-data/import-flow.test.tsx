// Settings › Import: pick a file → preview → confirm → summary with Undo, with the real
// parsers, matcher and writer running in-process (tests/support/your-data-screen.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { updateContact } from '../../db/writes/people';
import { inputOf } from '../../domain/contact-validation';
import type { Contact } from '../../domain/types';
import {
  linkedInCsv,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

// The in-process engines write through fake-indexeddb: generous waits on a busy machine.
const SLOW = { timeout: 10_000 };

const ANNA = 'Anna,Berg,https://www.linkedin.com/in/anna-berg,anna@acme.se,Acme AB,CTO,15 Mar 2024';
const BO = 'Bo,Ek,https://www.linkedin.com/in/bo-ek,,Ekonomi AB,CFO,02 Jan 2023';
const NAMELESS = ',,https://www.linkedin.com/in/nobody,,Nowhere,,01 Jan 2020';

async function livePeople(): Promise<Contact[]> {
  const all = await db.contacts.toArray();
  return all.filter((contact) => contact.deletedAt === undefined);
}

async function pick(file: File) {
  await userEvent.upload(screen.getByLabelText('Choose a file to import'), file);
}

async function confirmImport() {
  await userEvent.click(await screen.findByRole('button', { name: 'Import' }, SLOW));
  return screen.findByRole('heading', { name: 'Import finished' }, SLOW);
}

beforeEach(async () => {
  await setUpTransferTest();
});

describe('Import', () => {
  it('previews a LinkedIn file, names the skipped line, imports it and undoes exactly that', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(textFile(linkedInCsv([ANNA, BO, NAMELESS]), 'Connections.csv', 'text/csv'));

    const previewHeading = await screen.findByRole(
      'heading',
      { name: 'Before anything is saved' },
      SLOW,
    );
    // Focus moves in an effect after the preview renders: on a loaded machine, a beat later.
    await waitFor(() => expect(previewHeading).toHaveFocus());
    const counts = screen.getByRole('list', { name: 'Before anything is saved' });
    expect(within(counts).getByText('2 new people')).toBeVisible();
    expect(within(counts).getByText('1 row or card skipped')).toBeVisible();
    expect(screen.getByText('Line 7: no name, so there is no one to add.')).toBeVisible();
    expect(screen.getByText('LinkedIn connections (CSV): Connections.csv')).toBeVisible();
    // Nothing is written before the confirm.
    expect(await db.contacts.count()).toBe(0);

    await confirmImport();
    expect(screen.getByText('Added 2 people.')).toBeVisible();
    expect(screen.getByText('Imported 2 people.')).toBeVisible(); // the toast
    const people = await livePeople();
    expect(people.map((person) => person.familyName).sort()).toEqual(['Berg', 'Ek']);
    expect(people.find((person) => person.familyName === 'Berg')).toMatchObject({
      organisation: 'Acme AB',
      emails: [{ value: 'anna@acme.se' }],
      source: 'linkedin',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(await screen.findByText('The import is undone.', {}, SLOW)).toBeVisible();
    expect(screen.getByText('Removed 2 people it added.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Undo this import' })).not.toBeInTheDocument();
    expect(await livePeople()).toEqual([]);
  });

  it('merges the same file imported again instead of adding anyone twice', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    const file = () => textFile(linkedInCsv([ANNA, BO]), 'Connections.csv', 'text/csv');
    await pick(file());
    await confirmImport();
    await userEvent.click(screen.getByRole('button', { name: 'Import another file' }));

    await pick(file());
    expect(await screen.findByText('2 people are already up to date', {}, SLOW)).toBeVisible();
    expect(screen.getByText('0 new people')).toBeVisible();
    expect(
      screen.getByText('Everything in this file is already in Ties: there is nothing to import.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await livePeople()).toHaveLength(2);
  });

  it('shows a conflict with the user’s own edit, keeps theirs by default, and takes the file’s on request', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(textFile(linkedInCsv([ANNA, BO]), 'Connections.csv', 'text/csv'));
    await confirmImport();
    // The user edits both people's role by hand.
    for (const person of await livePeople()) {
      await updateContact(person.id, {
        ...inputOf(person),
        role: `My note on ${person.givenName}`,
      });
    }
    await userEvent.click(screen.getByRole('button', { name: 'Import another file' }));

    const newer = [ANNA.replace('CTO', 'CEO'), BO.replace('CFO', 'COO')];
    await pick(textFile(linkedInCsv(newer), 'Connections.csv', 'text/csv'));
    expect(await screen.findByText('2 details differ from what you wrote', {}, SLOW)).toBeVisible();
    const anna = screen.getByRole('group', { name: 'Anna Berg: role' });
    expect(within(anna).getByRole('radio', { name: 'Keep mine: My note on Anna' })).toBeChecked();
    const bo = screen.getByRole('group', { name: 'Bo Ek: role' });
    await userEvent.click(within(bo).getByRole('radio', { name: 'Take the file’s: COO' }));

    await confirmImport();
    const people = await livePeople();
    expect(people.find((person) => person.givenName === 'Anna')?.role).toBe('My note on Anna');
    expect(people.find((person) => person.givenName === 'Bo')?.role).toBe('COO');
  });

  it('writes nothing when the preview is cancelled', async () => {
    const { services, importLog } = testServices();
    renderYourDataPage(services);
    await pick(textFile(linkedInCsv([ANNA]), 'Connections.csv', 'text/csv'));
    await screen.findByText('1 new person', {}, SLOW);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByLabelText('Choose a file to import')).toBeInTheDocument();
    expect(importLog.closed).toBe(importLog.opened);
    expect(await db.contacts.count()).toBe(0);
  });

  it('names malformed cards of a vCard file by number and imports the rest', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Cecilia Dahl',
      'N:Dahl;Cecilia;;;',
      'EMAIL:cecilia@example.se',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'TEL:+46 70 123 45 67',
      'END:VCARD',
    ].join('\r\n');
    await pick(textFile(vcf, 'contacts.vcf', 'text/vcard'));

    expect(await screen.findByText('1 new person', {}, SLOW)).toBeVisible();
    expect(screen.getByText('Card 2 (line 7): no name, so there is no one to add.')).toBeVisible();
    await confirmImport();
    expect((await livePeople()).map((person) => person.emails)).toEqual([
      [{ value: 'cecilia@example.se' }],
    ]);
  });

  it('keeps text that looks like markup as text', async () => {
    const { services } = testServices();
    const { container } = renderYourDataPage(services);
    const hostile = '<img src=x onerror=alert(1)>';
    await pick(
      textFile(linkedInCsv([`"${hostile}",Berg,,,Acme,,`]), 'Connections.csv', 'text/csv'),
    );
    await userEvent.click(await screen.findByText(/^New people/, {}, SLOW));
    expect(screen.getByText(`${hostile} Berg`)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Import: files that cannot be used', () => {
  it('refuses a file over the size limit before reading it, and says how big it is', async () => {
    const { services, importLog } = testServices();
    renderYourDataPage(services);
    const file = textFile('BEGIN:VCARD', 'huge.vcf', 'text/vcard');
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    await pick(file);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'huge.vcf is 60 MB, and Ties imports files up to 50 MB. Is it the right file?',
    );
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(importLog.opened).toBe(0);
  });

  it('says which formats it reads when the file is something else', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(textFile('Dear diary. Today I met nobody.', 'diary.csv', 'text/csv'));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Ties does not recognise diary.csv. It reads vCard files (.vcf) and CSV files exported by LinkedIn or Google Contacts.',
    );
    expect(await db.contacts.count()).toBe(0);
  });
});
