// Every failure on the data and settings screens names its cause in the user's words: a
// full disk (a write that throws QuotaExceededError, as IndexedDB does when the quota is
// used up), a file that is not text, a file with more people than one import takes. The
// real engines run in-process against fake-indexeddb; only the failing write is faked.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupReminderBanner } from '../components/backup-reminder-banner';
import { Toasts } from '../components/toasts';
import { db } from '../db/db';
import { updateSettings } from '../db/writes/settings';
import SettingsPage from '../features/settings/settings-page';
import { I18nProvider } from '../i18n/i18n-provider';
import type { ImportRequest, ImportResponse } from '../workers/import-protocol';
import { makePerson, seedPeople } from '../../tests/support/log-seed';
import {
  bytesFile,
  linkedInCsv,
  manualChannel,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../tests/support/your-data-screen';

// The in-process engines write through fake-indexeddb: generous waits on a busy machine,
// and a budget for each test above the longest of them.
const SLOW = { timeout: 10_000 };
const BUDGET = { timeout: 30_000 };
const DAY_MS = 86_400_000;
const OUT_OF_SPACE =
  'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost.';

function quotaError(): Error {
  return Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), {
    name: 'QuotaExceededError',
  });
}

const ANNA = 'Anna,Berg,https://www.linkedin.com/in/anna-berg,anna@acme.se,Acme AB,CTO,15 Mar 2024';

beforeEach(async () => {
  await setUpTransferTest();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function pick(file: File, label = 'Choose a file to import') {
  await userEvent.upload(screen.getByLabelText(label), file);
}

describe('A full disk', BUDGET, () => {
  it('is named when an import cannot be written, and nothing is imported', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(textFile(linkedInCsv([ANNA]), 'Connections.csv', 'text/csv'));
    await screen.findByRole('heading', { name: 'Before anything is saved' }, SLOW);
    vi.spyOn(db.contacts, 'bulkAdd').mockRejectedValue(quotaError());
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(`${OUT_OF_SPACE} Nothing was imported.`);
    expect(alert).not.toHaveTextContent('QuotaExceededError');
    expect(await db.contacts.count()).toBe(0);
  });

  it('is named when an undo cannot be written, and the import stays', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(textFile(linkedInCsv([ANNA]), 'Connections.csv', 'text/csv'));
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }, SLOW));
    await screen.findByRole('heading', { name: 'Import finished' }, SLOW);
    vi.spyOn(db.contacts, 'bulkDelete').mockRejectedValue(quotaError());
    await userEvent.click(screen.getByRole('button', { name: 'Undo this import' }));

    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      `${OUT_OF_SPACE} The import was not undone.`,
    );
    expect(await db.contacts.count()).toBe(1);
  });

  it('is named when two people cannot be merged', async () => {
    const [anna, annie] = await seedPeople(
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@acme.se' }] }),
      makePerson('Annie', 'Berg', { emails: [{ value: 'anna@acme.se' }] }),
    );
    const { services } = testServices();
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Look for duplicates' }));
    const pair = await screen.findByRole('group', { name: /Berg and/ }, SLOW);
    vi.spyOn(db.contacts, 'bulkPut').mockRejectedValue(quotaError());
    await userEvent.click(within(pair).getByRole('button', { name: 'Merge' }));

    expect(
      await screen.findByText(`${OUT_OF_SPACE} The two were not merged.`, {}, SLOW),
    ).toBeVisible();
    expect((await db.contacts.get(anna.id))?.deletedAt).toBeUndefined();
    expect((await db.contacts.get(annie.id))?.deletedAt).toBeUndefined();
  });

  it('is named when the backup reminder cannot be saved', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    const days = await screen.findByLabelText('After this many days', {}, SLOW);
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText(OUT_OF_SPACE, {}, SLOW)).toBeVisible();
    // What was typed stays in the field.
    expect(days).toHaveValue('14');
  });

  it('is named when a backup is made but cannot be recorded as made', async () => {
    const { services, saved } = testServices();
    renderYourDataPage(services);
    const download = await screen.findByRole('button', { name: 'Download backup' }, SLOW);
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    await userEvent.click(download);
    expect(await screen.findByText(OUT_OF_SPACE, {}, SLOW)).toBeVisible();
    expect(saved).toHaveLength(1);
  });

  it('is named when the backup reminder cannot be snoozed', async () => {
    await updateSettings({ backupReminderDays: 30, lastBackupAt: Date.now() - 45 * DAY_MS });
    await seedPeople(makePerson('Anna', 'Berg', { updatedAt: Date.now() }));
    render(
      <I18nProvider language="en">
        <MemoryRouter>
          <BackupReminderBanner />
        </MemoryRouter>
        <Toasts />
      </I18nProvider>,
    );
    const banner = await screen.findByRole('complementary', { name: 'Backup reminder' }, SLOW);
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    await userEvent.click(within(banner).getByRole('button', { name: 'Remind me in a week' }));
    expect(await screen.findByText(OUT_OF_SPACE, {}, SLOW)).toBeVisible();
    expect(screen.getByRole('complementary', { name: 'Backup reminder' })).toBeVisible();
  });

  it('is named when a setting cannot be saved, in Swedish too', async () => {
    await updateSettings({ language: 'sv' });
    render(
      <I18nProvider language="sv">
        <MemoryRouter>
          <SettingsPage />
        </MemoryRouter>
        <Toasts />
      </I18nProvider>,
    );
    const dark = await screen.findByRole('radio', { name: 'Mörkt' }, SLOW);
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    await userEvent.click(dark);
    expect(
      await screen.findByText(
        'Ties har slut på utrymme på den här enheten: frigör utrymme och försök igen. Inget du skrev har gått förlorat.',
        {},
        SLOW,
      ),
    ).toBeVisible();
  });
});

describe('A file that is not text', BUDGET, () => {
  // A ZIP's local file header, then deflated bytes: what an .xlsx renamed .vcf starts with.
  const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0x21, 0xa7, 0x3c, 0x9f, 0x81, 0x02];

  it('is refused as such, naming the file and what it is, with no encoding offered', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await pick(bytesFile([...zip, ...zip, ...zip], 'contacts.vcf', 'text/vcard'));

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      'contacts.vcf is not a text file (it is a ZIP archive, as Excel, Numbers and Word files are). Ties reads contacts saved as text: export them as CSV or vCard and choose that file.',
    );
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(
      screen.queryByRole('heading', { name: 'Which text encoding is this file in?' }),
    ).not.toBeInTheDocument();
  });

  it('is refused in Swedish too, for binary data without a signature', async () => {
    const { services } = testServices();
    renderYourDataPage(services, { language: 'sv' });
    // Every byte value, twice: a tenth of them control characters, as in any binary data.
    const bytes = Array.from({ length: 512 }, (_, index) => (index * 7) % 256);
    await pick(bytesFile(bytes, 'kontakter.csv'), 'Välj en fil att importera');
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'kontakter.csv är ingen textfil (den innehåller binära data, inte bokstäver).',
    );
  });

  it('does not refuse UTF-16 text with a byte-order mark', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    const text = `\uFEFF${linkedInCsv([ANNA])}`;
    const bytes = Array.from(text).flatMap((letter) => {
      const unit = letter.charCodeAt(0);
      return [unit & 0xff, unit >> 8];
    });
    await pick(bytesFile(bytes, 'Connections.csv'));
    await screen.findByRole('heading', { name: 'Before anything is saved' }, SLOW);
    expect(screen.getByText('1 new person')).toBeVisible();
    expect(screen.getByText(/Read as utf-16le\./)).toBeVisible();
  });
});

describe('A file with more people than one import takes', BUDGET, () => {
  it('is refused with its size and the limit, and how to go on, in both languages', async () => {
    for (const [language, pickLabel, words] of [
      [
        'en',
        'Choose a file to import',
        'big.csv has about 1,000,000 people in it (rows or cards), and Ties imports up to 50,000 at a time. Split the file into parts of at most 50,000 people and import them one after the other.',
      ],
      [
        'sv',
        'Välj en fil att importera',
        'big.csv innehåller ungefär 1 000 000 personer (rader eller kort), och Ties importerar högst 50 000 åt gången. Dela upp filen i delar med högst 50 000 personer och importera dem en i taget.',
      ],
    ] as const) {
      const channel = manualChannel<ImportRequest, ImportResponse>();
      const { services } = testServices({ openImportChannel: channel.open });
      const { unmount } = renderYourDataPage(services, { language });
      await pick(textFile('First Name,Last Name\n', 'big.csv', 'text/csv'), pickLabel);
      await waitFor(() => {
        expect(channel.requests[0]?.type).toBe('read-file');
      });
      act(() => {
        channel.state.respond?.({
          type: 'failed',
          failure: { reason: 'too-many-people', detail: '1000000' },
        });
      });
      // Swedish groups digits with no-break spaces; the text is compared with spaces folded.
      expect(screen.getByRole('alert')).toHaveTextContent(words);
      unmount();
    }
  });
});
