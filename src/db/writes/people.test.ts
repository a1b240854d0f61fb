import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { openDatabase } from '../open';
import {
  ContactConflictError,
  ContactNotFoundError,
  archiveContact,
  createContact,
  deleteContact,
  editContact,
  pauseContact,
  unarchiveContact,
  undoDeleteContact,
  updateContact,
} from './people';
import { inputOf } from '../../domain/contact-validation';

const T0 = Date.UTC(2025, 0, 10, 9, 0);
const T1 = T0 + 60_000;
const T2 = T1 + 60_000;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
});

const stored = async (id: string) => {
  const contact = await db.contacts.get(id);
  if (!contact) throw new Error(`contact ${id} missing`);
  return contact;
};

describe('createContact', () => {
  it('stores a manual person with defaults, timestamps and search keys', async () => {
    const id = await createContact(
      { givenName: ' Åsa ', familyName: 'Östberg', organisation: 'Volvo' },
      T0,
    );
    const contact = await stored(id);
    expect(contact).toMatchObject({
      id,
      givenName: 'Åsa',
      familyName: 'Östberg',
      organisation: 'Volvo',
      source: 'manual',
      tier: 'active',
      affiliation: 'external',
      isArchived: false,
      isPaused: false,
      createdAt: T0,
      updatedAt: T0,
      touchCount: 0,
      sortName: 'asa ostberg',
    });
    // Optional fields that are not set are absent, not stored as undefined.
    expect(Object.keys(contact)).not.toContain('birthday');
    expect(Object.keys(contact)).not.toContain('metViaId');
    expect(contact.deletedAt).toBeUndefined();
    expect(contact.lastTouchAt).toBeUndefined();
    expect(contact.searchText).toContain('volvo');
  });

  it('gives every person a new id', async () => {
    const first = await createContact({ givenName: 'Anna' }, T0);
    const second = await createContact({ givenName: 'Anna' }, T0);
    expect(first).not.toBe(second);
    expect(await db.contacts.count()).toBe(2);
  });

  it('asks for persistent storage after the first person is saved', async () => {
    await createContact({ givenName: 'Anna' }, T0);
    expect((await db.settings.get('settings'))?.persistRequestedAt).toBe(T0);
  });
});

describe('updateContact', () => {
  it('changes the given fields and recomputes the sort and search keys', async () => {
    const id = await createContact({ givenName: 'Asa', organisation: 'Volvo' }, T0);
    await updateContact(id, { displayName: 'Östen', organisation: 'Scania' }, T1);
    const contact = await stored(id);
    expect(contact).toMatchObject({
      givenName: 'Asa',
      displayName: 'Östen',
      organisation: 'Scania',
      sortName: 'osten',
      createdAt: T0,
      updatedAt: T1,
    });
    expect(contact.searchText).toContain('scania');
    expect(contact.searchText).not.toContain('volvo');
  });

  it('clears a field passed as undefined', async () => {
    const id = await createContact({ givenName: 'Anna', birthday: { month: 3, day: 4 } }, T0);
    await updateContact(id, { birthday: undefined }, T1);
    expect('birthday' in (await stored(id))).toBe(false);
  });

  it('keeps the derived touch fields untouched', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await db.contacts.update(id, { lastTouchAt: T0, touchCount: 3 });
    await updateContact(id, { ...inputOf(await stored(id)), role: 'CFO' }, T1);
    expect(await stored(id)).toMatchObject({ lastTouchAt: T0, touchCount: 3, role: 'CFO' });
  });

  it('refuses to change a deleted person', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await deleteContact(id, T1);
    await expect(updateContact(id, { role: 'CFO' }, T2)).rejects.toBeInstanceOf(
      ContactNotFoundError,
    );
    expect((await stored(id)).role).toBe('');
  });
});

describe('editContact', () => {
  it('writes only the changed fields, so a change saved meanwhile elsewhere is kept', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme', role: 'CTO' }, T0);
    // Another tab saves a new organisation; this edit started before, and changes the role.
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }], T1);
    await editContact(id, [{ field: 'role', from: 'CTO', to: 'CEO' }], T2);
    expect(await stored(id)).toMatchObject({
      organisation: 'Beta AB',
      role: 'CEO',
      updatedAt: T2,
    });
  });

  it('refuses a field changed meanwhile to another value, naming base, theirs and mine', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme' }, T0);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }], T1);
    const late = editContact(
      id,
      [
        { field: 'organisation', from: 'Acme', to: 'Gamma AB' },
        { field: 'role', from: '', to: 'CEO' },
      ],
      T2,
    );
    await expect(late).rejects.toBeInstanceOf(ContactConflictError);
    await expect(late).rejects.toMatchObject({
      reason: 'edit-conflict',
      conflicts: [{ field: 'organisation', base: 'Acme', theirs: 'Beta AB', mine: 'Gamma AB' }],
    });
    // Nothing of the refused edit is written, not even its field without a clash.
    expect(await stored(id)).toMatchObject({ organisation: 'Beta AB', role: '', updatedAt: T1 });
  });

  it('saves once the user has seen the other value: the change then starts from it', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme' }, T0);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }], T1);
    await editContact(id, [{ field: 'organisation', from: 'Beta AB', to: 'Gamma AB' }], T2);
    expect((await stored(id)).organisation).toBe('Gamma AB');
  });

  it('finds no conflict when both sides made the same change, and then writes nothing', async () => {
    const id = await createContact({ givenName: 'Anna', tags: ['board'] }, T0);
    await editContact(id, [{ field: 'tags', from: ['board'], to: ['board', 'mentor'] }], T1);
    await editContact(id, [{ field: 'tags', from: ['board'], to: ['board', 'mentor'] }], T2);
    expect(await stored(id)).toMatchObject({ tags: ['board', 'mentor'], updatedAt: T1 });
  });

  it('writes nothing for an edit equal to what is stored once tidied', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme' }, T0);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: '  Acme ' }], T1);
    expect((await stored(id)).updatedAt).toBe(T0);
  });

  it('compares tidied values: trailing spaces typed here are no conflict', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme' }, T0);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }], T1);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB  ' }], T2);
    expect(await stored(id)).toMatchObject({ organisation: 'Beta AB', updatedAt: T1 });
  });

  it('clears an optional field and recomputes keys and the due time', async () => {
    const id = await createContact(
      { givenName: 'Anna', birthday: { month: 3, day: 4 }, cadenceDays: 7 },
      T0,
    );
    await editContact(
      id,
      [
        { field: 'birthday', from: { month: 3, day: 4 }, to: undefined },
        { field: 'cadenceDays', from: 7, to: null },
        { field: 'displayName', from: '', to: 'Östen' },
      ],
      T1,
    );
    const contact = await stored(id);
    expect('birthday' in contact).toBe(false);
    expect(contact).toMatchObject({ cadenceDays: null, sortName: 'osten' });
    expect(contact.nextDueAt).toBeUndefined();
  });

  it('refuses a deleted person and writes nothing', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await deleteContact(id, T1);
    const edit = editContact(id, [{ field: 'role', from: '', to: 'CFO' }], T2);
    await expect(edit).rejects.toBeInstanceOf(ContactNotFoundError);
    await expect(edit).rejects.toMatchObject({ reason: 'person-not-found' });
    expect(await stored(id)).toMatchObject({ role: '', updatedAt: T1 });
  });

  it('is not undone by a pause or an archive, which write one field each', async () => {
    const id = await createContact({ givenName: 'Anna', organisation: 'Acme' }, T0);
    const seenBeforeEdit = await stored(id);
    await editContact(id, [{ field: 'organisation', from: 'Acme', to: 'Beta AB' }], T1);
    // A person page still showing the old row pauses and archives: by id, not by row.
    await pauseContact(seenBeforeEdit.id, T2);
    await archiveContact(seenBeforeEdit.id, T2 + 1);
    expect(await stored(id)).toMatchObject({
      organisation: 'Beta AB',
      isPaused: true,
      isArchived: true,
    });
  });
});

describe('archiveContact and unarchiveContact', () => {
  it('archives and brings a person back', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await archiveContact(id, T1);
    expect(await stored(id)).toMatchObject({ isArchived: true, updatedAt: T1 });
    await unarchiveContact(id, T2);
    expect(await stored(id)).toMatchObject({ isArchived: false, updatedAt: T2 });
  });

  it('fails for an unknown id', async () => {
    await expect(archiveContact('nobody', T1)).rejects.toBeInstanceOf(ContactNotFoundError);
  });
});

describe('deleteContact and undoDeleteContact', () => {
  it('keeps a tombstone instead of removing the row', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await deleteContact(id, T1);
    expect(await stored(id)).toMatchObject({ deletedAt: T1, updatedAt: T1 });
  });

  it('restores the person exactly, apart from the update time', async () => {
    const id = await createContact({ givenName: 'Anna', tags: ['board'] }, T0);
    const before = await stored(id);
    await deleteContact(id, T1);
    await undoDeleteContact(id, T2);
    const after = await stored(id);
    expect('deletedAt' in after).toBe(false);
    expect(after).toEqual({ ...before, updatedAt: T2 });
  });

  it('does not delete a person twice', async () => {
    const id = await createContact({ givenName: 'Anna' }, T0);
    await deleteContact(id, T1);
    await expect(deleteContact(id, T2)).rejects.toBeInstanceOf(ContactNotFoundError);
    expect((await stored(id)).deletedAt).toBe(T1);
  });
});
