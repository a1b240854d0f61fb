// Write paths for people. Each is one transaction; search and sort keys are recomputed on
// every change so the list never shows a stale name, and the next due time on every change
// of tier, cadence or pause (with the cadences read from the settings row in the same
// transaction). Delete is soft (a `deletedAt` tombstone) so it can be undone.
// An edit from a form (editContact) writes only the fields the user changed, and refuses,
// naming each field, when one of them was changed meanwhile to something else (another tab
// saved first): the user chooses, the save never picks a winner silently.
import { db } from '../db';
import { currentTime, newId } from '../clock';
import { readCadenceSettings, withFreshNextDueAt } from '../derived/contact-fields';
import { runWrite } from './run-write';
import { WriteError } from '../write-errors';
import { emptyDerived, searchTextOf, sortNameOf } from '../../domain/contact';
import type { ContactChange, ContactConflict } from '../../domain/contact-edit';
import {
  emptyContactInput,
  inputOf,
  normalizeContactInput,
  type ContactInput,
} from '../../domain/contact-validation';
import { changesTo, conflictsOf, pendingChanges, withChanges } from '../../domain/field-changes';
import type { Contact, Id } from '../../domain/types';

export type { ContactInput };

/** Thrown when a write names a person who does not exist or has been deleted. */
export class ContactNotFoundError extends WriteError<'person-not-found'> {
  constructor(id: Id) {
    super('person-not-found', `No person with id ${id}`);
    this.name = 'ContactNotFoundError';
  }
}

/**
 * Thrown by editContact when fields it would change were changed meanwhile, to other values
 * than the edit's: nothing is written, and each clash is named with all three values.
 */
export class ContactConflictError extends WriteError<'edit-conflict'> {
  readonly conflicts: readonly ContactConflict[];

  constructor(id: Id, conflicts: readonly ContactConflict[]) {
    const fields = conflicts.map((conflict) => conflict.field).join(', ');
    super('edit-conflict', `Person ${id} was changed meanwhile in: ${fields}`);
    this.name = 'ContactConflictError';
    this.conflicts = conflicts;
  }
}

/** Adds a person typed in by the user; fields left out take their empty defaults. */
export async function createContact(
  input: Partial<ContactInput>,
  now = currentTime(),
): Promise<Id> {
  const fields = normalizeContactInput({ ...emptyContactInput(), ...input });
  const contact: Contact = withoutUndefined({
    ...fields,
    ...emptyDerived(),
    id: newId(),
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    links: [],
    isPaused: false,
    isArchived: false,
    sortName: sortNameOf(fields),
    searchText: searchTextOf(fields),
  });
  await runWrite([db.contacts, db.settings], { now }, async () => {
    await db.contacts.add(withFreshNextDueAt(contact, await readCadenceSettings()));
  });
  return contact.id;
}

/**
 * Sets the given fields whatever they hold now; a field given as undefined is cleared. For
 * an edit the user made from what they saw, use editContact, which never overwrites a change
 * made meanwhile.
 */
export async function updateContact(
  id: Id,
  changes: Partial<ContactInput>,
  now = currentTime(),
): Promise<void> {
  await runWrite([db.contacts, db.settings], { now }, async () => {
    const existing = await liveContact(id);
    await putFields(existing, { ...inputOf(existing), ...changes }, now);
  });
}

/**
 * Saves a person edited in a form: only the changed fields are written, so a field changed
 * meanwhile elsewhere (another tab) and not here keeps that change. When a field changed
 * here was also changed there, to another value, nothing is written and a
 * ContactConflictError names each such field. An edit that changes nothing writes nothing.
 */
export async function editContact(
  id: Id,
  changes: readonly ContactChange[],
  now = currentTime(),
): Promise<void> {
  await runWrite(
    [db.contacts, db.settings],
    { now, hasWritten: (isWritten) => isWritten },
    async () => {
      const existing = await liveContact(id);
      const stored = inputOf(existing);
      const wanted = normalizedChanges(stored, changes);
      const conflicts = conflictsOf(wanted, stored);
      if (conflicts.length > 0) throw new ContactConflictError(id, conflicts);
      const pending = pendingChanges(wanted, stored);
      if (pending.length === 0) return false;
      await putFields(existing, withChanges(stored, pending), now);
      return true;
    },
  );
}

export async function archiveContact(id: Id, now = currentTime()): Promise<void> {
  await setFlags(id, { isArchived: true }, now);
}

export async function unarchiveContact(id: Id, now = currentTime()): Promise<void> {
  await setFlags(id, { isArchived: false }, now);
}

/**
 * Pauses a person: they are never due and stay off the weekly list until resumed. Their
 * cadence is kept for when they are.
 */
export async function pauseContact(id: Id, now = currentTime()): Promise<void> {
  await setPaused(id, true, now);
}

/** Ends a pause: the person is due again by their cadence, counted from the last touch. */
export async function resumeContact(id: Id, now = currentTime()): Promise<void> {
  await setPaused(id, false, now);
}

/** Soft delete: the person disappears everywhere but can be restored with undoDeleteContact. */
export async function deleteContact(id: Id, now = currentTime()): Promise<void> {
  await setFlags(id, { deletedAt: now }, now);
}

/** Restores a person removed by deleteContact. */
export async function undoDeleteContact(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.contacts], { now }, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new ContactNotFoundError(id);
    const restored: Contact = { ...existing, updatedAt: now };
    delete restored.deletedAt;
    await db.contacts.put(restored);
  });
}

/** The changes with their new values trimmed and tidied as a saved person's are. */
function normalizedChanges(stored: ContactInput, changes: readonly ContactChange[]) {
  return changesTo(changes, normalizeContactInput(withChanges(stored, changes)));
}

/** Writes a person's editable fields, with the keys and due time that follow from them. */
async function putFields(existing: Contact, input: ContactInput, now: number): Promise<void> {
  const fields = normalizeContactInput(input);
  const updated = withoutUndefined({
    ...existing,
    ...fields,
    updatedAt: now,
    sortName: sortNameOf(fields),
    searchText: searchTextOf(fields),
  });
  // The tier or custom cadence may have changed.
  await db.contacts.put(withFreshNextDueAt(updated, await readCadenceSettings()));
}

/**
 * Drops keys whose value is undefined, so a cleared birthday or met-via is stored as absent,
 * exactly as a backup (JSON) would restore it.
 */
function withoutUndefined(contact: Contact): Contact {
  const entries: [string, unknown][] = Object.entries(contact);
  const defined = entries.filter(([, value]) => value !== undefined);
  // Only absent-versus-undefined changes, so the result is still a Contact.
  return Object.fromEntries(defined) as Contact;
}

async function setFlags(
  id: Id,
  flags: Pick<Partial<Contact>, 'isArchived' | 'deletedAt'>,
  now: number,
): Promise<void> {
  await runWrite([db.contacts], { now }, async () => {
    await liveContact(id);
    await db.contacts.update(id, { ...flags, updatedAt: now });
  });
}

async function setPaused(id: Id, isPaused: boolean, now: number): Promise<void> {
  await runWrite([db.contacts, db.settings], { now }, async () => {
    const existing = await liveContact(id);
    const paused = { ...existing, isPaused, updatedAt: now };
    await db.contacts.put(withFreshNextDueAt(paused, await readCadenceSettings()));
  });
}

async function liveContact(id: Id): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact || contact.deletedAt !== undefined) throw new ContactNotFoundError(id);
  return contact;
}
