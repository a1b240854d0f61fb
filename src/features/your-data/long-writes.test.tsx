// Writing an import and undoing it: the screen shows how far the worker got and Cancel stops
// it, waiting for the worker's word on what happened. The worker is a channel driven by hand
// here, so each step is shown exactly when the test says; the engine's own stopping is
// tested in workers/import-engine.test.ts.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportRequest, ImportResponse } from '../../workers/import-protocol';
import {
  linkedInCsv,
  manualChannel,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

beforeEach(async () => {
  await setUpTransferTest();
});

const PREVIEW: ImportPreview = {
  format: 'linkedin-csv',
  source: 'linkedin',
  encoding: 'utf-8',
  counts: {
    newPeople: 1_000,
    matched: 0,
    changed: 0,
    withConflicts: 0,
    conflicts: 0,
    skipped: 0,
    duplicates: 0,
    warnings: 0,
  },
  newPeople: [{ name: 'Anna Berg', organisation: 'Acme', places: [{ unit: 'line', number: 2 }] }],
  matches: [],
  skipped: [],
  duplicates: [],
  warnings: [],
};

function setUp(language: 'en' | 'sv' = 'en') {
  const channel = manualChannel<ImportRequest, ImportResponse>();
  const { services } = testServices({ openImportChannel: channel.open });
  renderYourDataPage(services, { language });
  const respond = (response: ImportResponse) => {
    act(() => {
      channel.state.respond?.(response);
    });
  };
  return { channel, respond };
}

async function toPreview(
  { channel, respond }: ReturnType<typeof setUp>,
  words = { pick: 'Choose a file to import', confirm: 'Import' },
) {
  await userEvent.upload(
    screen.getByLabelText(words.pick),
    textFile(linkedInCsv([]), 'Connections.csv'),
  );
  await waitFor(() => {
    expect(channel.requests.at(-1)?.type).toBe('read-file');
  });
  respond({ type: 'preview', preview: PREVIEW });
  await userEvent.click(screen.getByRole('button', { name: words.confirm }));
  await waitFor(() => {
    expect(channel.requests.at(-1)?.type).toBe('confirm');
  });
}

describe('An import being written', () => {
  it('shows its progress, and Cancel stops it and says nothing was imported', async () => {
    const test = setUp();
    await toPreview(test);
    const bar = screen.getByRole('progressbar', { name: 'Saving the people from the file' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('button', { name: 'Importing…' })).toBeDisabled();

    test.respond({ type: 'write-progress', done: 300, total: 1_000 });
    expect(bar).toHaveAttribute('aria-valuenow', '30');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(test.channel.requests.at(-1)).toEqual({ type: 'cancel' });
    // The worker has not answered yet: the write may still be committing.
    expect(screen.getByRole('button', { name: 'Stopping…' })).toBeDisabled();
    expect(test.channel.state.isClosed).toBe(false);

    test.respond({ type: 'apply-failed', reason: 'cancelled' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The import was stopped before it finished. Nothing was imported.',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
  });

  it('shows the summary when the stop came too late, as the import went through', async () => {
    const test = setUp();
    await toPreview(test);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    test.respond({ type: 'applied', result: { batchId: 'b1', added: 1_000, updated: 0 } });
    expect(screen.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    expect(screen.getByText('Added 1,000 people.')).toBeVisible();
  });

  it('names a full disk instead of the raw error', async () => {
    const test = setUp();
    await toPreview(test);
    test.respond({
      type: 'apply-failed',
      reason: 'write-failed',
      writeFailure: 'out-of-space',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost. Nothing was imported.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('QuotaExceededError');
  });

  it('names a full disk in Swedish', async () => {
    const test = setUp('sv');
    await toPreview(test, { pick: 'Välj en fil att importera', confirm: 'Importera' });
    test.respond({
      type: 'apply-failed',
      reason: 'write-failed',
      writeFailure: 'out-of-space',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ties har slut på utrymme på den här enheten: frigör utrymme och försök igen. Inget du skrev har gått förlorat. Ingenting importerades.',
    );
  });
});

describe('An import being undone', () => {
  it('shows its progress, and Cancel stops it, leaving Undo to try again', async () => {
    const test = setUp();
    await toPreview(test);
    test.respond({ type: 'applied', result: { batchId: 'b1', added: 1_000, updated: 0 } });
    await userEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(() => {
      expect(test.channel.requests.at(-1)).toEqual({ type: 'undo', batchId: 'b1' });
    });
    const bar = screen.getByRole('progressbar', { name: 'Undoing the import' });
    test.respond({ type: 'write-progress', done: 500, total: 1_000 });
    expect(bar).toHaveAttribute('aria-valuenow', '50');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(test.channel.requests.at(-1)).toEqual({ type: 'cancel' });
    expect(screen.getByRole('button', { name: 'Stopping…' })).toBeDisabled();

    test.respond({ type: 'undo-failed', reason: 'cancelled' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The undo was stopped before it finished. The import is still in place.',
    );
    expect(screen.getByRole('button', { name: 'Undo this import' })).toBeEnabled();
  });

  it('names a full disk when the undo cannot be written', async () => {
    const test = setUp();
    await toPreview(test);
    test.respond({ type: 'applied', result: { batchId: 'b1', added: 1_000, updated: 0 } });
    await userEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(() => {
      expect(test.channel.requests.at(-1)?.type).toBe('undo');
    });
    test.respond({
      type: 'undo-failed',
      reason: 'write-failed',
      writeFailure: 'out-of-space',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost. The import was not undone.',
    );
  });
});
