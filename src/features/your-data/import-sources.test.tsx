// Where an import starts and how it reads: a file that is not UTF-8 (the encoding picker),
// the progress bar and Cancel, the phone's Contact Picker, a file dropped on the window and
// a file the installed app was opened with.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileDrop } from '../../components/file-drop';
import { db } from '../../db/db';
import YourDataPage from './your-data-page';
import { TransferServicesContext } from './your-data-services';
import type { PhoneContact } from './phone-contacts';
import { I18nProvider } from '../../i18n/i18n-provider';
import type { ImportRequest, ImportResponse } from '../../workers/import-protocol';
import {
  bytesFile,
  linkedInCsv,
  manualChannel,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await setUpTransferTest();
});

afterEach(() => {
  delete (window as { launchQueue?: unknown }).launchQueue;
});

const pickerInput = () => screen.getByLabelText('Choose a file to import');

describe('A file that is not UTF-8', () => {
  // "Åsa Öberg" as Excel on Windows saves it: Windows-1252, where Å is 0xC5 and Ö 0xD6.
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  const bytes = [
    ...new TextEncoder().encode(header),
    0xc5,
    ...new TextEncoder().encode('sa,'),
    0xd6,
    ...new TextEncoder().encode('berg,,,Acme,,\n'),
  ];

  it('asks for the encoding, shows a sample of the line, and reads the file with it', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await userEvent.upload(pickerInput(), bytesFile(bytes, 'names.csv'));

    expect(
      await screen.findByRole('heading', { name: 'Which text encoding is this file in?' }, SLOW),
    ).toBeVisible();
    expect(
      screen.getByText('names.csv is not UTF-8 text (the first unusual character is on line 2).'),
    ).toBeVisible();
    const select = screen.getByRole('combobox', { name: 'Text encoding' });
    expect(select).toHaveDisplayValue('Western European (Windows-1252)');
    expect(await screen.findByText('Åsa,Öberg,,,Acme,,')).toBeVisible();

    await userEvent.selectOptions(select, 'utf-8');
    expect(await screen.findByText('�sa,�berg,,,Acme,,')).toBeVisible();
    await userEvent.selectOptions(select, 'windows-1252');
    await userEvent.click(screen.getByRole('button', { name: 'Read the file with this encoding' }));

    expect(await screen.findByText('1 new person', {}, SLOW)).toBeVisible();
    expect(screen.getByText(/Read as windows-1252\./)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Import finished' }, SLOW);
    const [person] = await db.contacts.toArray();
    expect(person).toMatchObject({ givenName: 'Åsa', familyName: 'Öberg' });
  });

  it('writes nothing when the encoding question is cancelled', async () => {
    const { services } = testServices();
    renderYourDataPage(services);
    await userEvent.upload(pickerInput(), bytesFile(bytes, 'names.csv'));
    await screen.findByRole('heading', { name: 'Which text encoding is this file in?' }, SLOW);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(pickerInput()).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('Reading', () => {
  it('shows the worker’s progress and ends the worker on Cancel', async () => {
    const channel = manualChannel<ImportRequest, ImportResponse>();
    const { services } = testServices({ openImportChannel: channel.open });
    renderYourDataPage(services);
    await userEvent.upload(pickerInput(), textFile(linkedInCsv([]), 'Connections.csv'));

    await waitFor(() => {
      expect(channel.requests[0]?.type).toBe('read-file');
    });
    expect(screen.getByRole('heading', { name: 'Reading Connections.csv…' })).toHaveFocus();
    act(() => {
      channel.state.respond?.({ type: 'progress', phase: 'reading', fraction: 0.4 });
    });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    act(() => {
      channel.state.respond?.({ type: 'progress', phase: 'matching', fraction: 0.9 });
    });
    expect(
      screen.getByRole('heading', { name: 'Comparing with the people you have…' }),
    ).toBeVisible();
    expect(bar).toHaveAttribute('aria-valuenow', '90');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(channel.state.isClosed).toBe(true);
    expect(pickerInput()).toBeInTheDocument();
  });
});

describe('Phone contacts', () => {
  it('is offered only where the browser has a Contact Picker', () => {
    const { services } = testServices();
    renderYourDataPage(services);
    expect(
      screen.queryByRole('button', { name: 'Add from phone contacts' }),
    ).not.toBeInTheDocument();
  });

  it('adds the picked people through the same preview', async () => {
    const picked: PhoneContact[] = [
      { name: ['Dana Lind'], email: ['dana@example.se'], tel: ['+46 70 111 22 33'] },
      { name: [], email: ['someone@example.se'], tel: [] },
    ];
    const select = vi.fn(() => Promise.resolve(picked));
    const { services } = testServices({ contactPicker: () => ({ select }) });
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Add from phone contacts' }));

    expect(select).toHaveBeenCalledWith(['name', 'email', 'tel'], { multiple: true });
    expect(await screen.findByText('1 new person', {}, SLOW)).toBeVisible();
    expect(screen.getByText('Phone contacts')).toBeVisible();
    expect(screen.getByText('Contact 2: no name, so there is no one to add.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Import finished' }, SLOW);
    const [person] = await db.contacts.toArray();
    expect(person).toMatchObject({
      givenName: 'Dana',
      familyName: 'Lind',
      emails: [{ value: 'dana@example.se' }],
      phones: [{ value: '+46 70 111 22 33' }],
      source: 'contact-picker',
    });
    // The import itself is recorded as from the phone too, and listed so.
    const batches = await db.importBatches.toArray();
    expect(batches.map((batch) => batch.source)).toEqual(['contact-picker']);
    const recent = await screen.findByRole('region', { name: 'Recent imports' }, SLOW);
    expect(within(recent).getByText('Phone contacts')).toBeVisible();
  });
});

describe('Files from outside the page', () => {
  it('reads a file dropped anywhere on the window on the data page', async () => {
    const { services } = testServices();
    render(
      <I18nProvider language="en">
        <TransferServicesContext value={services}>
          <MemoryRouter initialEntries={['/']}>
            <FileDrop />
            <Routes>
              <Route path="/" element={<p>Home</p>} />
              <Route path="/settings/data" element={<YourDataPage />} />
            </Routes>
          </MemoryRouter>
        </TransferServicesContext>
      </I18nProvider>,
    );
    const file = textFile(linkedInCsv(['Eva,Holm,,,Holm AB,,']), 'Connections.csv', 'text/csv');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent(window, Object.assign(new Event('dragenter'), { dataTransfer }));
    expect(screen.getByText('Drop the file to import it')).toBeInTheDocument();
    const drop = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer });
    fireEvent(window, drop);

    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop the file to import it')).not.toBeInTheDocument();
    expect(await screen.findByText('1 new person', {}, SLOW)).toBeVisible();
    expect(screen.queryByText('Home')).not.toBeInTheDocument();
  });

  it('reads a file the installed app was opened with (launchQueue)', async () => {
    let consumer: ((params: { files: { getFile: () => Promise<File> }[] }) => void) | undefined;
    (window as { launchQueue?: unknown }).launchQueue = {
      setConsumer: (next: typeof consumer) => {
        consumer = next;
      },
    };
    const { services } = testServices();
    renderYourDataPage(services);
    const file = textFile(linkedInCsv(['Eva,Holm,,,Holm AB,,']), 'Connections.csv', 'text/csv');
    act(() => {
      consumer?.({ files: [{ getFile: () => Promise.resolve(file) }] });
    });
    expect(await screen.findByText('1 new person', {}, SLOW)).toBeVisible();
  });

  it('says so when a share was announced but no file arrived', async () => {
    const { services } = testServices();
    renderYourDataPage(services, { path: '/settings/data?shared=1' });
    expect(
      await screen.findByText(
        'The shared file could not be found. Try sharing it again, or choose it here.',
      ),
    ).toBeVisible();
  });
});
