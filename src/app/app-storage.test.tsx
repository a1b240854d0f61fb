import { render, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { DATABASE_NAME, db } from '../db/db';
import { SCHEMA_VERSIONS } from '../db/schema';

// When the browser will not give Ties a database, the user must be told, never shown a
// blank page.
/** jsdom has no matchMedia; the install hint asks it whether the app runs standalone. */
function stubMatchMedia() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('the app without storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('says that nothing can be saved when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing you enter can be saved/i);
  });

  it('says the same when opening the database fails', async () => {
    vi.spyOn(db, 'open').mockRejectedValue(new Error('The user denied permission'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing you enter can be saved/i);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows the app when the database opens', async () => {
    stubMatchMedia();
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.queryByText(/nothing you enter can be saved/i)).not.toBeInTheDocument();
  });

  it('asks to close the older tabs while one holds the database, then opens', async () => {
    stubMatchMedia();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const oldest = SCHEMA_VERSIONS[0];
    if (!oldest) throw new Error('no schema versions');
    // A tab on the first release, whose Dexie ignores the request to close.
    const older = new Dexie(DATABASE_NAME);
    older.version(oldest.version).stores(oldest.stores);
    older.on('versionchange', () => false);
    await older.open();

    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Close or reload the other Ties tabs to go on.',
    );
    older.close();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
