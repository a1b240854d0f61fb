import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { useToastStore } from '../../components/toast-store';
import { Toasts } from '../../components/toasts';
import { db } from '../../db/db';
import { readAllTouches } from '../../db/reads/touches';
import type { Contact, Goal } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople } from '../../../tests/support/log-seed';
import SharePage from './share-page';

// A user picks a few people at a time here; each test clicks and types a dozen times, which
// two busy cores may stretch past the default wait.
const BUDGET_MS = 20_000;

const LINK = 'https://example.com/insights/supply-chain-negotiations';

let anna: Contact;
let cilla: Contact;

beforeEach(async () => {
  useToastStore.setState({ toasts: [] });
  await freshDatabase();
  [anna, , cilla] = await seedPeople(
    makePerson('Anna', 'Berg', { expertise: ['Supply chain'] }),
    makePerson('Bo', 'Ek', { tags: ['förhandling'] }),
    makePerson('Cilla', 'Dahl', { expertise: ['Design'] }),
  );
});

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/share', element: <SharePage /> }], {
    initialEntries: [path],
  });
  render(
    <>
      <RouterProvider router={router} />
      <Toasts />
    </>,
  );
}

function sharedPath(title: string, url: string) {
  return `/share?${new URLSearchParams({ title, url }).toString()}`;
}

describe('the share screen', () => {
  it(
    'shows what was shared, suggests who it matches and logs one give with both picked',
    async () => {
      const user = userEvent.setup();
      renderAt(sharedPath('Negotiations in the supply chain', LINK));

      const received = screen.getByRole('region', { name: 'What you’re sharing' });
      expect(within(received).getByText('Negotiations in the supply chain')).toBeInTheDocument();
      expect(within(received).getByText(LINK)).toBeInTheDocument();
      // The link is text: nothing on the screen can load it.
      expect(screen.queryByRole('link')).not.toBeInTheDocument();

      const suggestions = await screen.findByRole('group', { name: 'Who might like it' });
      const annaBox = within(suggestions).getByRole('checkbox', { name: 'Anna Berg' });
      expect(annaBox).toHaveAccessibleDescription('Matches expertise “Supply chain”');
      // "förhandling" is Swedish, "negotiations" English: they do not meet.
      expect(within(suggestions).queryByRole('checkbox', { name: 'Bo Ek' })).toBeNull();

      await user.click(annaBox);
      const search = screen.getByRole('combobox', { name: 'Add someone else' });
      await user.type(search, 'Cil');
      await user.click(await screen.findByRole('option', { name: /Cilla Dahl/ }));
      await user.click(screen.getByRole('button', { name: 'Log as given' }));

      expect(
        await screen.findByText('Logged: you shared it with Anna Berg and Cilla Dahl'),
      ).toBeVisible();
      const [touch] = await readAllTouches();
      expect(touch).toMatchObject({
        kind: 'message',
        initiator: 'me',
        gave: ['article'],
        received: [],
        note: `Negotiations in the supply chain\n${LINK}`,
      });
      expect(new Set(touch?.participantIds)).toEqual(new Set([anna.id, cilla.id]));
      // Picked afresh for the next share.
      expect(annaBox).not.toBeChecked();

      await user.click(screen.getByRole('button', { name: 'Undo' }));
      await waitFor(async () => {
        expect((await readAllTouches()).filter((t) => t.deletedAt === undefined)).toEqual([]);
      });
    },
    BUDGET_MS,
  );

  it(
    'offers a paste box when opened from inside the app, and says when no one matches',
    async () => {
      const user = userEvent.setup();
      renderAt('/share');
      expect(screen.getByText(/Nothing shared yet/)).toBeInTheDocument();

      const box = screen.getByRole('textbox', { name: 'Link or text to share' });
      await user.type(box, 'Gardening for beginners');
      expect(
        await screen.findByText(
          'No one’s expertise, tags or active goals match these words. Search for someone below.',
        ),
      ).toBeInTheDocument();

      await user.clear(box);
      await user.type(box, 'Tio tips om förhandlingar');
      const suggestions = await screen.findByRole('group', { name: 'Who might like it' });
      expect(
        within(suggestions).getByRole('checkbox', { name: 'Bo Ek' }),
      ).toHaveAccessibleDescription('Matches tag “förhandling”');
    },
    BUDGET_MS,
  );

  it(
    'suggests people through an active goal they are linked to',
    async () => {
      const goal: Goal = {
        id: 'goal-1',
        createdAt: 0,
        updatedAt: 0,
        source: 'manual',
        title: 'Expand into Germany',
        why: '',
        neededExpertise: [],
        status: 'active',
        contactIds: [cilla.id],
      };
      await db.goals.add(goal);
      renderAt(sharedPath('Selling in Germany', ''));
      const suggestions = await screen.findByRole('group', { name: 'Who might like it' });
      expect(
        within(suggestions).getByRole('checkbox', { name: 'Cilla Dahl' }),
      ).toHaveAccessibleDescription('Matches goal “Expand into Germany”');
    },
    BUDGET_MS,
  );

  it(
    'names the problem when no one is picked, and logs nothing',
    async () => {
      const user = userEvent.setup();
      renderAt(sharedPath('Negotiations in the supply chain', LINK));
      await screen.findByRole('group', { name: 'Who might like it' });
      await user.click(screen.getByRole('button', { name: 'Log as given' }));
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Tick or add at least one person to log the share with.',
      );
      expect(await readAllTouches()).toEqual([]);
    },
    BUDGET_MS,
  );

  it(
    'keeps the text and the ticks when the save fails, and says why',
    async () => {
      const user = userEvent.setup();
      renderAt('/share');
      const box = screen.getByRole('textbox', { name: 'Link or text to share' });
      await user.type(box, 'Supply chain risks');
      const annaBox = await screen.findByRole('checkbox', { name: 'Anna Berg' });
      await user.click(annaBox);
      // Deleted in another tab meanwhile: the write refuses her.
      await db.contacts.update(anna.id, { deletedAt: 1 });
      await user.click(screen.getByRole('button', { name: 'Log as given' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^The share could not be logged: /,
      );
      expect(box).toHaveValue('Supply chain risks');
      expect(annaBox).toBeChecked();
      expect(await readAllTouches()).toEqual([]);
    },
    BUDGET_MS,
  );
});
