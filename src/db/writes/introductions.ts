// Introductions, double opt-in: creating one, moving it through its states
// (domain/goals/introductions.ts), editing, deleting, and their undo.
//
// Reaching 'made' is a fact about the people, written in the same transaction as the state:
// - 'i-make': the user made the introduction, a give to both people: ONE touch with both of
//   them that gave ['intro'] (madeTouchId), so their derived fields count it at once;
// - 'for-me': the second person was introduced to the user by the first: a Relation
//   "introduced-by" from the second to the first (relationId), and the second person's
//   "met via" set to the first when it was empty (setMetVia), never over the user's own.
// Stepping back before 'made' takes back exactly those: the touch and the relation get a
// tombstone (so an undo brings the same ones back) and "met via" is cleared only when the
// introduction set it and it still names the first person.
// setIntroductionState returns the introduction before and after; undoIntroductionChange puts
// it back with its facts, unless it changed since ('changed-since').
// Deleting an introduction tombstones it only: a made introduction's give and relation
// happened and stay. A deleted person's introductions are kept as they are, like their
// touches, and come back with the person when the delete is undone.
import { db } from '../db';
import { currentTime, newId } from '../clock';
import { DERIVED_TABLES } from '../derived/contact-fields';
import { runWrite } from './run-write';
import { insertTouch, retireTouch, reviveTouch } from './touch-logs';
import { readLiveGoal } from '../reads/goals';
import { WriteError, type IntroductionErrorReason } from '../write-errors';
import { isStorableTime } from '../../domain/time-range';
import { isMade, movedIntroduction } from '../../domain/goals/introductions';
import {
  INTRODUCTION_STATES,
  type Contact,
  type EpochMs,
  type Id,
  type Introduction,
  type IntroductionDirection,
  type IntroductionState,
  type Relation,
  type Touch,
} from '../../domain/types';

/** An introduction the database refuses, or one that is gone; nothing was written. */
export class IntroductionError extends WriteError<IntroductionErrorReason> {
  constructor(reason: IntroductionErrorReason, message: string) {
    super(reason, message);
    this.name = 'IntroductionError';
  }
}

const INTRODUCTION_TABLES = [...DERIVED_TABLES, db.introductions, db.relations, db.goals];

/** What the user enters for a new introduction; it starts as 'asked' at `at`. */
export type IntroductionInput = {
  direction: IntroductionDirection;
  firstId: Id;
  secondId: Id;
  goalId?: Id | undefined;
  note: string;
  at: EpochMs;
};

/** An introduction as it was before a change and as the change left it, for the undo. */
export type IntroductionChange = { before: Introduction; after: Introduction };

/**
 * The fields editIntroduction changes; a field left out keeps its value, goalId null
 * clears it, `stateAt` moves the date of one state already reached.
 */
export type IntroductionEdit = {
  note?: string;
  goalId?: Id | null;
  stateAt?: { state: IntroductionState; at: EpochMs };
};

function checkTime(at: EpochMs): void {
  if (!isStorableTime(at)) {
    throw new IntroductionError('invalid-time', 'An introduction needs a valid time.');
  }
}

async function requireGoal(goalId: Id | undefined): Promise<void> {
  if (goalId !== undefined && (await readLiveGoal(goalId)) === undefined) {
    throw new IntroductionError('goal-not-found', `There is no goal with id ${goalId}.`);
  }
}

async function requireIntroduction(id: Id): Promise<Introduction> {
  const introduction = await db.introductions.get(id);
  if (!introduction || introduction.deletedAt !== undefined) {
    throw new IntroductionError('introduction-not-found', `There is no introduction ${id}.`);
  }
  return introduction;
}

/** Records an introduction, asked at `at`; returns its id. */
export async function createIntroduction(
  input: IntroductionInput,
  now = currentTime(),
): Promise<Id> {
  if (input.firstId === input.secondId) {
    throw new IntroductionError('introduce-to-self', 'Nobody is introduced to themselves.');
  }
  checkTime(input.at);
  return runWrite([db.contacts, db.goals, db.introductions], { now }, async () => {
    const people = await db.contacts.bulkGet([input.firstId, input.secondId]);
    people.forEach((person, index) => {
      if (!person || person.deletedAt !== undefined) {
        const id = index === 0 ? input.firstId : input.secondId;
        throw new IntroductionError('person-not-found', `No person with id ${id}`);
      }
    });
    await requireGoal(input.goalId);
    const introduction: Introduction = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      source: 'manual',
      direction: input.direction,
      firstId: input.firstId,
      secondId: input.secondId,
      note: input.note,
      state: 'asked',
      stateAt: { asked: input.at },
    };
    if (input.goalId !== undefined) introduction.goalId = input.goalId;
    await db.introductions.add(introduction);
    return introduction.id;
  });
}

/** The give an introduction the user made is: one touch with both people. */
function madeTouchOf(introduction: Introduction, at: EpochMs, now: EpochMs): Touch {
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    at,
    kind: 'other',
    participantIds: [introduction.firstId, introduction.secondId],
    note: introduction.note,
    initiator: 'me',
    gave: ['intro'],
    received: [],
    askedForHelp: false,
  };
}

/** Writes what making the introduction means (see the module comment) onto `after`. */
async function recordMade(after: Introduction, at: EpochMs, now: EpochMs): Promise<void> {
  if (after.direction === 'i-make') {
    const touch = madeTouchOf(after, at, now);
    await insertTouch(touch);
    after.madeTouchId = touch.id;
    return;
  }
  const relation: Relation = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    fromId: after.secondId,
    toId: after.firstId,
    kind: 'introduced-by',
    note: after.note,
  };
  await db.relations.add(relation);
  after.relationId = relation.id;
  const second = await db.contacts.get(after.secondId);
  if (second && second.metViaId === undefined) {
    await db.contacts.put({ ...second, metViaId: after.firstId, updatedAt: now });
    after.setMetVia = true;
  }
}

/** Takes back what recordMade wrote for `introduction` (tombstones; see the module comment). */
async function retractMade(introduction: Introduction, now: EpochMs): Promise<void> {
  if (introduction.madeTouchId !== undefined) {
    await retireTouch(introduction.firstId, introduction.madeTouchId, now);
  }
  if (introduction.relationId !== undefined) {
    const relation = await db.relations.get(introduction.relationId);
    if (relation && relation.deletedAt === undefined) {
      await db.relations.put({ ...relation, deletedAt: now, updatedAt: now });
    }
  }
  if (introduction.setMetVia === true) {
    const second = await db.contacts.get(introduction.secondId);
    if (second && second.metViaId === introduction.firstId) {
      const cleared: Contact = { ...second, updatedAt: now };
      delete cleared.metViaId;
      await db.contacts.put(cleared);
    }
  }
}

/** Brings back what retractMade took back for `introduction` (an undo). */
async function restoreMade(introduction: Introduction, now: EpochMs): Promise<void> {
  if (introduction.madeTouchId !== undefined) {
    await reviveTouch(introduction.firstId, introduction.madeTouchId, now);
  }
  if (introduction.relationId !== undefined) {
    const relation = await db.relations.get(introduction.relationId);
    if (relation && relation.deletedAt !== undefined) {
      const revived: Relation = { ...relation, updatedAt: now };
      delete revived.deletedAt;
      await db.relations.put(revived);
    }
  }
  if (introduction.setMetVia === true) {
    const second = await db.contacts.get(introduction.secondId);
    if (second && second.metViaId === undefined) {
      await db.contacts.put({ ...second, metViaId: introduction.firstId, updatedAt: now });
    }
  }
}

function withoutMadeFacts(introduction: Introduction): Introduction {
  const next = { ...introduction };
  delete next.madeTouchId;
  delete next.relationId;
  delete next.setMetVia;
  return next;
}

/**
 * Moves an introduction to `state` at `at`, by the state machine's rules: one step forward,
 * or back to any earlier state. Reaching or leaving 'made' writes or takes back its facts
 * (see the module comment). Returns the introduction before and after, for the undo.
 */
export async function setIntroductionState(
  id: Id,
  state: IntroductionState,
  at: EpochMs,
  now = currentTime(),
): Promise<IntroductionChange> {
  if (!(INTRODUCTION_STATES as readonly string[]).includes(state)) {
    throw new IntroductionError('not-a-next-state', `Unknown state: ${state}.`);
  }
  checkTime(at);
  return runWrite(INTRODUCTION_TABLES, { now }, async () => {
    const before = await requireIntroduction(id);
    const moved = movedIntroduction(before, state, at);
    if (!moved.ok) throw new IntroductionError(moved.error, `Cannot move ${id} to ${state}.`);
    let after: Introduction = { ...moved.introduction, updatedAt: now };
    if (isMade(before.state) && !isMade(state)) {
      await retractMade(before, now);
      after = withoutMadeFacts(after);
    } else if (!isMade(before.state) && isMade(state)) {
      await recordMade(after, at, now);
    }
    await db.introductions.put(after);
    return { before, after };
  });
}

/**
 * Takes back a change setIntroductionState or editIntroduction made, facts included;
 * refused with 'changed-since' when the introduction changed again since.
 */
export async function undoIntroductionChange(
  change: IntroductionChange,
  now = currentTime(),
): Promise<void> {
  const { before, after } = change;
  await runWrite(INTRODUCTION_TABLES, { now }, async () => {
    const current = await db.introductions.get(after.id);
    if (!current || current.updatedAt !== after.updatedAt || current.deletedAt !== undefined) {
      throw new IntroductionError('changed-since', 'The introduction was changed since.');
    }
    if (isMade(after.state) && !isMade(before.state)) await retractMade(after, now);
    else if (isMade(before.state) && !isMade(after.state)) await restoreMade(before, now);
    await db.introductions.put({ ...before, updatedAt: now });
  });
}

/** True when the reached states' times never go backwards along the order. */
function isInOrder(stateAt: Introduction['stateAt']): boolean {
  let latest = -Infinity;
  for (const state of INTRODUCTION_STATES) {
    const time = stateAt[state];
    if (time === undefined) continue;
    if (time < latest) return false;
    latest = time;
  }
  return true;
}

/**
 * Saves an introduction edited on a screen: its note, its goal, the date of a state it has
 * reached (kept in order with the others: 'before-previous-state' otherwise). Refused with
 * 'edit-conflict' when it was saved elsewhere since the screen read it. A made
 * introduction's touch keeps its own time: it is edited in the timeline.
 */
export async function editIntroduction(
  id: Id,
  changes: IntroductionEdit,
  expectedUpdatedAt: EpochMs,
  now = currentTime(),
): Promise<IntroductionChange> {
  if (changes.stateAt !== undefined) checkTime(changes.stateAt.at);
  return runWrite([db.introductions, db.goals], { now }, async () => {
    const before = await requireIntroduction(id);
    if (before.updatedAt !== expectedUpdatedAt) {
      throw new IntroductionError('edit-conflict', `The introduction ${id} changed meanwhile.`);
    }
    const after: Introduction = { ...before, updatedAt: now };
    if (changes.note !== undefined) after.note = changes.note;
    if (changes.goalId === null) delete after.goalId;
    else if (changes.goalId !== undefined) {
      await requireGoal(changes.goalId);
      after.goalId = changes.goalId;
    }
    if (changes.stateAt !== undefined) {
      const { state, at } = changes.stateAt;
      if (before.stateAt[state] === undefined) {
        throw new IntroductionError('not-a-next-state', `${id} has not reached ${state}.`);
      }
      after.stateAt = { ...before.stateAt, [state]: at };
      if (!isInOrder(after.stateAt)) {
        throw new IntroductionError('before-previous-state', 'The states would be out of order.');
      }
    }
    await db.introductions.put(after);
    return { before, after };
  });
}

/** Deletes an introduction (a tombstone; see the module comment). */
export async function deleteIntroduction(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.introductions], { now }, async () => {
    const introduction = await db.introductions.get(id);
    if (!introduction) {
      throw new IntroductionError('introduction-not-found', `There is no introduction ${id}.`);
    }
    if (introduction.deletedAt !== undefined) return;
    await db.introductions.put({ ...introduction, deletedAt: now, updatedAt: now });
  });
}

/** Brings back an introduction deleteIntroduction removed, as it was. */
export async function undoDeleteIntroduction(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.introductions], { now }, async () => {
    const introduction = await db.introductions.get(id);
    if (!introduction) {
      throw new IntroductionError('introduction-not-found', `There is no introduction ${id}.`);
    }
    if (introduction.deletedAt === undefined) return;
    const restored: Introduction = { ...introduction, updatedAt: now };
    delete restored.deletedAt;
    await db.introductions.put(restored);
  });
}
