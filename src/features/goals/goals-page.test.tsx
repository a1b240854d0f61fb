import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { db } from '../../db/db';
import { createGoal } from '../../db/writes/goals';
import * as goalWrites from '../../db/writes/goals';
import { freshDatabase, seedPeople } from '../../../tests/support/log-seed';
import { noonDaysAgo, touchedDaysAgo } from '../../../tests/support/tie-seed';
import { goalDraftKey, isGoalDraftDirty, readGoalDraft, writeGoalDraft } from './goal-draft';
import GoalFormPage from './goal-form-page';
import { HOLDERS_MORE, HOLDERS_SHOWN } from './goal-help-section';
import GoalPage from './goal-page';
import GoalsPage from './goals-page';

beforeEach(async () => {
  await freshDatabase();
  useToastStore.setState({ toasts: [] });
  vi.restoreAllMocks();
  sessionStorage.clear();
});

function renderGoals(path = '/goals') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/goals" element={<GoalsPage />} />
        <Route path="/goals/new" element={<GoalFormPage />} />
        <Route path="/goals/:goalId" element={<GoalPage />} />
        <Route path="/goals/:goalId/edit" element={<GoalFormPage />} />
        <Route path="/people/:personId" element={<h1>Person page</h1>} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

/** Waits for the edit form to show the stored title, then types another over it. */
async function typeTitle(stored: string, typed: string): Promise<HTMLElement> {
  const title = await screen.findByLabelText('Title');
  await waitFor(() => {
    expect(title).toHaveValue(stored);
  });
  await userEvent.clear(title);
  await userEvent.type(title, typed);
  return title;
}

/** Opens the goal "Expand" in its edit form and types another title. */
async function editTitleTo(id: string, typed: string): Promise<HTMLElement> {
  renderGoals(`/goals/${id}/edit`);
  return typeTitle('Expand', typed);
}

/** Erik: close tier, a coffee five days ago and a strong tie, so a 24-hour advisor. */
const warmErik = () =>
  touchedDaysAgo('Erik', 'Ek', 5, {
    expertise: ['Förhandling'],
    strength: { value: 5, at: noonDaysAgo(5) },
  });

function toastWith(text: string): HTMLElement {
  const toast = screen.getByText(text).closest('.toast');
  if (!(toast instanceof HTMLElement)) throw new Error(`no toast "${text}"`);
  return toast;
}

// Each test renders a screen that reads the database and types into it: seconds when busy.
describe('the Goals list', { timeout: 20_000 }, () => {
  it('explains what a goal is for when there is none, and offers to add one', async () => {
    renderGoals();
    expect(await screen.findByRole('heading', { name: 'No goals yet' })).toBeVisible();
    expect(screen.getByText(/Name the expertise it needs/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add a goal' })).toHaveAttribute('href', '/goals/new');
  });

  it('shows each active goal with its 24-hour coverage, and folds the closed ones', async () => {
    await seedPeople(warmErik());
    await createGoal({ title: 'Expand into Germany', neededExpertise: ['forhandling', 'Tax'] });
    const done = await createGoal({ title: 'Hire a CFO' });
    await goalWrites.completeGoal(done);
    renderGoals();
    const active = await screen.findByRole('region', { name: 'Active goals' });
    expect(within(active).getByRole('link', { name: 'Expand into Germany' })).toBeVisible();
    expect(await within(active).findByText('Help within 24 hours for 1 of 2 needs')).toBeVisible();
    expect(within(active).queryByText('Hire a CFO')).not.toBeInTheDocument();
    const closed = screen.getByText('Done and archived (1)');
    expect(screen.getByRole('link', { name: 'Hire a CFO' })).not.toBeVisible();
    await userEvent.click(closed);
    expect(screen.getByRole('link', { name: 'Hire a CFO' })).toBeVisible();
  });
});

describe('the goal form', { timeout: 20_000 }, () => {
  it('suggests expertise people have, without case or diacritics: "forhand" finds Förhandling', async () => {
    await seedPeople(warmErik());
    renderGoals('/goals/new');
    await userEvent.type(await screen.findByLabelText('Title'), 'Expand into Germany');
    const needs = screen.getByRole('textbox', { name: 'Needed expertise' });
    await userEvent.type(needs, 'forhand');
    const suggestions = await screen.findByRole('group', {
      name: 'Expertise people already have',
    });
    await userEvent.click(within(suggestions).getByRole('button', { name: 'Förhandling' }));
    await userEvent.type(needs, 'Tax law{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Förhandling' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Tax law' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Expand into Germany' }),
    ).toBeVisible();
    const [goal] = await db.goals.toArray();
    expect(goal?.neededExpertise).toEqual(['Förhandling', 'Tax law']);
  });

  it('keeps everything typed when a save fails, and says why', async () => {
    renderGoals('/goals/new');
    const why = await screen.findByLabelText('Why');
    await userEvent.type(why, 'Our biggest market next year');
    await userEvent.type(screen.getByRole('textbox', { name: 'Needed expertise' }), 'M&A{Enter}');
    // No title: refused with its reason.
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the goal a title.');
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Why')).toHaveValue('Our biggest market next year');
    expect(screen.getByRole('button', { name: 'Remove M&A' })).toBeVisible();

    // The storage fails: the words name it, and the input is still there.
    await userEvent.type(screen.getByLabelText('Title'), 'Expand');
    vi.spyOn(db.goals, 'add').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText(/out of space on this device/)).toBeVisible();
    expect(screen.getByLabelText('Title')).toHaveValue('Expand');
    expect(screen.getByLabelText('Why')).toHaveValue('Our biggest market next year');
    expect(await db.goals.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Expand' })).toBeVisible();
    expect(await db.goals.count()).toBe(1);
  });

  it('saves an edit and refuses one that clashes with another tab, keeping the typed title', async () => {
    const id = await createGoal({ title: 'Expand' });
    const title = await editTitleTo(id, 'Mine');
    // Another tab saves a title first.
    await goalWrites.editGoal(id, [{ field: 'title', from: 'Expand', to: 'Theirs' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed in another tab');
    expect(screen.getByText('Saved meanwhile in another tab: Theirs')).toBeVisible();
    expect(title).toHaveValue('Mine');
    expect((await db.goals.get(id))?.title).toBe('Theirs');
    // Seen now, a second Save keeps the user's title.
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine' })).toBeVisible();
  });

  it('lets a field left alone follow another tab while the form is open, keeping typed ones', async () => {
    const id = await createGoal({ title: 'Expand', why: 'Growth' });
    const title = await editTitleTo(id, 'Mine');
    await goalWrites.editGoal(id, [{ field: 'why', from: 'Growth', to: 'New markets' }]);
    await waitFor(() => {
      expect(screen.getByLabelText('Why')).toHaveValue('New markets');
    });
    expect(title).toHaveValue('Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine' })).toBeVisible();
    expect((await db.goals.get(id))?.why).toBe('New markets');
  });

  it('brings typed input back after a reload, follows the other fields, and forgets it once saved', async () => {
    const id = await createGoal({ title: 'Expand', why: 'Growth' });
    const first = renderGoals(`/goals/${id}/edit`);
    await typeTitle('Expand', 'Expand into Germany');
    // The tab reloads; meanwhile another tab changes the why, which this tab left alone.
    first.unmount();
    await goalWrites.editGoal(id, [{ field: 'why', from: 'Growth', to: 'Our biggest market' }]);
    renderGoals(`/goals/${id}/edit`);
    expect(await screen.findByText('Your unsaved input in this form was restored.')).toBeVisible();
    expect(screen.getByLabelText('Title')).toHaveValue('Expand into Germany');
    await waitFor(() => {
      expect(screen.getByLabelText('Why')).toHaveValue('Our biggest market');
    });

    await userEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Expand into Germany' }),
    ).toBeVisible();
    expect(await db.goals.get(id)).toMatchObject({
      title: 'Expand into Germany',
      why: 'Our biggest market',
    });
    expect(sessionStorage.length).toBe(0);
  });

  it('lets the user discard restored input, and keeps nothing for a cancelled new goal', async () => {
    const first = renderGoals('/goals/new');
    await userEvent.type(await screen.findByLabelText('Title'), 'Board seat');
    first.unmount();
    const second = renderGoals('/goals/new');
    expect(await screen.findByLabelText('Title')).toHaveValue('Board seat');
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(screen.queryByText('Your unsaved input in this form was restored.')).toBeNull();
    expect(sessionStorage.length).toBe(0);

    await userEvent.type(screen.getByLabelText('Title'), 'Another');
    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    second.unmount();
    renderGoals('/goals/new');
    expect(await screen.findByLabelText('Title')).toHaveValue('');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('a goal’s page', { timeout: 20_000 }, () => {
  it('marks a goal done and archives it, and Undo puts back each change', async () => {
    const id = await createGoal({ title: 'Expand' });
    renderGoals(`/goals/${id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText('“Expand” marked done')).toBeVisible();
    await waitFor(async () => {
      expect((await db.goals.get(id))?.status).toBe('done');
    });
    await userEvent.click(
      within(toastWith('“Expand” marked done')).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(async () => {
      expect((await db.goals.get(id))?.status).toBe('active');
    });
    expect(await screen.findByRole('button', { name: 'Mark done' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Reopen' })).toBeVisible();
    expect((await db.goals.get(id))?.status).toBe('archived');
    await userEvent.click(
      within(toastWith('“Expand” archived')).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByRole('button', { name: 'Mark done' })).toBeVisible();
    expect((await db.goals.get(id))?.closedAt).toBeUndefined();
  });

  it('deletes, goes back to the list, and Undo brings the goal back', async () => {
    const id = await createGoal({ title: 'Expand' });
    renderGoals(`/goals/${id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'No goals yet' })).toBeVisible();
    await userEvent.click(
      within(toastWith('“Expand” deleted')).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByRole('link', { name: 'Expand' })).toBeVisible();
  });

  it('lists who has each need: the warm tie as an advisor, the one you owe with why not', async () => {
    const [erik, yvonne, dag] = await seedPeople(
      warmErik(),
      touchedDaysAgo('Yvonne', 'Owed', 3, {
        expertise: ['forhandling'],
        strength: { value: 5, at: noonDaysAgo(3) },
        received: { value: 3, at: noonDaysAgo(3) },
      }),
      touchedDaysAgo('Dag', 'Dormant', 200, { expertise: ['Tax'] }),
    );
    const id = await createGoal({ title: 'Expand', neededExpertise: ['Förhandling', 'Tax'] });
    renderGoals(`/goals/${id}`);
    const negotiation = await screen.findByRole('region', { name: 'Förhandling' });
    const holders = await within(negotiation).findByRole('list', { name: 'Who has it' });
    // Asking a holder opens their page's ask form for this goal.
    expect(
      within(holders).getByRole('link', { name: 'Ask Erik Ek for help with this goal' }),
    ).toHaveAttribute('href', `/people/${erik.id}?ask=${id}`);
    const rows = within(holders).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Erik Ek 24-hour advisor Ask',
      'Yvonne Owed Not within 24 hours: you owe them Ask',
    ]);
    expect(within(negotiation).getByRole('link', { name: 'Erik Ek' })).toHaveAttribute(
      'href',
      `/people/${erik.id}`,
    );
    const tax = screen.getByRole('region', { name: 'Tax' });
    expect(within(tax).getByText('No 24-hour help for this need yet.')).toBeVisible();
    // 200 days, said in months as a person would.
    expect(
      within(tax).getByRole('link', { name: 'Revive: Dag Dormant, last touch 7 months ago' }),
    ).toBeVisible();
    expect(screen.getByText('Help within 24 hours for 1 of 2 needs')).toBeVisible();
    expect(yvonne.id).not.toBe(dag.id);
  });

  it('follows changes made elsewhere: a holder paused and a goal renamed in another screen', async () => {
    const [erik] = await seedPeople(warmErik());
    const id = await createGoal({ title: 'Expand', neededExpertise: ['Förhandling'] });
    renderGoals(`/goals/${id}`);
    const negotiation = await screen.findByRole('region', { name: 'Förhandling' });
    expect(await within(negotiation).findByText('24-hour advisor')).toBeVisible();

    await db.contacts.update(erik.id, { isPaused: true });
    await db.goals.update(id, { title: 'Expand into Germany' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Expand into Germany' }),
    ).toBeVisible();
    expect(
      await within(screen.getByRole('region', { name: 'Förhandling' })).findByText(
        'Not within 24 hours: paused',
      ),
    ).toBeVisible();
  });

  it('shows the warmest few holders of a common need, and more on request', async () => {
    const holders = Array.from({ length: HOLDERS_SHOWN + HOLDERS_MORE + 3 }, (_, index) =>
      touchedDaysAgo('Holder', `N${String(index).padStart(2, '0')}`, 5 + index, {
        expertise: ['Tax'],
        strength: { value: 5, at: noonDaysAgo(5 + index) },
      }),
    );
    await seedPeople(...holders);
    const id = await createGoal({ title: 'Expand', neededExpertise: ['Tax'] });
    renderGoals(`/goals/${id}`);
    const tax = await screen.findByRole('region', { name: 'Tax' });
    const list = await within(tax).findByRole('list', { name: 'Who has it' });
    const total = holders.length;
    expect(within(list).getAllByRole('listitem')).toHaveLength(HOLDERS_SHOWN);
    expect(within(tax).getByText(`The ${HOLDERS_SHOWN} warmest of ${total}`)).toBeVisible();
    // Warmest first: the most recently met lead.
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Holder N00');

    await userEvent.click(within(tax).getByRole('button', { name: `Show ${HOLDERS_MORE} more` }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(HOLDERS_SHOWN + HOLDERS_MORE);
    await userEvent.click(within(tax).getByRole('button', { name: 'Show 3 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(total);
    expect(within(tax).queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
  });

  it('for a need nobody warm covers, offers an introduction through a colleague', async () => {
    const [anna, erik] = await seedPeople(
      touchedDaysAgo('Anna', 'Berg', 4, { strength: { value: 5, at: noonDaysAgo(4) } }),
      touchedDaysAgo('Erik', 'Ek', 400, { expertise: ['Tax'], tier: 'acquaintance' }),
    );
    await db.relations.add({
      id: 'anna-erik',
      fromId: anna.id,
      toId: erik.id,
      kind: 'works-with',
      note: '',
      source: 'manual',
      createdAt: noonDaysAgo(100),
      updatedAt: noonDaysAgo(100),
    });
    const id = await createGoal({ title: 'Expand', neededExpertise: ['tax'] });
    renderGoals(`/goals/${id}`);
    const tax = await screen.findByRole('region', { name: 'tax' });
    expect(
      await within(tax).findByRole('link', {
        name: 'Ask Anna Berg to introduce you to Erik Ek (they know each other)',
      }),
    ).toHaveAttribute('href', `/people/${anna.id}`);

    // One tap turns the path into a request: Anna is asked to introduce the user to Erik.
    await userEvent.click(within(tax).getByRole('button', { name: 'Request this introduction' }));
    expect(
      await within(tax).findByRole('link', { name: 'Requested: see Anna Berg’s page' }),
    ).toBeVisible();
    const [request] = await db.introductions.toArray();
    expect(request).toMatchObject({
      direction: 'for-me',
      firstId: anna.id,
      secondId: erik.id,
      goalId: id,
      state: 'asked',
    });
    expect(within(tax).queryByRole('button', { name: 'Request this introduction' })).toBeNull();

    // Undo takes the request back, and the path offers it again.
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(
      await within(tax).findByRole('button', { name: 'Request this introduction' }),
    ).toBeVisible();
    expect((await db.introductions.get(request?.id ?? ''))?.deletedAt).toBeDefined();
  });
});

const draftFields = { title: 'Expand', why: '', neededExpertise: ['M&A'], dueOn: '' };

describe('the goal form’s draft', () => {
  it('comes back as written, one per goal and one for a new goal', () => {
    const draft = { base: draftFields, fields: { ...draftFields, title: 'Expand into Germany' } };
    writeGoalDraft(goalDraftKey('g1'), draft);
    expect(readGoalDraft(goalDraftKey('g1'))).toEqual(draft);
    expect(readGoalDraft(goalDraftKey('g2'))).toBeNull();
    expect(readGoalDraft(goalDraftKey(undefined))).toBeNull();
    expect(isGoalDraftDirty(draft)).toBe(true);
    expect(isGoalDraftDirty({ base: draftFields, fields: { ...draftFields } })).toBe(false);
  });

  it('ignores what is not a draft: broken JSON, wrong types, a missing half', () => {
    const key = goalDraftKey('g1');
    for (const text of [
      '{',
      'null',
      '"text"',
      JSON.stringify({ base: draftFields }),
      JSON.stringify({ base: draftFields, fields: { ...draftFields, neededExpertise: [1] } }),
      JSON.stringify({ base: draftFields, fields: { ...draftFields, title: 7 } }),
    ]) {
      sessionStorage.setItem(key, text);
      expect(readGoalDraft(key)).toBeNull();
    }
  });
});
