import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLogSheetStore } from '../../components/log-sheet-store';
import { db } from '../../db/db';
import type { Group } from '../../domain/types';
import { makePerson } from '../../../tests/support/log-seed';
import { touchedDaysAgo } from '../../../tests/support/tie-seed';
import type { LayoutResponse } from '../../workers/layout-protocol';
import {
  layoutFailure,
  layoutPositions,
  receivedFromWorker,
  renderNetwork,
  sentToWorker,
  setUpNetworkTest,
  settledCanvas,
  workerLog,
} from '../../../tests/support/network-screen';

beforeEach(async () => {
  await setUpNetworkTest();
});

/** Three people around the user: Anna to the right, Otto to the left, Bo below. */
async function seedThree() {
  const anna = touchedDaysAgo('Anna', 'Berg', 5, {
    organisation: 'Acme AB',
    tags: ['Mentor'],
    affiliation: 'internal',
  });
  const otto = touchedDaysAgo('Otto', 'Overdue', 40, { tags: ['Board'] });
  const bo = touchedDaysAgo('Bo', 'Ek', 10, { tier: 'wide' });
  const archived = makePerson('Arne', 'Arkiv', { isArchived: true });
  await db.contacts.bulkAdd([anna, otto, bo, archived]);
  layoutPositions.set(anna.id, [100, 0]);
  layoutPositions.set(otto.id, [-100, 0]);
  layoutPositions.set(bo.id, [0, 100]);
  return { anna, otto, bo };
}

function card() {
  return screen.getByRole('region', { name: 'Selected person' });
}

/** The graphs the layout worker sent, in order. */
function graphsReceived() {
  return receivedFromWorker.filter(
    (message): message is Extract<LayoutResponse, { type: 'graph' }> => message.type === 'graph',
  );
}

/** Where a graph from the worker started its layout for the person with `id`. */
function startOf(graph: Extract<LayoutResponse, { type: 'graph' }> | undefined, id: string) {
  const index = graph?.nodes.findIndex((node) => node.id === id) ?? -1;
  return [graph?.initial?.[2 * index], graph?.initial?.[2 * index + 1]];
}

// Each test renders the whole screen and types into it: seconds on a busy machine.
describe('the network screen', { timeout: 15_000 }, () => {
  it('invites to add people or load the demo when there is no one yet', async () => {
    renderNetwork();
    expect(await screen.findByRole('heading', { name: 'No one to draw yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute(
      'href',
      '/people/new',
    );
    expect(screen.getByRole('link', { name: 'Try the demo network' })).toHaveAttribute(
      'href',
      '/welcome',
    );
    expect(screen.getByLabelText('Import contacts')).toHaveAttribute('type', 'file');
    expect(screen.getByLabelText('Restore a backup')).toHaveAttribute('type', 'file');
    expect(screen.queryByRole('application')).not.toBeInTheDocument();
  });

  it('names the canvas by the people it shows, leaving archived people out', async () => {
    await seedThree();
    renderNetwork();
    const canvas = await settledCanvas();
    expect(canvas).toHaveAccessibleName('Network graph of 3 people');
    expect(canvas).toHaveAttribute('tabindex', '0');
    expect(canvas).toHaveAccessibleDescription(/Arrow keys move between people/);
    expect(screen.getByText('Showing 3 of 3 people')).toBeVisible();
  });

  it('shows a progress bar until the first layout has settled', async () => {
    await seedThree();
    renderNetwork();
    expect(await screen.findByRole('progressbar', { name: 'Layout progress' })).toBeVisible();
    await settledCanvas();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('finds a person through the search box and opens a card with Open and Log', async () => {
    const { anna } = await seedThree();
    renderNetwork();
    await settledCanvas();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'ann');
    const results = screen.getByRole('list', { name: 'People found' });
    expect(within(results).getAllByRole('button')).toHaveLength(1);
    await userEvent.click(within(results).getByRole('button', { name: /Anna Berg/ }));

    expect(within(card()).getByRole('heading', { name: 'Anna Berg' })).toBeVisible();
    expect(within(card()).getByText('On track')).toBeVisible();
    expect(within(card()).getByRole('link', { name: 'Open Anna Berg' })).toHaveAttribute(
      'href',
      `/people/${anna.id}`,
    );
    expect(screen.getByRole('searchbox', { name: 'Find a person' })).toHaveValue('');

    await userEvent.click(
      within(card()).getByRole('button', { name: 'Log a touch with Anna Berg' }),
    );
    expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [anna.id] });

    await userEvent.click(within(card()).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Selected person' })).not.toBeInTheDocument();
  });

  it('takes the first match on Enter, and says when no one matches', async () => {
    await seedThree();
    renderNetwork();
    await settledCanvas();
    const search = screen.getByRole('searchbox', { name: 'Find a person' });
    await userEvent.type(search, 'zzz');
    expect(screen.getByText('No one in the network matches “zzz”.')).toBeVisible();
    await userEvent.clear(search);
    await userEvent.type(search, 'acme{Enter}');
    expect(within(card()).getByRole('heading', { name: 'Anna Berg' })).toBeVisible();
  });

  it('moves the selection with the arrow keys, opens with Enter and clears with Escape', async () => {
    const { otto } = await seedThree();
    renderNetwork([otto.id]);
    const canvas = await settledCanvas();
    canvas.focus();

    await userEvent.keyboard('{ArrowRight}');
    expect(within(card()).getByRole('heading', { name: 'You' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(card()).getByRole('heading', { name: 'Anna Berg' })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(card()).getByRole('heading', { name: 'Bo Ek' })).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(card()).getByRole('heading', { name: 'Otto Overdue' })).toBeVisible();
    // No one further left: the selection stays.
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(card()).getByRole('heading', { name: 'Otto Overdue' })).toBeVisible();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected person' })).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(card()).getByRole('heading', { name: 'Otto Overdue' })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: `Person ${otto.id}` })).toBeVisible();
  });

  it('lets Tab move on past the canvas', async () => {
    await seedThree();
    renderNetwork();
    const canvas = await settledCanvas();
    canvas.focus();
    await userEvent.tab();
    expect(canvas).not.toHaveFocus();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toHaveFocus();
  });

  it('filters the graph and the list alike', async () => {
    const { otto } = await seedThree();
    renderNetwork();
    const canvas = await settledCanvas();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Overdue');
    expect(canvas).toHaveAccessibleName('Network graph of 1 person');
    expect(canvas).toHaveAttribute('data-shown-count', '1');
    expect(screen.getByText('Showing 1 of 3 people')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    const list = screen.getByRole('list', { name: 'People in the network' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Otto Overdue']);
    expect(links[0]).toHaveAttribute('href', `/people/${otto.id}`);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Anna Berg', 'Bo Ek', 'Otto Overdue']);
  });

  it('folds the filters away on a narrow screen, saying how many are on', async () => {
    // A phone: no query matches (the screen also watches pixel density and reduced motion).
    const wide = vi.fn(
      (query: string) =>
        ({
          matches: false,
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    vi.stubGlobal('matchMedia', wide);
    try {
      await seedThree();
      renderNetwork();
      await settledCanvas();
      expect(wide).toHaveBeenCalledWith('(min-width: 48rem)');
      const summary = screen.getByText('Filters', { selector: 'summary' });
      const filters = summary.closest('details');
      expect(filters).not.toHaveAttribute('open');

      await userEvent.click(summary);
      expect(filters).toHaveAttribute('open');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Overdue');
      await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue' }));
      expect(within(filters as HTMLElement).getByText('· 2 active')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('filters by tier, tag, inside or outside, and only overdue', async () => {
    await seedThree();
    renderNetwork();
    await settledCanvas();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    const names = () =>
      within(screen.getByRole('list', { name: 'People in the network' }))
        .getAllByRole('link')
        .map((link) => link.textContent);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How close' }), 'Wide');
    expect(names()).toEqual(['Bo Ek']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'Mentor');
    expect(names()).toEqual(['Anna Berg']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Inside or outside' }),
      'External',
    );
    expect(names()).toEqual(['Bo Ek', 'Otto Overdue']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue' }));
    expect(names()).toEqual(['Otto Overdue']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'On track');
    expect(screen.getByText('No one fits these filters.')).toBeVisible();
  });

  it('filters by group', async () => {
    const { anna, bo } = await seedThree();
    await db.groups.add(groupOf('Board', [anna.id, bo.id]));
    renderNetwork();
    await settledCanvas();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'Board');
    const list = screen.getByRole('list', { name: 'People in the network' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Anna Berg', 'Bo Ek']);
  });

  it('shows a person the filters hide when they are picked in the search', async () => {
    await seedThree();
    renderNetwork();
    await settledCanvas();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Overdue');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'anna');
    const result = within(screen.getByRole('list', { name: 'People found' })).getByRole('button');
    expect(result).toHaveTextContent('hidden by the filters');
    await userEvent.click(result);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('any');
    expect(within(card()).getByRole('heading', { name: 'Anna Berg' })).toBeVisible();
  });

  it('lists clusters and bridges from the insights', async () => {
    const { anna, otto, bo } = await seedThree();
    await db.groups.add(groupOf('Board', [anna.id, otto.id, bo.id]));
    renderNetwork();
    await settledCanvas();
    await userEvent.click(screen.getByText('Clusters and bridges'));
    const clusters = await screen.findByRole('region', { name: 'Clusters' });
    expect(within(clusters).getByText('Board')).toBeVisible();
    expect(within(clusters).getByText('3 people')).toBeVisible();
    expect(screen.getByText('No one links two clusters yet.')).toBeVisible();
  });

  it('lists a bridge between two clusters and shows them on the graph when picked', async () => {
    const people = ['Ada', 'Bea', 'Cid', 'Dan', 'Eva', 'Fay', 'Gus'].map((name) =>
      touchedDaysAgo(name, 'Test', 5),
    );
    await db.contacts.bulkAdd(people);
    const [ada, bea, cid, dan, eva, fay, gus] = people.map((person) => person.id);
    // Dan is in both groups: the one person joining them.
    await db.groups.bulkAdd([
      groupOf('Rowing', [ada ?? '', bea ?? '', cid ?? '', dan ?? '']),
      groupOf('Choir', [dan ?? '', eva ?? '', fay ?? '', gus ?? '']),
    ]);
    renderNetwork();
    await settledCanvas();
    await userEvent.click(screen.getByText('Clusters and bridges'));
    const bridges = await screen.findByRole('region', { name: 'Bridges' });
    await userEvent.click(
      within(bridges).getByRole('button', { name: 'Show Dan Test on the graph' }),
    );
    expect(within(card()).getByRole('heading', { name: 'Dan Test' })).toBeVisible();
    expect(within(card()).getByText('A bridge between clusters')).toBeVisible();
  });

  it('says so when the graph cannot be laid out, and the list still works', async () => {
    await seedThree();
    layoutFailure.message = 'out of memory';
    renderNetwork();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The graph could not be laid out. The list view shows the same people.',
    );
    // The cause is for the log, not the screen.
    expect(screen.getByRole('alert')).not.toHaveTextContent('out of memory');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(
      within(screen.getByRole('list', { name: 'People in the network' })).getAllByRole('link'),
    ).toHaveLength(3);
  });

  it('keeps the positions when the layout settles and starts from them next time', async () => {
    const { anna } = await seedThree();
    const { unmount } = renderNetwork();
    await settledCanvas();
    await waitFor(async () => {
      expect((await db.graphLayouts.get('last'))?.ids).toContain(anna.id);
    });
    const saved = await db.graphLayouts.get('last');
    const index = saved?.ids.indexOf(anna.id) ?? -1;
    expect([saved?.xy[2 * index], saved?.xy[2 * index + 1]]).toEqual([100, 0]);

    unmount();
    expect(workerLog.terminated).toBe(workerLog.started);
    receivedFromWorker.length = 0;
    layoutPositions.clear();
    renderNetwork();
    await settledCanvas();
    expect(startOf(graphsReceived()[0], anna.id)).toEqual([100, 0]);
  });

  it('asks the worker for the settled picture only when motion is reduced', async () => {
    await seedThree();
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    renderNetwork();
    await settledCanvas();
    const load = sentToWorker.find((message) => message.type === 'load');
    expect(load).toMatchObject({ type: 'load', isReducedMotion: true });
    expect(receivedFromWorker.some((message) => message.type === 'tick')).toBe(false);
  });

  it('does not lay out again when only a status changes', async () => {
    const { bo } = await seedThree();
    renderNetwork();
    const canvas = await settledCanvas();
    const layouts = () => graphsReceived().filter((graph) => graph.isNewLayout).length;
    expect(layouts()).toBe(1);
    await act(async () => {
      await db.contacts.update(bo.id, { isPaused: true });
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Paused');
    await waitFor(() => {
      expect(canvas).toHaveAttribute('data-shown-count', '1');
    });
    expect(graphsReceived().length).toBeGreaterThan(1);
    expect(layouts()).toBe(1);
    expect(canvas).toHaveAttribute('data-layout', 'settled');
  });

  it('draws a person added while it is open, laying out again from where the others are', async () => {
    const { anna } = await seedThree();
    renderNetwork();
    const canvas = await settledCanvas();
    expect(canvas).toHaveAccessibleName('Network graph of 3 people');
    const newcomer = touchedDaysAgo('Nils', 'Ny', 1);
    await act(async () => {
      await db.contacts.add(newcomer);
    });
    await waitFor(() => {
      expect(canvas).toHaveAccessibleName('Network graph of 4 people');
    });
    await settledCanvas();
    const relaid = graphsReceived().filter((graph) => graph.isNewLayout);
    expect(relaid).toHaveLength(2);
    expect(startOf(relaid[1], anna.id)).toEqual([100, 0]);
    expect(startOf(relaid[1], newcomer.id).every(Number.isFinite)).toBe(true);
    expect(screen.getByText('Showing 4 of 4 people')).toBeVisible();
  });
});

function groupOf(name: string, memberIds: string[]): Group {
  return {
    id: `group-${name}`,
    createdAt: 1_000,
    updatedAt: 1_000,
    source: 'manual',
    name,
    kind: 'board',
    memberIds,
    hasSpeakers: false,
    hasSocialActivities: false,
    hasSports: false,
    leadersExperience: '',
    notes: '',
  };
}
