import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import LogPage from './log-page';
import { LogSheetHost } from './log-sheet-host';
import { useLogDraftStore } from './log-draft-store';
import type { Contact } from '../../domain/types';
import { setUpLogTest } from '../../../tests/support/log-screen';

let bo: Contact;

beforeEach(async () => {
  ({ bo } = await setUpLogTest());
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <Outlet />
            <LogSheetHost />
          </>
        ),
        children: [
          { index: true, element: <h1>This week</h1> },
          { path: 'log', element: <LogPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('the /log route', () => {
  it('opens the sheet over a short page, and closing it goes to This week', async () => {
    const user = userEvent.setup();
    const router = renderAt('/log');
    expect(screen.getByRole('heading', { level: 1, name: 'Log a touch' })).toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/');
    });
    expect(screen.getByRole('heading', { name: 'This week' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('prefills the person given as ?person=', async () => {
    renderAt(`/log?person=${bo.id}`);
    const dialog = await screen.findByRole('dialog', { name: 'Log a touch' });
    expect(await within(dialog).findByRole('button', { name: 'Remove Bo Ek' })).toBeInTheDocument();
    expect(useLogDraftStore.getState().draft.personIds).toEqual([bo.id]);
  });
});
