import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { Toasts } from '../../components/toasts';
import { db } from '../../db/db';
import { useSettings } from '../../live-queries/use-settings';
import { openDatabase } from '../../db/open';
import SettingsPage from './settings-page';
import { I18nProvider } from '../../i18n/i18n-provider';

/** The page as the app shows it: the language comes from the settings row. */
function SettingsInApp() {
  const settings = useSettings();
  return (
    <I18nProvider language={settings?.language ?? 'en'}>
      <MemoryRouter>
        <SettingsPage />
      </MemoryRouter>
      <Toasts />
    </I18nProvider>
  );
}

// Loading and clearing the demo writes thousands of rows into fake-indexeddb: slow on a
// busy machine, so waits for its outcome are generous.
const SLOW_DB = { timeout: 15_000 };

const noStorageApi = Object.getOwnPropertyDescriptor(navigator, 'storage');

function fakeStorage(storage: Partial<StorageManager>) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await openDatabase();
});

afterEach(() => {
  if (noStorageApi) Object.defineProperty(navigator, 'storage', noStorageApi);
  else Reflect.deleteProperty(navigator, 'storage');
});

describe('Settings', () => {
  it('switches the whole page to Swedish and back at once', async () => {
    const user = userEvent.setup();
    render(<SettingsInApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    await user.click(await screen.findByRole('radio', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Språk' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    expect((await db.settings.get('settings'))?.language).toBe('sv');

    await user.click(screen.getByRole('radio', { name: 'Samma som webbläsaren' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect((await db.settings.get('settings'))?.language).toBeNull();
  });

  it('saves the theme', async () => {
    const user = userEvent.setup();
    render(<SettingsInApp />);
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(async () => {
      expect((await db.settings.get('settings'))?.theme).toBe('dark');
    });
    // The choice shows the stored row: it is checked once the live query has read it back.
    await waitFor(() => {
      expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    });
  });

  it('says plainly when the browser tells nothing about storage', async () => {
    const user = userEvent.setup();
    render(<SettingsInApp />);
    expect(await screen.findByText('Unknown: this browser does not say.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(await screen.findByText('This browser cannot promise to keep data.')).toBeVisible();
  });

  it('shows persistence and used space, and asks the browser to keep the data', async () => {
    let isPersisted = false;
    fakeStorage({
      persisted: () => Promise.resolve(isPersisted),
      persist: () => {
        isPersisted = true;
        return Promise.resolve(true);
      },
      estimate: () => Promise.resolve({ usage: 2_300_000, quota: 1_200_000_000 }),
    });
    const user = userEvent.setup();
    render(<SettingsInApp />);
    expect(await screen.findByText('2.3 MB of 1.2 GB')).toBeVisible();
    expect(screen.getByText(/^No\. The browser may clear/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(await screen.findByText('Done: the browser will keep Ties’ data.')).toBeVisible();
    expect(screen.getByText(/^Yes\. The browser will not clear/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Keep my data' })).not.toBeInTheDocument();
  });

  it(
    'loads the demo network, then removes it after a confirmation',
    { timeout: 40_000 },
    async () => {
      const user = userEvent.setup();
      render(<SettingsInApp />);
      await user.click(await screen.findByRole('button', { name: 'Load the demo network' }));
      expect(await screen.findByText('The demo network is loaded.', {}, SLOW_DB)).toBeVisible();
      expect(await db.contacts.count()).toBe(150);

      await user.click(await screen.findByRole('button', { name: 'Remove demo data' }));
      expect(screen.getByText(/^Remove every demo person/)).toBeVisible();
      expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(await db.contacts.count()).toBe(150);

      await user.click(screen.getByRole('button', { name: 'Remove demo data' }));
      await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
      expect(await screen.findByText('Removed 150 demo people and their touches.')).toBeVisible();
      expect(await db.contacts.count()).toBe(0);
      expect(await screen.findByRole('button', { name: 'Load the demo network' })).toBeVisible();
    },
  );

  it('shows the version of the app', async () => {
    render(<SettingsInApp />);
    expect(await screen.findByText(`Ties version ${version}`)).toBeVisible();
  });
});
