import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLogSheet, useLogSheetStore } from '../../components/log-sheet-store';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { addTouch } from '../../db/writes/touches';
import { updateSettings } from '../../db/writes/settings';
import { quarterStartOf } from '../../db/reads/this-week';
import { ThisWeekPage } from './this-week-page';
import { I18nProvider } from '../../i18n/i18n-provider';
import { dayKeyOf, localDayNumber } from '../../domain/tie-health';
import type { Contact } from '../../domain/types';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = Date.now();
const daysAgo = (days: number) => now - days * DAY_MS;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** A write, then the live query that shows it: more than findBy's one second on a busy machine. */
const AFTER_WRITE = { timeout: 10_000 };

/**
 * Six people, each on the list for a different reason. Their derived fields are written as
 * they are, without the touches behind them: every last touch lies before this week (8 days
 * or more ago, whatever today's weekday), as the list's "done" needs, which trusts them.
 */
type Six = [Contact, Contact, Contact, Contact, Contact, Contact];

function network(): Six {
  const today = dayKeyOf(localDayNumber(now, zone));
  const [, month, day] = today.split('-').map(Number) as [number, number, number];
  const known = { createdAt: daysAgo(800), touchCount: 6 };
  return [
    makePerson('Anna', 'Berg', {
      ...known,
      tier: 'active',
      lastTouchAt: daysAgo(94),
      lastTouchKind: 'coffee',
    }),
    makePerson('Bo', 'Ek', {
      createdAt: daysAgo(9),
      touchCount: 1,
      lastTouchAt: daysAgo(9),
      lastTouchKind: 'meeting',
    }),
    makePerson('Cecilia', 'Lund', {
      ...known,
      lastTouchAt: daysAgo(12),
      lastTouchKind: 'call',
      received: { value: 3, at: now },
    }),
    makePerson('Dan', 'Holm', {
      ...known,
      lastTouchAt: daysAgo(10),
      lastTouchKind: 'email',
      expertise: ['M&A'],
    }),
    makePerson('Eva', 'Sand', {
      ...known,
      lastTouchAt: daysAgo(8),
      lastTouchKind: 'message',
      birthday: { month, day },
    }),
    makePerson('Frans', 'Ås', {
      ...known,
      tier: 'close',
      lastTouchAt: daysAgo(400),
      lastTouchKind: 'meal',
    }),
  ];
}

async function seedNetwork() {
  const people = await seedPeople(...network());
  await db.goals.add({
    id: 'goal-1',
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    title: 'Buy a company in Germany',
    why: '',
    neededExpertise: ['M&A'],
    status: 'active',
    contactIds: [],
  });
  return people;
}

function renderHome() {
  return render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route path="/" element={<ThisWeekPage />} />
        <Route path="/welcome" element={<h1>Welcome</h1>} />
        <Route path="/people/:personId" element={<h1>Person page</h1>} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

/** The list item of one person, once the list is shown. */
async function itemOf(name: string) {
  const list = await screen.findByRole('list', { name: 'People to reach out to this week' });
  return within(list).getByRole('listitem', { name });
}

beforeEach(async () => {
  await freshDatabase();
  await updateSettings({ onboardedAt: now });
  useToastStore.setState({ toasts: [] });
  closeLogSheet();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the This week screen', () => {
  it('lists each person with the reason in plain words', async () => {
    await seedNetwork();
    renderHome();

    expect(await itemOf('Anna Berg')).toHaveTextContent(
      'Last coffee 94 days ago — you aim for every 90',
    );
    expect(await itemOf('Bo Ek')).toHaveTextContent('Met 9 days ago — follow up');
    expect(await itemOf('Cecilia Lund')).toHaveTextContent(
      'They helped you recently — a chance to give back',
    );
    expect(await itemOf('Dan Holm')).toHaveTextContent(
      'Knows M&A — useful for your goal “Buy a company in Germany”',
    );
    expect(await itemOf('Eva Sand')).toHaveTextContent('Birthday today');
    expect(await itemOf('Frans Ås')).toHaveTextContent(
      'It’s been a while — reconnecting with old contacts often brings fresh ideas',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    expect(screen.getByText('0 of 6 handled · 6 left')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Progress this week' })).toHaveAttribute(
      'value',
      '0',
    );
  });

  it('links each person to their page', async () => {
    const [anna] = await seedNetwork();
    renderHome();
    const item = await itemOf('Anna Berg');
    expect(within(item).getByRole('link', { name: 'Anna Berg' })).toHaveAttribute(
      'href',
      `/people/${anna.id}`,
    );
    await userEvent.click(within(item).getByRole('link', { name: 'Open Anna Berg' }));
    expect(await screen.findByRole('heading', { name: 'Person page' })).toBeVisible();
  });

  it('opens the log sheet with the person when Log is pressed', async () => {
    const [anna] = await seedNetwork();
    renderHome();
    const item = await itemOf('Anna Berg');
    await userEvent.click(within(item).getByRole('button', { name: 'Log a touch with Anna Berg' }));
    expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [anna.id] });
  });

  it('marks the item done, in place, once a touch with the person is logged', async () => {
    const [anna] = await seedNetwork();
    renderHome();
    const list = await screen.findByRole('list', { name: 'People to reach out to this week' });
    await itemOf('Anna Berg');
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('link')[0]?.textContent);
    const before = names();

    await addTouch(touchDraft([anna.id], Date.now(), { initiator: 'me' }));

    expect(
      await screen.findByText('1 of 6 handled: 1 logged · 5 left', {}, AFTER_WRITE),
    ).toBeVisible();
    const item = await itemOf('Anna Berg');
    expect(within(item).getByText('Done')).toBeVisible();
    expect(within(item).queryByRole('button', { name: /Log a touch/ })).not.toBeInTheDocument();
    expect(names()).toEqual(before);
  });

  it('snoozes a person for a week, keeping them in place and marked', async () => {
    const [anna] = await seedNetwork();
    renderHome();
    const item = await itemOf('Anna Berg');

    await userEvent.click(within(item).getByRole('button', { name: 'Snooze Anna Berg' }));
    const options = within(item).getByRole('group', { name: 'Snooze Anna Berg for' });
    await userEvent.click(within(options).getByRole('button', { name: '1 week' }));

    expect(await within(item).findByText(/^Snoozed until/)).toBeVisible();
    expect(
      within(item).getByRole('button', { name: 'Put back Anna Berg on the list' }),
    ).toBeVisible();
    const plan = await db.weekPlans.toCollection().first();
    const stored = plan?.items.find((entry) => entry.contactId === anna.id);
    expect(stored?.state).toBe('snoozed');
    const days = ((stored?.snoozedUntil ?? 0) - now) / DAY_MS;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThanOrEqual(7);
    expect(screen.getByRole('status')).toHaveTextContent(/Anna Berg is snoozed until/);
  });

  it('snoozes until a picked date, refusing today', async () => {
    await seedNetwork();
    renderHome();
    const item = await itemOf('Bo Ek');
    await userEvent.click(within(item).getByRole('button', { name: 'Snooze Bo Ek' }));
    await userEvent.click(within(item).getByRole('button', { name: 'Pick a date' }));
    const input = within(item).getByLabelText('Snooze until');

    await userEvent.type(input, dayKeyOf(localDayNumber(now, zone)));
    await userEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    expect(within(item).getByText('Pick a day after today, before the year 2200.')).toBeVisible();

    await userEvent.clear(input);
    await userEvent.type(input, dayKeyOf(localDayNumber(now, zone) + 20));
    await userEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    expect(await within(item).findByText(/^Snoozed until/)).toBeVisible();
  });

  it('skips a person, and Undo brings them back', async () => {
    await seedNetwork();
    renderHome();
    const item = await itemOf('Cecilia Lund');

    await userEvent.click(
      within(item).getByRole('button', { name: 'Skip Cecilia Lund this week' }),
    );
    expect(await within(item).findByText('Skipped this week')).toBeVisible();
    expect(within(item).queryByRole('button', { name: /^Skip/ })).not.toBeInTheDocument();

    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('Skipped Cecilia Lund this week');
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));

    expect(
      await within(item).findByRole('button', { name: 'Skip Cecilia Lund this week' }),
    ).toBeVisible();
    expect(within(item).queryByText('Skipped this week')).not.toBeInTheDocument();
  });

  // Six clicks, each a write and a live re-read of the list: about 2 s on an idle machine,
  // so a budget that holds when the cores are busy.
  it(
    'counts every logged, snoozed and skipped item as handled, and closes only when all are',
    { timeout: 30_000 },
    async () => {
      const [anna] = await seedNetwork();
      renderHome();
      const progress = () => screen.getByRole('progressbar', { name: 'Progress this week' });
      await itemOf('Anna Berg');

      await addTouch(touchDraft([anna.id], Date.now(), { initiator: 'me' }));
      expect(
        await screen.findByText('1 of 6 handled: 1 logged · 5 left', {}, AFTER_WRITE),
      ).toBeVisible();

      const bo = await itemOf('Bo Ek');
      await userEvent.click(within(bo).getByRole('button', { name: 'Snooze Bo Ek' }));
      const options = within(bo).getByRole('group', { name: 'Snooze Bo Ek for' });
      await userEvent.click(within(options).getByRole('button', { name: '1 week' }));
      expect(
        await screen.findByText('2 of 6 handled: 1 logged and 1 snoozed · 4 left', {}, AFTER_WRITE),
      ).toBeVisible();
      expect(progress()).toHaveAttribute('value', '2');

      for (const [count, name] of [
        [3, 'Cecilia Lund'],
        [4, 'Dan Holm'],
        [5, 'Eva Sand'],
      ] as const) {
        await userEvent.click(
          within(await itemOf(name)).getByRole('button', { name: `Skip ${name} this week` }),
        );
        const skipped = count - 2;
        expect(
          await screen.findByText(
            `${count} of 6 handled: 1 logged, 1 snoozed, and ${skipped} skipped · ${6 - count} left`,
            {},
            AFTER_WRITE,
          ),
        ).toBeVisible();
      }
      // Nothing closes the week while one is still open.
      expect(screen.queryByText(/Nothing is left|Nicely done/)).not.toBeInTheDocument();

      await userEvent.click(
        within(await itemOf('Frans Ås')).getByRole('button', { name: 'Skip Frans Ås this week' }),
      );
      expect(
        await screen.findByText(
          'All 6 handled: 1 logged, 1 snoozed, and 4 skipped',
          {},
          AFTER_WRITE,
        ),
      ).toBeVisible();
      expect(screen.getByText('Nothing is left on this week’s list.')).toBeVisible();
      expect(screen.queryByText(/Nicely done/)).not.toBeInTheDocument();
      expect(progress()).toHaveAttribute('value', '6');
    },
  );

  it('puts a skipped person back on the list', async () => {
    await seedNetwork();
    renderHome();
    const item = await itemOf('Dan Holm');
    await userEvent.click(within(item).getByRole('button', { name: 'Skip Dan Holm this week' }));
    await userEvent.click(
      await within(item).findByRole('button', { name: 'Put back Dan Holm on the list' }),
    );
    expect(
      await within(item).findByRole('button', { name: 'Log a touch with Dan Holm' }),
    ).toBeVisible();
  });

  it('shows the streak, new people this quarter and the give-and-take', async () => {
    await seedNetwork();
    renderHome();
    const stats = await screen.findByRole('complementary', { name: 'Your network at a glance' });
    // Bo, added 9 days ago, is new this quarter unless the quarter began since.
    const addedThisQuarter = daysAgo(9) >= quarterStartOf(now, zone);
    expect(await within(stats).findByText('Weeks reviewed in a row')).toBeVisible();
    expect(within(stats).getByText('0 weeks')).toBeVisible();
    expect(within(stats).getByText(addedThisQuarter ? '1' : '0')).toBeVisible();
    expect(within(stats).getByText('You gave 0 · received 3')).toBeVisible();
    expect(
      within(stats).getByText('You receive more than you give: a good week to offer help.'),
    ).toBeVisible();

    await userEvent.click(
      within(await itemOf('Eva Sand')).getByRole('button', { name: 'Skip Eva Sand this week' }),
    );
    expect(await within(stats).findByText('1 week')).toBeVisible();
  });

  it('brings the side figures up to date once changes have settled', async () => {
    await seedNetwork();
    renderHome();
    const stats = await screen.findByRole('complementary', { name: 'Your network at a glance' });
    await within(stats).findByText('You gave 0 · received 3');

    await seedPeople(
      makePerson('Gert', 'Giver', { createdAt: daysAgo(800), gave: { value: 3, at: now } }),
    );

    // The figures read everyone, so they wait until changes settle (STATS_SETTLE_MS).
    expect(
      await within(stats).findByText('You gave 3 · received 3', {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(within(stats).getByText('Nicely balanced.')).toBeVisible();
  });

  it('offers to refresh the list after the settings changed, keeping handled items', async () => {
    await seedNetwork();
    await updateSettings({ listSize: 5 });
    renderHome();
    const skipped = await itemOf('Anna Berg');
    await userEvent.click(
      within(skipped).getByRole('button', { name: 'Skip Anna Berg this week' }),
    );
    expect(screen.queryByRole('button', { name: 'Refresh list' })).not.toBeInTheDocument();

    await updateSettings({ listSize: 7 });
    await userEvent.click(await screen.findByRole('button', { name: 'Refresh list' }));

    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Refresh list' })).not.toBeInTheDocument();
    });
    expect(
      await screen.findByText('1 of 6 handled: 1 skipped · 5 left', {}, AFTER_WRITE),
    ).toBeVisible();
    expect(within(await itemOf('Anna Berg')).getByText('Skipped this week')).toBeVisible();
  });

  it('shows the number of open items on the app badge', async () => {
    const setAppBadge = vi.fn(() => Promise.resolve());
    const clearAppBadge = vi.fn(() => Promise.resolve());
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, {
        setAppBadge,
        clearAppBadge,
      }),
    );
    await seedNetwork();
    renderHome();
    await waitFor(() => {
      expect(setAppBadge).toHaveBeenLastCalledWith(6);
    });
    await userEvent.click(
      within(await itemOf('Bo Ek')).getByRole('button', { name: 'Skip Bo Ek this week' }),
    );
    await waitFor(() => {
      expect(setAppBadge).toHaveBeenLastCalledWith(5);
    });
  });
});

describe('a change the list refuses, in Swedish', () => {
  it('says why in Swedish only when the week’s plan was removed meanwhile', async () => {
    await seedNetwork();
    render(
      <I18nProvider language="sv">
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route path="/" element={<ThisWeekPage />} />
          </Routes>
          <Toasts />
        </MemoryRouter>
      </I18nProvider>,
    );
    const list = await screen.findByRole('list', {
      name: 'Personer att höra av sig till den här veckan',
    });
    const item = within(list).getByRole('listitem', { name: 'Anna Berg' });
    await userEvent.click(within(item).getByRole('button', { name: 'Skjut upp Anna Berg' }));
    const options = within(item).getByRole('group', { name: 'Skjut upp Anna Berg i' });

    // Another tab removes the plan; the snooze comes before this screen has seen that.
    await db.weekPlans.clear();
    fireEvent.click(within(options).getByRole('button', { name: '1 vecka' }));

    expect(
      await screen.findByText(
        'Det gick inte: Veckans lista finns inte längre: den har gjorts om, kanske i en annan flik. Ingenting ändrades.',
      ),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/There is no plan|week of|That did not work/);
  });
});

describe('the empty states', () => {
  it('offers to add a person or explore the demo when there is nobody yet', async () => {
    renderHome();
    expect(
      await screen.findByRole('heading', { name: 'Your week starts with people' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute(
      'href',
      '/people/new',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Explore with a demo network' }));

    const list = await screen.findByRole(
      'list',
      { name: 'People to reach out to this week' },
      { timeout: 10_000 },
    );
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
  });

  it('says so when nothing needs the user this week', async () => {
    await seedPeople(
      makePerson('Fine', 'Friend', {
        createdAt: daysAgo(300),
        touchCount: 4,
        lastTouchAt: daysAgo(8),
      }),
    );
    renderHome();
    expect(
      await screen.findByRole('heading', { name: 'Nothing needs you this week' }),
    ).toBeVisible();
  });

  it('sends the first run to the welcome screen', async () => {
    await updateSettings({ onboardedAt: undefined });
    renderHome();
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeVisible();
  });
});

describe('the 24-hour help line', () => {
  it('says how many needs of the active goals a warm tie covers, linking to the goals', async () => {
    await seedNetwork();
    // Dan knows M&A but has no strength to speak of: not someone to ask within a day.
    renderHome();
    const stats = await screen.findByRole('complementary', { name: 'Your network at a glance' });
    const line = await within(stats).findByRole('link', {
      name: 'Help within 24 hours for 0 of 1 need',
    });
    expect(line).toHaveAttribute('href', '/goals');
  });

  it('is not shown without an active goal', async () => {
    await seedPeople(...network());
    renderHome();
    const stats = await screen.findByRole('complementary', { name: 'Your network at a glance' });
    await within(stats).findByText('Weeks reviewed in a row');
    expect(within(stats).queryByText('Your goals')).toBeNull();
    expect(within(stats).queryByRole('link')).toBeNull();
  });
});
