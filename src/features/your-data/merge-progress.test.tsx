// Merging two people from the duplicates list: the screen shows the merge's steps and Cancel
// stops it. The merge itself is the real one, except in the test that holds it half-way,
// where a stand-in reports one step and waits to be stopped, as the real one does between
// its steps (its stopping is tested in db/long-write.test.ts).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { WriteCancelledError } from '../../db/long-write';
import { mergePeople } from '../../db/writes/people-merge';
import type * as PeopleMerge from '../../db/writes/people-merge';
import { makePerson, seedPeople } from '../../../tests/support/log-seed';
import {
  renderYourDataPage,
  setUpTransferTest,
  testServices,
} from '../../../tests/support/your-data-screen';

vi.mock('../../db/writes/people-merge', async (importOriginal) => {
  const original = await importOriginal<typeof PeopleMerge>();
  return { ...original, mergePeople: vi.fn(original.mergePeople) };
});

// The scan and the merge run on fake-indexeddb: generous waits, and a budget above them.
const SLOW = { timeout: 10_000 };
const BUDGET = { timeout: 30_000 };

beforeEach(async () => {
  await setUpTransferTest();
});

async function findPair() {
  const { services } = testServices();
  renderYourDataPage(services);
  await userEvent.click(screen.getByRole('button', { name: 'Look for duplicates' }));
  return screen.findByRole('group', { name: /Berg and/ }, SLOW);
}

describe('A merge', BUDGET, () => {
  it('shows how far it got, and Cancel stops it with nothing changed', async () => {
    await seedPeople(
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@acme.se' }] }),
      makePerson('Annie', 'Berg', { emails: [{ value: 'anna@acme.se' }] }),
    );
    vi.mocked(mergePeople).mockImplementationOnce(
      (_keepId, _mergeId, _now, control) =>
        new Promise((_resolve, reject) => {
          control?.onProgress?.(1, 4);
          control?.signal?.addEventListener('abort', () => {
            reject(new WriteCancelledError());
          });
        }),
    );
    const pair = await findPair();
    await userEvent.click(within(pair).getByRole('button', { name: 'Merge' }));

    const bar = await within(pair).findByRole('progressbar', { name: 'Merging the two' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(within(pair).getByRole('button', { name: 'Merge' })).toBeDisabled();
    await userEvent.click(within(pair).getByRole('button', { name: 'Cancel' }));

    expect(
      await screen.findByText('The merge was stopped before it finished. Nothing changed.'),
    ).toBeVisible();
    expect(screen.queryByRole('progressbar', { name: 'Merging the two' })).not.toBeInTheDocument();
  });

  it('is refused when the two together would have more e-mail addresses than one person keeps', async () => {
    const emails = (prefix: string) =>
      Array.from({ length: 60 }, (_, index) => ({ value: `${prefix}${index}@acme.se` }));
    const [anna, annie] = await seedPeople(
      makePerson('Anna', 'Berg', { emails: [{ value: 'anna@acme.se' }, ...emails('a')] }),
      makePerson('Annie', 'Berg', { emails: [{ value: 'anna@acme.se' }, ...emails('b')] }),
    );
    const pair = await findPair();
    await userEvent.click(within(pair).getByRole('button', { name: 'Merge' }));

    expect(
      await screen.findByText(
        'These two cannot be merged: together they have 121 e-mail addresses, and Ties keeps at most 100 for one person. Remove some from one of them first. Nothing changed.',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect((await db.contacts.get(anna.id))?.deletedAt).toBeUndefined();
    expect((await db.contacts.get(annie.id))?.deletedAt).toBeUndefined();
  });
});
