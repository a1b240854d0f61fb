import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import {
  readAsksOfGoal,
  readAsksOfPerson,
  readIntroductionsOfGoals,
  readIntroductionsOfPerson,
} from './asks';
import { deleteAsk, logAsk } from '../writes/asks';
import { createIntroduction, deleteIntroduction } from '../writes/introductions';
import { deleteContact, undoDeleteContact } from '../writes/people';
import { freshDatabase, makePerson, seedPeople } from '../../../tests/support/log-seed';
import type { Contact } from '../../domain/types';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 9, 0);

let anna: Contact;
let erik: Contact;
let li: Contact;

beforeEach(async () => {
  await freshDatabase();
  [anna, erik, li] = await seedPeople(
    makePerson('Anna', 'Berg'),
    makePerson('Erik', 'Holm'),
    makePerson('Li', 'Wu'),
  );
  await db.goals.add({
    id: 'goal',
    createdAt: NOW,
    updatedAt: NOW,
    source: 'manual',
    title: 'Expand into Germany',
    why: '',
    neededExpertise: [],
    status: 'active',
    contactIds: [],
  });
});

describe('asks and introductions by person and by goal', () => {
  it('lists a person’s asks and a goal’s, newest first, without deleted ones', async () => {
    const older = await logAsk({ contactId: anna.id, what: 'a', at: NOW - 2 * DAY_MS }, NOW);
    const newer = await logAsk(
      { contactId: anna.id, goalId: 'goal', what: 'b', at: NOW - DAY_MS },
      NOW,
    );
    const gone = await logAsk({ contactId: anna.id, what: 'c', at: NOW }, NOW);
    await logAsk({ contactId: li.id, goalId: 'goal', what: 'd', at: NOW - 3 * DAY_MS }, NOW);
    await deleteAsk(gone, NOW);
    expect((await readAsksOfPerson(anna.id)).map((ask) => ask.id)).toEqual([newer, older]);
    expect((await readAsksOfGoal('goal')).map((ask) => ask.what)).toEqual(['b', 'd']);
  });

  it('lists the introductions a person is in on either side, and a goal’s', async () => {
    const base = { direction: 'i-make' as const, note: '', at: NOW - DAY_MS };
    const first = await createIntroduction(
      { ...base, firstId: anna.id, secondId: erik.id, goalId: 'goal' },
      NOW,
    );
    const second = await createIntroduction(
      { ...base, firstId: li.id, secondId: anna.id },
      NOW + 1,
    );
    const gone = await createIntroduction({ ...base, firstId: anna.id, secondId: li.id }, NOW + 2);
    await deleteIntroduction(gone, NOW + 3);
    expect((await readIntroductionsOfPerson(anna.id)).map((one) => one.id)).toEqual([
      second,
      first,
    ]);
    expect((await readIntroductionsOfPerson(erik.id)).map((one) => one.id)).toEqual([first]);
    expect((await readIntroductionsOfGoals(['goal'])).map((one) => one.id)).toEqual([first]);
    expect(await readIntroductionsOfGoals(['another goal'])).toEqual([]);
  });

  it('hides those of a deleted person, kept as they are, until the delete is undone', async () => {
    const ask = await logAsk({ contactId: erik.id, what: '', at: NOW - DAY_MS }, NOW);
    const intro = await createIntroduction(
      { direction: 'for-me', firstId: anna.id, secondId: erik.id, note: '', at: NOW - DAY_MS },
      NOW,
    );
    await deleteContact(erik.id, NOW + 1);
    expect(await readAsksOfPerson(erik.id)).toEqual([]);
    expect(await readIntroductionsOfPerson(anna.id)).toEqual([]);
    expect((await db.asks.get(ask))?.deletedAt).toBeUndefined();
    await undoDeleteContact(erik.id, NOW + 2);
    expect((await readAsksOfPerson(erik.id)).map((one) => one.id)).toEqual([ask]);
    expect((await readIntroductionsOfPerson(anna.id)).map((one) => one.id)).toEqual([intro]);
  });
});
