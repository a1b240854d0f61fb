// Write paths for goals. Each is one transaction over the goals table. Fields are tidied and
// checked first (domain/goals/goal-fields.ts): a refused save writes nothing and names its
// reason. An edit from the form sends only the fields the user changed, each with the value it
// was changed from, and is refused when one of them was changed meanwhile to another value
// (another tab saved first), as a person's edit is. Completing and archiving stamp
// `closedAt`; reopening clears it. Delete is soft (a `deletedAt` tombstone) so it can be undone.
import { db } from '../db';
import { currentTime, newId } from '../clock';
import { runWrite } from './run-write';
import { WriteError, type GoalErrorReason } from '../write-errors';
import { changesTo, conflictsOf, pendingChanges, withChanges } from '../../domain/field-changes';
import type { FieldChange, FieldConflict } from '../../domain/field-changes';
import {
  EMPTY_GOAL_FIELDS,
  firstGoalProblem,
  goalFieldsOf,
  tidyGoalFields,
  type GoalFields,
} from '../../domain/goals/goal-fields';
import type { EpochMs, Goal, GoalStatus, Id } from '../../domain/types';

export type GoalChange = FieldChange<GoalFields>;
export type GoalConflict = FieldConflict<GoalFields>;

/** Thrown, before anything is written, for a goal that cannot be saved as it is. */
export class GoalError extends WriteError<GoalErrorReason> {
  constructor(reason: GoalErrorReason, message = `The goal cannot be saved: ${reason}`) {
    super(reason, message);
    this.name = 'GoalError';
  }
}

/** Thrown by editGoal when a field it would change was changed meanwhile to another value. */
export class GoalConflictError extends GoalError {
  readonly conflicts: readonly GoalConflict[];

  constructor(id: Id, conflicts: readonly GoalConflict[]) {
    const fields = conflicts.map((conflict) => conflict.field).join(', ');
    super('edit-conflict', `Goal ${id} was changed meanwhile in: ${fields}`);
    this.name = 'GoalConflictError';
    this.conflicts = conflicts;
  }
}

/** What a goal's status was before a change, so Undo can put it back. */
export type GoalStatusBefore = { status: GoalStatus; closedAt: EpochMs | undefined };

/** Adds an active goal typed in by the user and returns its id. */
export async function createGoal(
  input: Partial<GoalFields> & { contactIds?: readonly Id[] },
  now = currentTime(),
): Promise<Id> {
  const fields = checkedFields({ ...EMPTY_GOAL_FIELDS, ...input });
  const goal = storedGoal(
    {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      source: 'manual',
      status: 'active',
      contactIds: [...new Set(input.contactIds ?? [])],
      title: '',
      why: '',
      neededExpertise: [],
    },
    fields,
  );
  await runWrite([db.goals], { now }, async () => {
    await db.goals.add(goal);
  });
  return goal.id;
}

/**
 * Saves a goal edited in the form: only the changed fields are written. A field also changed
 * meanwhile, to another value, refuses the whole save with a GoalConflictError naming it. An
 * edit that changes nothing writes nothing.
 */
export async function editGoal(
  id: Id,
  changes: readonly GoalChange[],
  now = currentTime(),
): Promise<void> {
  await runWrite([db.goals], { now, hasWritten: (isWritten) => isWritten }, async () => {
    const existing = await liveGoal(id);
    const stored = goalFieldsOf(existing);
    const wanted = changesTo(changes, checkedFields(withChanges(stored, changes)));
    const conflicts = conflictsOf(wanted, stored);
    if (conflicts.length > 0) throw new GoalConflictError(id, conflicts);
    const pending = pendingChanges(wanted, stored);
    if (pending.length === 0) return false;
    await db.goals.put(storedGoal({ ...existing, updatedAt: now }, withChanges(stored, pending)));
    return true;
  });
}

/** Marks a goal done; returns what its status was, for Undo. */
export function completeGoal(id: Id, now = currentTime()): Promise<GoalStatusBefore> {
  return setStatus(id, { status: 'done', closedAt: now }, now);
}

/** Puts a goal away without calling it done; returns what its status was, for Undo. */
export function archiveGoal(id: Id, now = currentTime()): Promise<GoalStatusBefore> {
  return setStatus(id, { status: 'archived', closedAt: now }, now);
}

/** Makes a done or archived goal active again; returns what its status was, for Undo. */
export function reopenGoal(id: Id, now = currentTime()): Promise<GoalStatusBefore> {
  return setStatus(id, { status: 'active', closedAt: undefined }, now);
}

/** Undo of completeGoal, archiveGoal or reopenGoal: the status and close time from before. */
export async function undoGoalStatus(
  id: Id,
  before: GoalStatusBefore,
  now = currentTime(),
): Promise<void> {
  await setStatus(id, before, now);
}

/** Soft delete: the goal disappears everywhere but undoDeleteGoal brings it back. */
export async function deleteGoal(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.goals], { now }, async () => {
    await liveGoal(id);
    await db.goals.update(id, { deletedAt: now, updatedAt: now });
  });
}

/** Restores a goal removed by deleteGoal. */
export async function undoDeleteGoal(id: Id, now = currentTime()): Promise<void> {
  await runWrite([db.goals], { now }, async () => {
    const existing = await db.goals.get(id);
    if (!existing) throw new GoalError('goal-not-found', `No goal with id ${id}`);
    const restored: Goal = { ...existing, updatedAt: now };
    delete restored.deletedAt;
    await db.goals.put(restored);
  });
}

/** The fields tidied, or a GoalError with the first problem. */
function checkedFields(fields: GoalFields): GoalFields {
  const tidy = tidyGoalFields(fields);
  const problem = firstGoalProblem(tidy);
  if (problem) throw new GoalError(problem);
  return tidy;
}

/** A goal with the edited fields over it; no due day is stored as an absent key. */
function storedGoal(base: Omit<Goal, 'dueOn'> & { dueOn?: string }, fields: GoalFields): Goal {
  const { dueOn, ...rest } = fields;
  const goal: Goal = { ...base, ...rest };
  if (dueOn === '') delete goal.dueOn;
  else goal.dueOn = dueOn;
  return goal;
}

async function setStatus(id: Id, next: GoalStatusBefore, now: EpochMs): Promise<GoalStatusBefore> {
  return runWrite([db.goals], { now }, async () => {
    const existing = await liveGoal(id);
    const before = { status: existing.status, closedAt: existing.closedAt };
    const updated: Goal = { ...existing, status: next.status, updatedAt: now };
    if (next.closedAt === undefined) delete updated.closedAt;
    else updated.closedAt = next.closedAt;
    await db.goals.put(updated);
    return before;
  });
}

async function liveGoal(id: Id): Promise<Goal> {
  const goal = await db.goals.get(id);
  if (!goal || goal.deletedAt !== undefined) {
    throw new GoalError('goal-not-found', `No goal with id ${id}`);
  }
  return goal;
}
