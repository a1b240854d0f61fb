import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { NewPersonError, addPersonByName } from './person-by-name';
import { MAX_CHARS } from '../../domain/field-limits';
import { freshDatabase } from '../../../tests/support/log-seed';

const T0 = Date.UTC(2026, 11, 7, 9, 0);

beforeEach(freshDatabase);

describe('addPersonByName', () => {
  it('adds a person by the typed name, split, as a person added by hand starts', async () => {
    const id = await addPersonByName('  Hilma af Klint ', T0);
    const person = await db.contacts.get(id);
    expect(person).toMatchObject({
      givenName: 'Hilma',
      familyName: 'af Klint',
      source: 'manual',
      tier: 'active',
      createdAt: T0,
      isPaused: false,
      isArchived: false,
    });
    expect(person?.cadenceDays).toBeUndefined();
    // Due as the default tier says: it takes part in the weekly list like anyone added.
    expect(person?.nextDueAt).toBeTypeOf('number');
    expect(person?.searchText).toContain('hilma');
  });

  it('refuses a blank name and a name past the limit, writing nothing', async () => {
    await expect(addPersonByName('   ', T0)).rejects.toMatchObject({ reason: 'no-name' });
    const long = 'A'.repeat(MAX_CHARS.givenName + 1);
    const refusal = addPersonByName(long, T0);
    await expect(refusal).rejects.toBeInstanceOf(NewPersonError);
    await expect(refusal).rejects.toMatchObject({ reason: 'name-too-long' });
    expect(await db.contacts.count()).toBe(0);
  });
});
