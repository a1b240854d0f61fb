import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePendingFileStore } from '../components/pending-file-store';
import { IMPORT_ACCEPT, BACKUP_ACCEPT } from '../components/file-pick';
import { db } from '../db/db';
import { startEmpty } from '../db/writes/demo';
import WelcomePage from '../features/onboarding/welcome-page';
import PeoplePage from '../features/people/people-page';
import { ThisWeekPage } from '../features/this-week/this-week-page';
import { freshDatabase } from '../../tests/support/log-seed';

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <ThisWeekPage /> },
      { path: '/welcome', element: <WelcomePage /> },
      { path: '/people', element: <PeoplePage /> },
      { path: '/settings/data', element: <h1>Your data</h1> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const contacts = () => new File(['BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n'], 'contacts.vcf');
const backup = () => new File(['{}'], 'ties-backup.json', { type: 'application/json' });

beforeEach(async () => {
  await freshDatabase();
  usePendingFileStore.setState({ pending: undefined });
});

// Each test renders a screen that reads the database and goes on to another route: well
// under a second when idle, so a budget that holds when the machine is busy.
describe('import and restore on the first screens', { timeout: 15_000 }, () => {
  it('the welcome screen offers Import beside the demo, which opens the import with the file', async () => {
    const user = userEvent.setup();
    const router = renderAt('/welcome');
    const choices = await screen.findByRole('group', { name: 'How do you want to start?' });
    expect(
      within(choices).getByRole('button', { name: 'Explore with a demo network' }),
    ).toBeVisible();
    const importInput = within(choices).getByLabelText('Import contacts');
    expect(importInput).toHaveAttribute('type', 'file');
    expect(importInput).toHaveAttribute('accept', IMPORT_ACCEPT);
    expect(importInput).toHaveAccessibleDescription(
      'Bring in your contacts from a LinkedIn, phone or Google Contacts export (CSV or vCard).',
    );

    const file = contacts();
    await user.upload(importInput, file);
    expect(await screen.findByRole('heading', { name: 'Your data' })).toBeVisible();
    expect(router.state.location).toMatchObject({
      pathname: '/settings/data',
      hash: '#transfer-import',
    });
    expect(usePendingFileStore.getState().pending).toEqual({ file, kind: 'import' });
    // Choosing a file is the first-run choice: This week no longer sends the user back here.
    expect((await db.settings.get('settings'))?.onboardedAt).toBeTypeOf('number');
  });

  it('the welcome screen offers Restore, which opens the restore with the backup file', async () => {
    const user = userEvent.setup();
    const router = renderAt('/welcome');
    const restoreInput = await screen.findByLabelText('Restore a backup');
    expect(restoreInput).toHaveAttribute('accept', BACKUP_ACCEPT);

    const file = backup();
    await user.upload(restoreInput, file);
    expect(await screen.findByRole('heading', { name: 'Your data' })).toBeVisible();
    expect(router.state.location.hash).toBe('#transfer-restore');
    expect(usePendingFileStore.getState().pending).toEqual({ file, kind: 'restore' });
  });

  it('This week and People, with nobody yet, offer Import and Restore beside Add a person', async () => {
    await startEmpty();
    renderAt('/');
    await screen.findByRole('heading', { name: 'Your week starts with people' });
    expect(screen.getByRole('link', { name: 'Add a person' })).toBeVisible();
    expect(screen.getByLabelText('Import contacts')).toHaveAttribute('accept', IMPORT_ACCEPT);
    expect(screen.getByLabelText('Restore a backup')).toHaveAttribute('accept', BACKUP_ACCEPT);
  });

  it('People with nobody yet offers them too, and a pick opens the data page', async () => {
    const user = userEvent.setup();
    await startEmpty();
    const router = renderAt('/people');
    await screen.findByRole('heading', { name: 'Your network starts here' });
    await user.upload(screen.getByLabelText('Import contacts'), contacts());
    expect(await screen.findByRole('heading', { name: 'Your data' })).toBeVisible();
    expect(router.state.location.hash).toBe('#transfer-import');
  });
});
