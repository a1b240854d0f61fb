import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLogSheetStore } from '../../components/log-sheet-store';
import { Toasts } from '../../components/toasts';
import { useToastStore } from '../../components/toast-store';
import { createContact } from '../../db/writes/people';
import { completeGoal, createGoal } from '../../db/writes/goals';
import { db } from '../../db/db';
import { openDatabase } from '../../db/open';
import PeoplePage from './people-page';
import PersonPage from './person-page';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
  useToastStore.setState({ toasts: [] });
  // jsdom does not implement scrolling; the virtualized list asks for it on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function renderPerson(id: string) {
  return render(
    <MemoryRouter initialEntries={[`/people/${id}`]}>
      <Routes>
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>
      <Toasts />
    </MemoryRouter>,
  );
}

const seedAsa = () =>
  createContact({
    givenName: 'Åsa',
    familyName: 'Lind',
    role: 'CFO',
    organisation: 'Volvo',
    emails: [{ value: 'asa@example.se' }],
    phones: [{ value: '+46 (70) 123 45 67' }],
    linkedInUrl: 'https://www.linkedin.com/in/asa-lind',
    nextTimeNote: 'Ask how the Munich move went',
    tags: ['board'],
  });

describe('the person page', () => {
  it('shows the set details as links, and the next-time note', async () => {
    const id = await seedAsa();
    renderPerson(id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Åsa Lind' })).toBeVisible();
    expect(screen.getByText('CFO, Volvo')).toBeVisible();
    expect(screen.getByText('Ask how the Munich move went')).toBeVisible();
    expect(screen.getByRole('link', { name: 'asa@example.se' })).toHaveAttribute(
      'href',
      'mailto:asa@example.se',
    );
    expect(screen.getByRole('link', { name: '+46 (70) 123 45 67' })).toHaveAttribute(
      'href',
      'tel:+46701234567',
    );
    const linkedIn = screen.getByRole('link', { name: /linkedin\.com\/in\/asa-lind/ });
    expect(linkedIn).toHaveAttribute('rel', 'noopener noreferrer');
    expect(linkedIn).toHaveAttribute('target', '_blank');
    expect(screen.getByText('board')).toBeVisible();
    // Fields that are not set are not shown at all.
    expect(screen.queryByText('Location')).not.toBeInTheDocument();
    expect(screen.queryByText('Birthday')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  });

  it('opens the log sheet with the person already in it', async () => {
    const id = await seedAsa();
    renderPerson(id);
    await userEvent.click(await screen.findByRole('button', { name: 'Log a touch' }));
    expect(useLogSheetStore.getState()).toMatchObject({ isOpen: true, prefillIds: [id] });
  });

  it('deletes, returns to the list, and Undo brings the person back', async () => {
    const id = await seedAsa();
    await createContact({ givenName: 'Anna', familyName: 'Berg' });
    renderPerson(id);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('link', { name: 'Anna Berg' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Åsa Lind' })).not.toBeInTheDocument();
    expect((await db.contacts.get(id))?.deletedAt).toBeDefined();

    const toast = screen.getByText('Åsa Lind deleted').closest('.toast');
    if (!(toast instanceof HTMLElement)) throw new Error('no toast');
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Åsa Lind' })).toBeVisible();
    expect((await db.contacts.get(id))?.deletedAt).toBeUndefined();
  });

  it('archives and unarchives', async () => {
    const id = await seedAsa();
    renderPerson(id);
    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByText(/^Archived: hidden/)).toBeVisible();
    expect(screen.getByText('Åsa Lind archived')).toBeVisible();
    expect((await db.contacts.get(id))?.isArchived).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    await waitFor(async () => {
      expect((await db.contacts.get(id))?.isArchived).toBe(false);
    });
    expect(screen.queryByText(/^Archived: hidden/)).not.toBeInTheDocument();
  });

  it('shows the day a LinkedIn connection was made, as a date, and nothing without one', async () => {
    const id = await seedAsa();
    await db.contacts.update(id, { connectedOn: '2026-12-02' });
    const { unmount } = renderPerson(id);
    const term = await screen.findByText('Connected on LinkedIn');
    expect(term.nextElementSibling).toHaveTextContent('December 2, 2026');
    unmount();

    await db.contacts.update(id, { connectedOn: undefined });
    renderPerson(id);
    expect(await screen.findByText('LinkedIn profile')).toBeVisible();
    expect(screen.queryByText('Connected on LinkedIn')).not.toBeInTheDocument();
  });

  it('never makes a non-web LinkedIn value clickable', async () => {
    const id = await createContact({ givenName: 'Eve', linkedInUrl: 'javascript:alert(1)' });
    renderPerson(id);
    expect(await screen.findByText('javascript:alert(1)')).toBeVisible();
    expect(screen.queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
  });

  it('lists the active goals they can help with, by expertise or by link, each linking to it', async () => {
    const id = await createContact({ givenName: 'Erik', expertise: ['forhandling', 'Tax'] });
    const other = await createContact({ givenName: 'Li' });
    const byExpertise = await createGoal({ title: 'Expand', neededExpertise: ['Förhandling'] });
    const byLink = await createGoal({ title: 'Find a mentor', contactIds: [id] });
    const done = await createGoal({ title: 'Old deal', neededExpertise: ['Tax'] });
    await completeGoal(done);
    await createGoal({ title: 'Not theirs', neededExpertise: ['Design'], contactIds: [other] });
    renderPerson(id);
    const section = await screen.findByRole('region', { name: 'Goals they can help with' });
    const links = await within(section).findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Expand', `/goals/${byExpertise}`],
      ['Find a mentor', `/goals/${byLink}`],
    ]);
  });

  it('says so for a deleted or unknown person', async () => {
    renderPerson('nobody');
    expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to people' })).toHaveAttribute('href', '/people');
  });
});
