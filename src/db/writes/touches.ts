// Write paths for touches. Each function is one transaction over the touch logs, contacts
// and settings, so a person's derived fields (docs/storage.md, "A person's derived fields";
// how each write keeps them is in derived/contact-fields.ts) are never out of step with their
// touches. A touch is kept whole in the log of each of its participants (touch-logs.ts). An
// edit from the log sheet (editTouch) writes only the fields the user changed and refuses,
// naming them, fields changed meanwhile elsewhere to other values, as a person's edit does
// (people.ts).
import { Dexie } from 'dexie';
import { db } from '../db';
import { currentTime, newId } from '../clock';
import {
  applyTouchTo,
  DERIVED_TABLES,
  readCadenceSettings,
  rebuildDerivedFor,
  withTouchApplied,
} from '../derived/contact-fields';
import { runWrite } from './run-write';
import { WriteError, type TouchErrorReason } from '../write-errors';
import { readLiveGoal } from '../reads/goals';
import { isStorableTime } from '../../domain/time-range';
import { newAsk } from '../../domain/goals/asks';
import { logOf } from '../codecs/touch-log';
import { writeTouches } from './touch-logs';
import { readTouch } from '../reads/touches';
import { conflictsOf, pendingChanges, withChanges } from '../../domain/field-changes';
import {
  isSameTouchValue,
  touchFieldsOf,
  type TouchChange,
  type TouchConflict,
  type TouchFields,
} from '../../domain/touch-edit';
import {
  TOUCH_KINDS,
  type Contact,
  type EpochMs,
  type Id,
  type Touch,
  type Source,
} from '../../domain/types';

/** What the user enters for a touch; the write functions add ids and stamps. */
export type TouchInput = TouchFields & { source?: Source | undefined };

/**
 * What the log sheet adds when "I asked for help" is ticked: the ask, for a goal or none.
 * addTouch then writes one ask per person on the touch (asks.ts says what an ask is).
 */
export type TouchAsk = { goalId?: Id | undefined; what: string };

/** A draft or request the database refuses; `reason` lets the UI phrase it. */
export class TouchError extends WriteError<TouchErrorReason> {
  constructor(reason: TouchErrorReason, message: string) {
    super(reason, message);
    this.name = 'TouchError';
  }
}

/**
 * Thrown by editTouch when fields it would change were changed meanwhile, to other
 * values than the edit's: nothing is written, and each clash is named with all three values.
 */
export class TouchConflictError extends TouchError {
  readonly conflicts: readonly TouchConflict[];

  constructor(id: Id, conflicts: readonly TouchConflict[]) {
    const fields = conflicts.map((conflict) => conflict.field).join(', ');
    super('edit-conflict', `The touch ${id} was changed meanwhile in: ${fields}`);
    this.name = 'TouchConflictError';
    this.conflicts = conflicts;
  }
}

const TABLES = DERIVED_TABLES;

/**
 * Which touch a change is for: its id, and the people on it as the screen last saw them.
 * The first of them is enough to find it, since every participant's log holds the touch.
 */
export type TouchRef = { id: Id; participantIds: readonly Id[] };

/** The stored touch a ref names, read from the log of its first participant. */
function readStored(ref: TouchRef): Promise<Touch | undefined> {
  const ownerId = ref.participantIds[0];
  return ownerId === undefined ? Dexie.Promise.resolve(undefined) : readTouch(ownerId, ref.id);
}

/**
 * Records a new touch and returns its id. With `ask` (only when the touch is marked "I
 * asked for help"), each person on it also gets a pending ask made in this touch, in the
 * same transaction; an ask for a goal that is gone is refused ('goal-not-found').
 */
export async function addTouch(
  draft: TouchInput,
  now = currentTime(),
  ask?: TouchAsk,
): Promise<Id> {
  const participantIds = checkDraft(draft);
  const id = newId();
  const asked = draft.askedForHelp ? ask : undefined;
  const tables = asked ? [...TABLES, db.asks, db.goals] : TABLES;
  await runWrite(tables, { now }, async () => {
    // Requests in one transaction run in order, so nothing waits on a result it does not
    // need: the people, the cadences and the people's logs are read together, then every
    // record is written at once (a save is a handful of round trips, not one per step).
    const [people, settings, logs, goal] = await Dexie.Promise.all([
      db.contacts.bulkGet(participantIds),
      readCadenceSettings(),
      db.touchLogs.bulkGet(participantIds),
      readLiveGoal(asked?.goalId),
    ]);
    if (asked?.goalId !== undefined && goal === undefined) {
      throw new TouchError('goal-not-found', `There is no goal with id ${asked.goalId}.`);
    }
    const live = requireLive(participantIds, people);
    const touch: Touch = {
      id,
      createdAt: now,
      updatedAt: now,
      source: draft.source ?? 'manual',
      at: draft.at,
      kind: draft.kind,
      participantIds,
      note: draft.note,
      initiator: draft.initiator,
      gave: [...draft.gave],
      received: [...draft.received],
      askedForHelp: draft.askedForHelp,
    };
    await Dexie.Promise.all([
      db.touchLogs.bulkPut(
        participantIds.map((contactId, index) =>
          withTouchAdded(contactId, logs[index]?.touches ?? [], touch),
        ),
      ),
      db.contacts.bulkPut(withTouchApplied(live, touch, settings)),
    ]);
    if (asked) {
      await db.asks.bulkAdd(
        participantIds.map((contactId) =>
          newAsk(
            newId(),
            { contactId, goalId: asked.goalId, what: asked.what, at: draft.at, touchId: id },
            now,
          ),
        ),
      );
    }
  });
  return id;
}

/**
 * Replaces what the user entered for a touch, whatever it holds now; people removed or added
 * are refreshed too. For an edit the user made from what they saw, use editTouch.
 */
export async function updateTouch(
  ref: TouchRef,
  draft: TouchInput,
  now = currentTime(),
): Promise<void> {
  checkDraft(draft);
  await runWrite(TABLES, { now }, async () => {
    await replaceTouch(await readLive(ref), draft, now);
  });
}

/**
 * Saves a touch edited in the log sheet: only the changed fields are written, so a field
 * changed meanwhile elsewhere (another tab) and not here keeps that change. When a field
 * changed here was also changed there, to another value, nothing is written and a
 * TouchConflictError names each such field. An edit that changes nothing writes nothing.
 */
export async function editTouch(
  ref: TouchRef,
  changes: readonly TouchChange[],
  now = currentTime(),
): Promise<void> {
  await runWrite(TABLES, { now, hasWritten: (isWritten) => isWritten }, async () => {
    const existing = await readLive(ref);
    const stored = touchFieldsOf(existing);
    const conflicts = conflictsOf(changes, stored, isSameTouchValue);
    if (conflicts.length > 0) throw new TouchConflictError(ref.id, conflicts);
    const pending = pendingChanges(changes, stored, isSameTouchValue);
    if (pending.length === 0) return false;
    await replaceTouch(existing, withChanges(stored, pending), now);
    return true;
  });
}

/** The stored touch a ref names, required to exist and not be deleted. */
async function readLive(ref: TouchRef): Promise<Touch> {
  const existing = await readStored(ref);
  if (!existing || existing.deletedAt !== undefined) {
    throw new TouchError('touch-not-found', `There is no touch with id ${ref.id}.`);
  }
  return existing;
}

/**
 * Writes a touch's new fields into every log it belongs in, and refreshes the derived
 * fields of everyone on it before or after. Runs inside a transaction over TABLES.
 */
async function replaceTouch(existing: Touch, draft: TouchInput, now: EpochMs): Promise<void> {
  const participantIds = checkDraft(draft);
  // People already on the touch may have been deleted since; only newcomers must be live.
  const added = participantIds.filter((contactId) => !existing.participantIds.includes(contactId));
  const removed = existing.participantIds.filter(
    (contactId) => !participantIds.includes(contactId),
  );
  requireLive(added, await db.contacts.bulkGet(added));
  const updated: Touch = {
    ...existing,
    updatedAt: now,
    at: draft.at,
    kind: draft.kind,
    participantIds,
    note: draft.note,
    initiator: draft.initiator,
    gave: [...draft.gave],
    received: [...draft.received],
    askedForHelp: draft.askedForHelp,
  };
  // A person taken off the touch loses their copy of it.
  await writeTouches([updated], removed);
  await rebuildDerivedFor([...participantIds, ...removed]);
}

/** Soft-deletes a touch in every log; undoDeleteTouch brings it back. */
export async function deleteTouch(ref: TouchRef, now = currentTime()): Promise<void> {
  await runWrite(TABLES, { now }, async () => {
    const existing = await readStored(ref);
    if (!existing) throw new TouchError('touch-not-found', `There is no touch with id ${ref.id}.`);
    if (existing.deletedAt !== undefined) return;
    await writeTouches([{ ...existing, deletedAt: now, updatedAt: now }]);
    await rebuildDerivedFor(existing.participantIds);
  });
}

/** Restores a soft-deleted touch as it was before the delete. */
export async function undoDeleteTouch(ref: TouchRef, now = currentTime()): Promise<void> {
  await runWrite(TABLES, { now }, async () => {
    const existing = await readStored(ref);
    if (!existing) throw new TouchError('touch-not-found', `There is no touch with id ${ref.id}.`);
    if (existing.deletedAt === undefined) return;
    const restored: Touch = { ...existing, updatedAt: now };
    delete restored.deletedAt;
    await writeTouches([restored]);
    await applyTouchTo(existing.participantIds, restored);
  });
}

/** A person's log with one new touch in its place (newest first). */
function withTouchAdded(contactId: Id, touches: readonly Touch[], touch: Touch) {
  const log = logOf(contactId, [...touches, touch]);
  if (!log) throw new Error('A log with a touch added cannot be empty');
  return log;
}

/** Checks what can be checked without the database; returns the participants, deduplicated. */
function checkDraft(draft: TouchInput): Id[] {
  const participantIds = [...new Set(draft.participantIds)];
  if (participantIds.length === 0) {
    throw new TouchError('no-participants', 'A touch needs at least one person.');
  }
  // Only times a backup can carry back (domain/time-range.ts): 1900 to 2199.
  if (!isStorableTime(draft.at)) {
    throw new TouchError('invalid-time', 'A touch needs a valid time.');
  }
  if (!(TOUCH_KINDS as readonly string[]).includes(draft.kind)) {
    throw new TouchError('invalid-kind', `Unknown kind of touch: ${draft.kind}.`);
  }
  return participantIds;
}

/** The people read for these ids, each one required to exist and not be deleted. */
function requireLive(
  contactIds: readonly Id[],
  people: readonly (Contact | undefined)[],
): Contact[] {
  return people.map((contact, index) => {
    if (!contact || contact.deletedAt !== undefined) {
      throw new TouchError(
        'unknown-participant',
        `No person with id ${contactIds[index] ?? '?'} exists (or they were deleted).`,
      );
    }
    return contact;
  });
}
