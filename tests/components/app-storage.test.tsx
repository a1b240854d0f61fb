import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { db } from '../../src/db/db';

// When the browser will not give Ties a database, the user must be told, never shown a
// blank page.
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
    // jsdom has no matchMedia; the install hint asks it whether the app runs standalone.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.queryByText(/nothing you enter can be saved/i)).not.toBeInTheDocument();
  });
});
