// Settings › Your data, while a restore runs: its progress, a Cancel that stops it before it
// commits, and a failure named in the user's words (a full disk). The worker is a channel the
// test answers by hand, as the real one answers (workers/data-file-protocol.ts); what the
// refusals of the backup check say is checked against the real engine.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup } from '../../db/reads/backup';
import type { DataFileRequest, DataFileResponse } from '../../workers/data-file-protocol';
import { createDataFileEngine } from '../../workers/data-file-engine';
import type { Channel, OpenChannel } from './worker-channel';
import { makePerson, seedPeople } from '../../../tests/support/log-seed';
import {
  inProcessChannel,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

const SLOW = { timeout: 10_000 };
/** The whole data page renders, and refusals run the real check: well under a second here. */
const PAGE_BUDGET = { timeout: 20_000 };
const CHECK = {
  replaces: Object.fromEntries(
    [
      'contacts',
      'interactions',
      'participations',
      'relations',
      'groups',
      'goals',
      'weekPlans',
      'settings',
    ].map((table) => [table, { now: 1, file: 2 }]),
  ),
  createdAt: Date.UTC(2025, 2, 1),
  appVersion: '0.1.0',
  formatVersion: 1,
} as Extract<DataFileResponse, { type: 'restore-checked' }>['check'];

beforeEach(async () => {
  await setUpTransferTest();
});

/**
 * A data-file channel whose restore the test answers by hand: the worker opened for a
 * restore records its requests; the other sections' questions go to the real engine.
 */
function restoreChannel() {
  const requests: DataFileRequest[] = [];
  const state: { respond?: (response: DataFileResponse) => void; isClosed: boolean } = {
    isClosed: false,
  };
  const others = inProcessChannel(createDataFileEngine);
  const open: OpenChannel<DataFileRequest, DataFileResponse> = (onResponse, onCrash) => {
    let other: Channel<DataFileRequest> | undefined;
    let isForRestore = false;
    return {
      send: (request) => {
        if (request.type === 'check-restore' || isForRestore) {
          isForRestore = true;
          requests.push(request);
          state.respond = onResponse;
          return;
        }
        other ??= others(onResponse, onCrash);
        other.send(request);
      },
      close: () => {
        if (isForRestore) state.isClosed = true;
        other?.close();
      },
    };
  };
  return { open, requests, state };
}

/** The screen with a worker the test answers, up to the confirmation of a restore. */
async function atTheConfirmation(language: 'en' | 'sv' = 'en') {
  const channel = restoreChannel();
  const { services } = testServices({ openDataFileChannel: channel.open });
  renderYourDataPage(services, { language });
  const answer = (response: DataFileResponse) => {
    act(() => {
      channel.state.respond?.(response);
    });
  };
  const label = language === 'en' ? 'Choose a backup file' : 'Välj en säkerhetskopia';
  await userEvent.upload(screen.getByLabelText(label), textFile('{}', 'backup.json'));
  expect(channel.requests.at(-1)).toMatchObject({ type: 'check-restore' });
  answer({ type: 'restore-checked', check: CHECK });
  return { channel, answer };
}

describe('A restore in progress', PAGE_BUDGET, () => {
  it('shows what it is doing and how far it is', async () => {
    const { channel, answer } = await atTheConfirmation();
    await userEvent.click(screen.getByRole('button', { name: 'Replace and restore' }));
    expect(channel.requests.at(-1)).toEqual({ type: 'restore' });
    expect(screen.getByRole('heading', { name: 'Restoring…' })).toHaveFocus();
    expect(screen.getByText('Keeping a copy of your data as it is now…')).toBeVisible();

    answer({ type: 'restore-progress', phase: 'writing', fraction: 0.42 });
    expect(screen.getByText('Writing the backup’s data…')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Restore progress' })).toHaveAttribute(
      'aria-valuenow',
      '42',
    );
    expect(screen.queryByLabelText('Choose a backup file')).not.toBeInTheDocument();

    answer({
      type: 'restored',
      result: { counts: CHECK.replaces.contacts as never, isDerivedRebuilt: false, copiedAt: 1 },
    });
    expect(screen.getByText('The backup is restored.')).toBeVisible();
    expect(channel.state.isClosed).toBe(true);
  });

  it('can be cancelled: it asks the worker to stop, and says nothing was changed once it has', async () => {
    const { channel, answer } = await atTheConfirmation();
    await userEvent.click(screen.getByRole('button', { name: 'Replace and restore' }));
    answer({ type: 'restore-progress', phase: 'writing', fraction: 0.5 });

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(channel.requests.at(-1)).toEqual({ type: 'cancel-restore' });
    expect(screen.getByRole('button', { name: 'Stopping the restore…' })).toBeDisabled();
    // Until the worker answers, the restore may still be committing: the screen waits.
    expect(channel.state.isClosed).toBe(false);

    answer({ type: 'restore-cancelled' });
    expect(screen.getByText('The restore was stopped. Nothing was changed.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(channel.state.isClosed).toBe(true);
    expect(screen.getByLabelText('Choose a backup file')).toBeVisible();
  });

  it('names a full disk in the user’s words', async () => {
    const { answer } = await atTheConfirmation();
    await userEvent.click(screen.getByRole('button', { name: 'Replace and restore' }));
    answer({
      type: 'failed',
      job: 'restore',
      reason: 'out-of-space',
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^Ties is out of space on this device: /);
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(alert).not.toHaveTextContent('could not be finished');
    expect(alert).not.toHaveTextContent('QuotaExceededError');
  });

  it('names a full disk in Swedish', async () => {
    const { answer } = await atTheConfirmation('sv');
    await userEvent.click(screen.getByRole('button', { name: 'Ersätt och återställ' }));
    answer({
      type: 'failed',
      job: 'restore',
      reason: 'out-of-space',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Ties har slut på utrymme på den här enheten: .*Ingenting ändrades\.$/,
    );
  });

  it('says a restore that failed for another reason changed nothing', async () => {
    const { answer } = await atTheConfirmation();
    await userEvent.click(screen.getByRole('button', { name: 'Replace and restore' }));
    answer({ type: 'failed', job: 'restore', reason: 'unknown' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The restore could not be finished. Nothing was changed.',
    );
  });
});

/** A backup of Anna and Bo as JSON, to break one thing in. */
async function backupObject() {
  await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
  return JSON.parse((await makeBackup()).text) as Record<string, unknown> & {
    tables: Record<string, Record<string, unknown>[]>;
  };
}

async function refusalText(file: object, name: string, language: 'en' | 'sv' = 'en') {
  const { services } = testServices();
  renderYourDataPage(services, { language });
  const label = language === 'en' ? 'Choose a backup file' : 'Välj en säkerhetskopia';
  await userEvent.upload(screen.getByLabelText(label), textFile(JSON.stringify(file), name));
  return (await screen.findByRole('alert', {}, SLOW)).textContent;
}

describe('A refused backup says what is wrong and where', PAGE_BUDGET, () => {
  it('a time outside what Ties stores, naming table, row and field', async () => {
    const file = await backupObject();
    const second = file.tables.contacts?.[1];
    if (second) second.createdAt = -1e300;
    expect(await refusalText(file, 'old.json')).toContain(
      'old.json is damaged at table “People”, row 2, field “createdAt”: the time is outside what Ties stores (1900 to 2199).',
    );
  });

  it('a touch with someone missing from the file, in Swedish', async () => {
    const file = await backupObject();
    const touch = {
      id: 't1',
      createdAt: 1_000,
      updatedAt: 1_000,
      source: 'manual',
      at: 1_000,
      kind: 'coffee',
      participantIds: ['ghost'],
      note: '',
      initiator: 'me',
      gave: [],
      received: [],
      askedForHelp: false,
    };
    file.tables.interactions = [touch];
    expect(await refusalText(file, 'spöke.json', 'sv')).toContain(
      'spöke.json är skadad: rad 1 i tabellen ”Kontakter” är en kontakt med en person som inte finns i filen (ghost).',
    );
  });

  it('values nested too deep', async () => {
    const file = await backupObject();
    const anna = file.tables.contacts?.[0];
    if (anna) anna.future = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as unknown;
    expect(await refusalText(file, 'deep.json')).toContain(
      'deep.json is damaged at table “People”, row 1, field “future”: its values are nested too deep (at most 16 levels).',
    );
  });

  it('a value longer than the form and the import keep, with the limit', async () => {
    const file = await backupObject();
    const anna = file.tables.contacts?.[0];
    if (anna) anna.role = 'r'.repeat(2_001);
    expect(await refusalText(file, 'long.json')).toContain(
      'long.json cannot be restored: at table “People”, row 1, the field “role” holds more than Ties keeps there (at most 2,000, as in the form and the import).',
    );
  });

  it('a list with more entries than the form and the import keep, in Swedish', async () => {
    const file = await backupObject();
    const anna = file.tables.contacts?.[0];
    if (anna) anna.tags = Array.from({ length: 101 }, (_, index) => `t${index}`);
    expect(await refusalText(file, 'lång.json', 'sv')).toContain(
      'lång.json kan inte återställas: i tabellen ”Personer”, rad 1, innehåller fältet ”tags” mer än Ties sparar där (högst 100, som i formuläret och importen).',
    );
  });

  it('tables that are a list name “tables”, not a table', async () => {
    const file = await backupObject();
    (file as Record<string, unknown>).tables = [];
    const text = await refusalText(file, 'list.json');
    expect(text).toContain(
      'list.json is damaged: its “tables” is not an object naming each table.',
    );
    expect(text).not.toContain('“”');
  });

  it('too much under a field Ties does not know', async () => {
    const file = await backupObject();
    const anna = file.tables.contacts?.[0];
    if (anna) anna.future = 'x'.repeat(200_000);
    expect(await refusalText(file, 'big.json')).toContain(
      'at table “People”, row 1, the field “future” is one Ties does not know, and it holds too much (at most 100,000 characters of such fields in a row).',
    );
  });
});

it(
  'keeps the file picker away while restoring, and brings the revert back after',
  PAGE_BUDGET,
  async () => {
    const { answer } = await atTheConfirmation();
    await userEvent.click(screen.getByRole('button', { name: 'Replace and restore' }));
    const section = screen.getByRole('region', { name: 'Restore a backup' });
    expect(within(section).queryByRole('button', { name: 'Revert restore' })).toBeNull();
    answer({ type: 'restore-cancelled' });
    expect(within(section).getByLabelText('Choose a backup file')).toBeVisible();
  },
);
