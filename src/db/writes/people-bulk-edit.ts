// Bulk edits from the People list: one field set for many people (up to everyone) in one
// transaction, and its undo in another. Like every write to people, each changed person
// gets their search text (tags are searched) and next due time (tier, cadence and pause
// move it) recomputed in the same transaction, with the cadences read from the settings
// row there; the week plan's packed inputs follow through the contacts middleware.
import { Dexie } from 'dexie';
import { db } from '../db';
import { runWrite } from './run-write';
import { WriteError } from '../write-errors';
import { currentTime } from '../clock';
import { readCadenceSettings, withFreshNextDueAt } from '../derived/contact-fields';
import {
  bulkEditOf,
  bulkEditProblemFor,
  previousOf,
  type BulkEdit,
  type BulkEditFields,
  type BulkEditProblem,
  type BulkPrevious,
} from '../../domain/bulk-edit';
import { searchTextOf } from '../../domain/contact';
import type { CadenceSettings } from '../../domain/tie-health';
import type { Contact, Id } from '../../domain/types';

/** Thrown when a bulk edit cannot be made as asked; nothing is written. */
export class BulkEditError extends WriteError<BulkEditProblem['reason']> {
  /** What is wrong, with the limit it passed. */
  readonly problem: BulkEditProblem;

  constructor(problem: BulkEditProblem) {
    super(problem.reason, `Bulk edit refused: ${problem.reason}`);
    this.name = 'BulkEditError';
    this.problem = problem;
  }
}

/** What undoBulkEdit needs: the edit, and each changed person's value from before it. */
export type BulkEditUndo = { edit: BulkEdit; previous: BulkPrevious[] };

/**
 * Applies one edit to these people. People deleted meanwhile, and people the edit would
 * not change, are left alone; the result names only the people it changed. Refuses with a
 * BulkEditError, writing nothing, when the edit cannot be made for everyone.
 */
export async function bulkEditPeople(
  ids: readonly Id[],
  edit: BulkEdit,
  now = currentTime(),
): Promise<BulkEditUndo> {
  return runWrite([db.contacts, db.settings], { now, asksToKeepData: false }, async () => {
    const [settings, found] = await Dexie.Promise.all([
      readCadenceSettings(),
      db.contacts.bulkGet([...new Set(ids)]),
    ]);
    const live = found.filter(isLive);
    const problem = bulkEditProblemFor(edit, live);
    if (problem) throw new BulkEditError(problem);
    const previous: BulkPrevious[] = [];
    const updated: Contact[] = [];
    for (const person of live) {
      const changes = bulkEditOf(person, edit);
      if (!changes) continue;
      previous.push(previousFieldsOf(person));
      updated.push(withFields(person, changes, now, settings));
    }
    await db.contacts.bulkPut(updated);
    return { edit, previous };
  });
}

/**
 * Puts back what a bulk edit changed: each person's own value of the field it set. A
 * person deleted since is left alone; another field changed since is kept.
 */
export async function undoBulkEdit(undo: BulkEditUndo, now = currentTime()): Promise<void> {
  await runWrite([db.contacts, db.settings], { now, asksToKeepData: false }, async () => {
    const [settings, found] = await Dexie.Promise.all([
      readCadenceSettings(),
      db.contacts.bulkGet(undo.previous.map((person) => person.id)),
    ]);
    const restored: Contact[] = [];
    undo.previous.forEach((before, index) => {
      const person = found[index];
      if (!isLive(person)) return;
      restored.push(withFields(person, previousOf(before, undo.edit), now, settings));
    });
    await db.contacts.bulkPut(restored);
  });
}

function isLive(contact: Contact | undefined): contact is Contact {
  return contact !== undefined && contact.deletedAt === undefined;
}

function previousFieldsOf(person: Contact): BulkPrevious {
  const { id, tier, cadenceDays, tags, isPaused } = person;
  return { id, tier, cadenceDays, tags, isPaused };
}

/** The person with these fields set, and the keys and due time that follow from them. */
function withFields(
  person: Contact,
  fields: Partial<BulkEditFields>,
  now: number,
  settings: CadenceSettings,
): Contact {
  const next: Contact = { ...person, ...fields, updatedAt: now };
  // "Follow the tier" is stored as no value, the way the person form and a backup store it.
  if ('cadenceDays' in fields && fields.cadenceDays === undefined) delete next.cadenceDays;
  if (fields.tags) next.searchText = searchTextOf(next);
  return withFreshNextDueAt(next, settings);
}
