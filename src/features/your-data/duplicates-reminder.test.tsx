// Duplicates found among stored people, merged with Undo; and the backup reminder banner.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupReminderBanner } from '../../components/backup-reminder-banner';
import { useNow } from '../../components/use-now';
import { useBackupReminder } from '../../live-queries/use-backup-reminder';
import { db } from '../../db/db';
import { addTouch } from '../../db/writes/touches';
import { updateSettings } from '../../db/writes/settings';
import { I18nProvider } from '../../i18n/i18n-provider';
import { makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';
import {
  renderYourDataPage,
  setUpTransferTest,
  testServices,
} from '../../../tests/support/your-data-screen';

const SLOW = { timeout: 10_000 };
const DAY_MS = 86_400_000;

beforeEach(async () => {
  await setUpTransferTest();
});

describe('Duplicates', () => {
  it('lists a likely pair with its reason and merges it, touches and all, with Undo', async () => {
    const [anna, annie, bo] = await seedPeople(
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@acme.se' }], organisation: 'Acme AB' }),
      makePerson('Annie', 'Berg', { emails: [{ value: 'ANNA@acme.se' }] }),
      makePerson('Bo', 'Ek'),
    );
    await addTouch(touchDraft([annie.id], Date.now() - DAY_MS));
    const { services } = testServices();
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Look for duplicates' }));

    expect(await screen.findByText('1 likely duplicate.', {}, SLOW)).toBeVisible();
    const pair = screen.getByRole('group', { name: /Annie Berg and Anna Berg/ });
    expect(pair).toHaveAccessibleName('Annie Berg and Anna Berg (same e-mail address)');
    // The one with touches is suggested to keep.
    expect(within(pair).getByRole('radio', { name: /^Keep Annie Berg/ })).toBeChecked();
    await userEvent.click(within(pair).getByRole('radio', { name: /^Keep Anna Berg/ }));
    await userEvent.click(within(pair).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Merged into Anna Berg.', {}, SLOW)).toBeVisible();
    expect(await screen.findByText('No likely duplicates.', {}, SLOW)).toBeVisible();
    expect((await db.contacts.get(annie.id))?.deletedAt).toEqual(expect.any(Number));
    const kept = await db.contacts.get(anna.id);
    expect(kept?.touchCount).toBe(1);
    expect((await db.contacts.get(bo.id))?.deletedAt).toBeUndefined();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone.', {}, SLOW)).toBeVisible();
    expect((await db.contacts.get(annie.id))?.deletedAt).toBeUndefined();
    expect((await db.contacts.get(annie.id))?.touchCount).toBe(1);
    expect((await db.contacts.get(anna.id))?.touchCount).toBe(0);
    expect(await screen.findByText('1 likely duplicate.', {}, SLOW)).toBeVisible();
  });

  it('says when there are none', async () => {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const { services } = testServices();
    renderYourDataPage(services);
    await userEvent.click(screen.getByRole('button', { name: 'Look for duplicates' }));
    expect(await screen.findByText('No likely duplicates.', {}, SLOW)).toBeVisible();
  });
});

describe('Backup reminder', () => {
  /** Shows what the reminder read, so a test knows the banner has decided. */
  function ReminderProbe() {
    const reminder = useBackupReminder(useNow());
    return reminder ? <p>{`read ${reminder.changesSinceBackup} changes`}</p> : null;
  }

  function renderBanner() {
    return render(
      <I18nProvider language="en">
        <MemoryRouter>
          <BackupReminderBanner />
          <ReminderProbe />
        </MemoryRouter>
      </I18nProvider>,
    );
  }

  it('appears after the set number of changes and links to the backup', async () => {
    await updateSettings({ backupReminderChanges: 3, lastBackupAt: Date.now() - DAY_MS });
    await seedPeople(
      makePerson('Anna', 'Berg', { updatedAt: Date.now() }),
      makePerson('Bo', 'Ek', { updatedAt: Date.now() }),
      makePerson('Cilla', 'Dahl', { updatedAt: Date.now() }),
    );
    renderBanner();
    const banner = await screen.findByRole('complementary', { name: 'Backup reminder' });
    expect(banner).toHaveTextContent('3 changes since your last backup.');
    expect(within(banner).getByRole('link', { name: 'Back up now' })).toHaveAttribute(
      'href',
      '/settings/data#backup',
    );
  });

  it('stays away while there is less to save than the thresholds', async () => {
    await updateSettings({ backupReminderChanges: 3, lastBackupAt: Date.now() - DAY_MS });
    await seedPeople(makePerson('Anna', 'Berg', { updatedAt: Date.now() }));
    renderBanner();
    expect(await screen.findByText('read 1 changes')).toBeInTheDocument();
    expect(
      screen.queryByRole('complementary', { name: 'Backup reminder' }),
    ).not.toBeInTheDocument();
  });

  it('reminds by days since the last backup, and snoozes for a week', async () => {
    await updateSettings({ backupReminderDays: 30, lastBackupAt: Date.now() - 45 * DAY_MS });
    await seedPeople(makePerson('Anna', 'Berg', { updatedAt: Date.now() }));
    renderBanner();
    const banner = await screen.findByRole('complementary', { name: 'Backup reminder' });
    expect(banner).toHaveTextContent('Your last backup was 45 days ago.');

    await userEvent.click(within(banner).getByRole('button', { name: 'Remind me in a week' }));
    await waitFor(() => {
      expect(
        screen.queryByRole('complementary', { name: 'Backup reminder' }),
      ).not.toBeInTheDocument();
    });
    const snoozedUntil = (await db.settings.get('settings'))?.backupSnoozedUntil ?? 0;
    expect(snoozedUntil - Date.now()).toBeGreaterThan(6 * DAY_MS);
    expect(snoozedUntil - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);
  });
});
