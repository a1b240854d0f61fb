// Settings › Import: the preview asks how close the new people are (one tier for all, Wide
// first) and offers, unticked, to keep in touch with none of them for now; the summary says
// what was chosen. The real parsers, matcher and writer run in-process.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { makePerson, seedPeople } from '../../../tests/support/log-seed';
import {
  linkedInCsv,
  renderYourDataPage,
  setUpTransferTest,
  testServices,
  textFile,
} from '../../../tests/support/your-data-screen';

// The in-process engines write through fake-indexeddb: generous waits on a busy machine.
const SLOW = { timeout: 10_000 };
// A test reads, previews and writes a file in-process: 1–2 s on an idle machine, several
// times that when two busy cores are shared, so each gets a budget beyond its waits.
const BUDGET = { timeout: 30_000 };

const ANNA = 'Anna,Berg,https://www.linkedin.com/in/anna-berg,anna@acme.se,Acme AB,CTO,15 Mar 2024';
const BO = 'Bo,Ek,https://www.linkedin.com/in/bo-ek,bo@ek.se,Ekonomi AB,CFO,02 Jan 2023';

async function pickFile() {
  await userEvent.upload(
    screen.getByLabelText('Choose a file to import'),
    textFile(linkedInCsv([ANNA, BO]), 'Connections.csv', 'text/csv'),
  );
  return screen.findByRole('group', { name: 'How close are you to the new people?' }, SLOW);
}

async function confirmImport() {
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  return screen.findByRole('heading', { name: 'Import finished' }, SLOW);
}

beforeEach(async () => {
  await setUpTransferTest();
});

describe('How close the new people are', BUDGET, () => {
  it('offers every tier with its rhythm, Wide first, and adds them all as Wide', async () => {
    renderYourDataPage(testServices().services);
    const choice = await pickFile();
    expect(
      within(screen.getByRole('list', { name: 'Before anything is saved' })).getByText(
        '2 new people',
      ),
    ).toBeVisible();
    const tier = within(choice).getByRole('combobox', { name: 'Tier for all of them' });
    expect(tier).toHaveDisplayValue('Wide (about 150)');
    expect(within(tier).getAllByRole('option')).toHaveLength(5);
    expect(tier).toHaveAccessibleDescription(
      /^You aim to be in touch with each of them every 180 days\. /,
    );
    const none = within(choice).getByRole('checkbox', {
      name: 'Keep in touch with none of them for now',
    });
    expect(none).not.toBeChecked();

    await confirmImport();
    expect(
      screen.getByText('New people are Wide (about 150): you aim to be in touch every 180 days.'),
    ).toBeVisible();
    const people = await db.contacts.toArray();
    expect(people.map((person) => [person.tier, person.cadenceDays])).toEqual([
      ['wide', undefined],
      ['wide', undefined],
    ]);
  });

  it('adds them in another tier, or with no rhythm when the user ticks "none of them"', async () => {
    renderYourDataPage(testServices().services);
    const choice = await pickFile();
    await userEvent.selectOptions(
      within(choice).getByRole('combobox', { name: 'Tier for all of them' }),
      'active',
    );
    expect(within(choice).getByText(/every 90 days\./)).toBeVisible();
    const none = within(choice).getByRole('checkbox', {
      name: 'Keep in touch with none of them for now',
    });
    await userEvent.click(none);
    expect(none).toHaveAccessibleDescription(
      /^They are added without a rhythm\. This week then suggests only those you connected with/,
    );

    await confirmImport();
    expect(
      screen.getByText(
        'New people are Active (about 50), with no rhythm for now: This week suggests only those you connected with on LinkedIn in the last 90 days.',
      ),
    ).toBeVisible();
    const people = await db.contacts.toArray();
    expect(people.map((person) => [person.tier, person.cadenceDays])).toEqual([
      ['active', null],
      ['active', null],
    ]);
  });

  it('does not ask when the file adds no one, and leaves the people it updates as they were', async () => {
    await seedPeople(
      makePerson('Anna', 'Berg', {
        emails: [{ value: 'anna@acme.se' }],
        tier: 'inner',
        cadenceDays: 10,
      }),
      makePerson('Bo', 'Ek', { emails: [{ value: 'bo@ek.se' }], tier: 'close' }),
    );
    renderYourDataPage(testServices().services);
    await userEvent.upload(
      screen.getByLabelText('Choose a file to import'),
      textFile(linkedInCsv([ANNA, BO]), 'Connections.csv', 'text/csv'),
    );
    await screen.findByRole('heading', { name: 'Before anything is saved' }, SLOW);
    expect(screen.queryByRole('group', { name: /How close/ })).not.toBeInTheDocument();

    await confirmImport();
    expect(screen.queryByText(/New people are/)).not.toBeInTheDocument();
    const people = await db.contacts.orderBy('sortName').toArray();
    expect(people.map((person) => [person.tier, person.cadenceDays])).toEqual([
      ['inner', 10],
      ['close', undefined],
    ]);
  });
});
