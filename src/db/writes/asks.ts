// Asks for help: logging one, settling its outcome, editing, deleting, and their undo.
//
// - An ask is made in a touch: logAsk writes ONE touch marked "I asked for help" with the
//   person, and the ask pointing at it (touchId), in one transaction. The log sheet's
//   addTouch (touches.ts) does the same for a touch it saves with "I asked for help" ticked,
//   with one ask per person on it.
// - The outcome "helped" is help received: in the same transaction as the outcome, a touch
//   with the person that received ['help'] is logged (helpTouchId), so the give-and-take
//   ledger and every derived field count it at once. Its note is the goal's title when the
//   ask has a goal, else what was asked: the user's own words, never words of the app.
//   Changing the outcome away from "helped" tombstones that touch, and the derived fields
//   are rebuilt; helped again later logs a new one.
// - setAskOutcome returns the ask before and after; undoAskChange puts the ask back and
//   brings the help touch back or takes it away again, unless the ask changed since.
// - Deleting an ask tombstones it only: the touches it made stay in the timeline, since the
//   talk and the help happened; the timeline is where a touch is deleted. Taking back an ask
//   just logged (undoLogAsk) is different: it was never made, so its touches go with it.
// - A deleted person's asks are kept as they are, like their touches, and come back with
//   the person when the delete is undone; the screens show no ask of a deleted person.
import { Dexie } from 'dexie';
import { db } from '../db';
import { currentTime, newId } from '../clock';
import { DERIVED_TABLES } from '../derived/contact-fields';
import { runWrite } from './run-write';
import { insertTouch, retireTouch, reviveTouch } from './touch-logs';
import { WriteError, type AskErrorReason } from '../write-errors';
import { readLiveGoal } from '../reads/goals';
import { isStorableTime } from '../../domain/time-range';
import { newAsk } from '../../domain/goals/asks';
import {
  ASK_OUTCOMES,
  TOUCH_KINDS,
  type Ask,
  type AskOutcome,
  type EpochMs,
  type Goal,
  type Id,
  type Touch,
  type TouchKind,
} from '../../domain/types';

/** An ask the database refuses, or one that is gone; nothing was written. */
export class AskError extends WriteError<AskErrorReason> {
  constructor(reason: AskErrorReason, message: string) {
    super(reason, message);
    this.name = 'AskError';
  }
}

const ASK_TABLES = [...DERIVED_TABLES, db.asks, db.goals];

/** What the user enters for an ask; `kind` is how they asked (a message unless said). */
export type AskInput = {
  contactId: Id;
  goalId?: Id | undefined;
  what: string;
  at: EpochMs;
  kind?: TouchKind | undefined;
};

/** An ask as it was before a change and as the change left it: what its undo needs. */
export type AskChange = { before: Ask; after: Ask };

/** The fields editAsk changes; a field left out keeps its value, goalId null clears it. */
export type AskEdit = { what?: string; at?: EpochMs; goalId?: Id | null };

function checkTime(at: EpochMs): void {
  if (!isStorableTime(at)) throw new AskError('invalid-time', 'An ask needs a valid time.');
}

/** The goal an ask names, required to exist and not be deleted; undefined for none. */
async function requireGoal(goalId: Id | undefined): Promise<Goal | undefined> {
  const goal = await readLiveGoal(goalId);
  if (goalId !== undefined && goal === undefined) {
    throw new AskError('goal-not-found', `There is no goal with id ${goalId}.`);
  }
  return goal;
}

async function requirePerson(contactId: Id): Promise<void> {
  const person = await db.contacts.get(contactId);
  if (!person || person.deletedAt !== undefined) {
    throw new AskError('person-not-found', `No person with id ${contactId}`);
  }
}

async function requireAsk(id: Id): Promise<Ask> {
  const ask = await db.asks.get(id);
  if (!ask || ask.deletedAt !== undefined) {
    throw new AskError('ask-not-found', `There is no ask with id ${id}.`);
  }
  return ask;
}

/** Logs an ask to one person: the touch it was made in and the ask, at once. Returns its id. */
export async function logAsk(input: AskInput, now = currentTime()): Promise<Id> {
  checkTime(input.at);
  const kind = input.kind ?? 'message';
  if (!(TOUCH_KINDS as readonly string[]).includes(kind)) {
    throw new AskError('invalid-kind', `Unknown kind of touch: ${kind}.`);
  }
  return runWrite(ASK_TABLES, { now }, async () => {
    await Dexie.Promise.all([requirePerson(input.contactId), requireGoal(input.goalId)]);
    const touch: Touch = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      source: 'manual',
      at: input.at,
      kind,
      participantIds: [input.contactId],
      note: input.what,
      initiator: 'me',
      gave: [],
      received: [],
      askedForHelp: true,
    };
    const ask = newAsk(newId(), { ...input, touchId: touch.id }, now);
    await insertTouch(touch);
    await db.asks.add(ask);
    return ask.id;
  });
}

/**
 * Takes back an ask just logged (the undo of logAsk's toast): the ask is tombstoned with the
 * touch it was made in and, if it was marked helped meanwhile, the help touch, in one
 * transaction; the person's derived fields are rebuilt. An ask already deleted is left as it is.
 */
export async function undoLogAsk(id: Id, now = currentTime()): Promise<void> {
  await runWrite(ASK_TABLES, { now }, async () => {
    const ask = await db.asks.get(id);
    if (!ask) throw new AskError('ask-not-found', `There is no ask with id ${id}.`);
    if (ask.deletedAt !== undefined) return;
    for (const touchId of [ask.touchId, ask.helpTouchId]) {
      if (touchId !== undefined) await retireTouch(ask.contactId, touchId, now);
    }
    await db.asks.put({ ...ask, deletedAt: now, updatedAt: now });
  });
}

/** The touch that records the help an ask brought, received from its person. */
function helpTouchOf(ask: Ask, goal: Goal | undefined, at: EpochMs, now: EpochMs): Touch {
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    at,
    kind: 'other',
    participantIds: [ask.contactId],
    note: goal?.title ?? ask.what,
    // Their help answers the user's ask; who took the step is not a new fact.
    initiator: 'unknown',
    gave: [],
    received: ['help'],
    askedForHelp: false,
  };
}

/**
 * Sets what came of an ask, at `at` (see the module comment for "helped"). Setting the
 * outcome it already has writes nothing. Returns the ask before and after, for the undo.
 */
export async function setAskOutcome(
  askId: Id,
  outcome: AskOutcome,
  at: EpochMs,
  now = currentTime(),
): Promise<AskChange> {
  if (!(ASK_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new AskError('invalid-outcome', `Unknown outcome of an ask: ${outcome}.`);
  }
  checkTime(at);
  return runWrite(
    ASK_TABLES,
    { now, hasWritten: (change) => change.before !== change.after },
    async () => {
      const before = await requireAsk(askId);
      if (before.outcome === outcome) return { before, after: before };
      const after: Ask = { ...before, outcome, updatedAt: now };
      delete after.helpTouchId;
      if (outcome === 'pending') delete after.settledAt;
      else after.settledAt = at;
      if (before.helpTouchId !== undefined) {
        await retireTouch(before.contactId, before.helpTouchId, now);
      }
      if (outcome === 'helped') {
        const goal = await readLiveGoal(before.goalId);
        const touch = helpTouchOf(before, goal, at, now);
        await insertTouch(touch);
        after.helpTouchId = touch.id;
      }
      await db.asks.put(after);
      return { before, after };
    },
  );
}

/**
 * Takes back a change setAskOutcome (or editAsk) made: the ask as it was, with the help
 * touch it had brought back and one the change logged taken away. Refused with
 * 'changed-since' when the ask was changed again since, so no later change is lost.
 */
export async function undoAskChange(change: AskChange, now = currentTime()): Promise<void> {
  const { before, after } = change;
  if (before === after) return;
  await runWrite(ASK_TABLES, { now }, async () => {
    const current = await db.asks.get(after.id);
    if (!current || current.updatedAt !== after.updatedAt || current.deletedAt !== undefined) {
      throw new AskError('changed-since', 'The ask was changed since.');
    }
    if (after.helpTouchId !== undefined && after.helpTouchId !== before.helpTouchId) {
      await retireTouch(after.contactId, after.helpTouchId, now);
    }
    if (before.helpTouchId !== undefined && before.helpTouchId !== after.helpTouchId) {
      await reviveTouch(before.contactId, before.helpTouchId, now);
    }
    await db.asks.put({ ...before, updatedAt: now });
  });
}

/**
 * Saves an ask edited on a screen: what was asked, when, and for which goal. Refused with
 * 'edit-conflict' when the ask was saved elsewhere since the screen read it
 * (`expectedUpdatedAt`), so neither change is lost silently. The touch it was made in keeps
 * its own time and note: it is edited in the timeline.
 */
export async function editAsk(
  id: Id,
  changes: AskEdit,
  expectedUpdatedAt: EpochMs,
  now = currentTime(),
): Promise<AskChange> {
  if (changes.at !== undefined) checkTime(changes.at);
  return runWrite(ASK_TABLES, { now }, async () => {
    const before = await requireAsk(id);
    if (before.updatedAt !== expectedUpdatedAt) {
      throw new AskError('edit-conflict', `The ask ${id} was changed meanwhile.`);
    }
    const after: Ask = { ...before, updatedAt: now };
    if (changes.what !== undefined) after.what = changes.what;
    if (changes.at !== undefined) after.at = changes.at;
    if (changes.goalId === null) delete after.goalId;
    else if (changes.goalId !== undefined) {
      await requireGoal(changes.goalId);
      after.goalId = changes.goalId;
    }
    await db.asks.put(after);
    return { before, after };
  });
}

/** Deletes an ask (a tombstone: see the module comment); undoDeleteAsk brings it back. */
export async function deleteAsk(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.asks], { now }, async () => {
    const ask = await db.asks.get(id);
    if (!ask) throw new AskError('ask-not-found', `There is no ask with id ${id}.`);
    if (ask.deletedAt !== undefined) return;
    await db.asks.put({ ...ask, deletedAt: now, updatedAt: now });
  });
}

/** Brings back an ask deleteAsk removed, as it was. */
export async function undoDeleteAsk(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.asks], { now }, async () => {
    const ask = await db.asks.get(id);
    if (!ask) throw new AskError('ask-not-found', `There is no ask with id ${id}.`);
    if (ask.deletedAt === undefined) return;
    const restored: Ask = { ...ask, updatedAt: now };
    delete restored.deletedAt;
    await db.asks.put(restored);
  });
}
