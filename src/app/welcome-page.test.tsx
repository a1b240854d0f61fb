import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { startEmpty } from '../db/writes/demo';
import { openDatabase } from '../db/open';
import WelcomePage from '../features/onboarding/welcome-page';
import { ThisWeekPage } from '../features/this-week/this-week-page';

function renderApp(path = '/') {
  const router = createMemoryRouter(
    [
      { path: '/', element: <ThisWeekPage /> },
      { path: '/welcome', element: <WelcomePage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await openDatabase();
});

describe('the first run', () => {
  it('sends a first visit of This week to the welcome screen', async () => {
    const router = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Welcome to Ties' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/welcome');
  });

  it('shows This week once the first-run choice is made', async () => {
    await startEmpty();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'This week' })).toBeVisible();
  });

  it('starts empty: nobody is added and This week opens', async () => {
    const user = userEvent.setup();
    renderApp('/welcome');
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('heading', { name: 'This week' })).toBeVisible();
    expect((await db.settings.get('settings'))?.onboardedAt).toBeTypeOf('number');
    expect(await db.contacts.count()).toBe(0);
  });

  it(
    'explores the demo: shows progress, loads the network and opens This week',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderApp('/welcome');
      await user.click(await screen.findByRole('button', { name: 'Explore with a demo network' }));
      expect(screen.getByRole('status')).toHaveTextContent('Building your demo network…');
      // Thousands of rows go into fake-indexeddb: a generous wait on a busy machine.
      expect(
        await screen.findByRole('heading', { name: 'This week' }, { timeout: 15_000 }),
      ).toBeVisible();
      expect(await db.contacts.count()).toBe(150);
      expect((await db.settings.get('settings'))?.hasDemoData).toBe(true);
    },
  );
});
