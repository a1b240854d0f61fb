import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { openDatabase } from '../open';
import {
  GoalConflictError,
  archiveGoal,
  completeGoal,
  createGoal,
  deleteGoal,
  editGoal,
  reopenGoal,
  undoDeleteGoal,
  undoGoalStatus,
} from './goals';
import { writeErrorReasonOf } from '../write-errors';
import { GOAL_LIMITS } from '../../domain/goals/goal-fields';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const T1 = T0 + 60_000;
const T2 = T1 + 60_000;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await openDatabase();
});

const stored = async (id: string) => {
  const goal = await db.goals.get(id);
  if (!goal) throw new Error(`goal ${id} missing`);
  return goal;
};

/** The reason code a promise rejected with, or 'resolved'. */
async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return writeErrorReasonOf(error);
  }
}

describe('createGoal', () => {
  it('stores an active goal, trimmed, with its needs once each whatever their case or accents', async () => {
    const id = await createGoal(
      {
        title: '  Expand into Germany ',
        why: ' New market ',
        neededExpertise: ['Förhandling', ' forhandling', 'M&A', 'm&a ', '  ', 'German  law'],
        dueOn: '2027-03-31',
      },
      T0,
    );
    expect(await stored(id)).toMatchObject({
      title: 'Expand into Germany',
      why: 'New market',
      neededExpertise: ['Förhandling', 'M&A', 'German law'],
      dueOn: '2027-03-31',
      status: 'active',
      contactIds: [],
      source: 'manual',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await stored(id)).not.toHaveProperty('closedAt');
  });

  it('stores no due day when none is given', async () => {
    const id = await createGoal({ title: 'Find a mentor' }, T0);
    expect(await stored(id)).not.toHaveProperty('dueOn');
  });

  it.each([
    ['no-title', { title: '   ' }],
    ['title-too-long', { title: 'x'.repeat(GOAL_LIMITS.titleChars + 1) }],
    ['why-too-long', { title: 'A', why: 'x'.repeat(GOAL_LIMITS.whyChars + 1) }],
    ['expertise-too-long', { title: 'A', neededExpertise: ['x'.repeat(2_001)] }],
    [
      'too-much-expertise',
      { title: 'A', neededExpertise: Array.from({ length: 101 }, (_, i) => `need ${i}`) },
    ],
    ['invalid-due-day', { title: 'A', dueOn: '2027-02-30' }],
    ['invalid-due-day', { title: 'A', dueOn: 'next week' }],
  ])('refuses %s and writes nothing', async (reason, input) => {
    expect(await reasonOf(createGoal(input, T0))).toBe(reason);
    expect(await db.goals.count()).toBe(0);
  });
});

describe('editGoal', () => {
  it('writes only the changed fields, so another tab’s change to another field stays', async () => {
    const id = await createGoal({ title: 'Expand', why: 'Growth' }, T0);
    // Another tab changes the why meanwhile.
    await editGoal(id, [{ field: 'why', from: 'Growth', to: 'Board asked' }], T1);
    await editGoal(id, [{ field: 'title', from: 'Expand', to: 'Expand into Germany' }], T2);
    expect(await stored(id)).toMatchObject({
      title: 'Expand into Germany',
      why: 'Board asked',
      updatedAt: T2,
    });
  });

  it('refuses a field changed meanwhile to another value, naming it, and writes nothing', async () => {
    const id = await createGoal({ title: 'Expand' }, T0);
    await editGoal(id, [{ field: 'title', from: 'Expand', to: 'Theirs' }], T1);
    const edit = editGoal(
      id,
      [
        { field: 'title', from: 'Expand', to: 'Mine' },
        { field: 'why', from: '', to: 'Because' },
      ],
      T2,
    );
    await expect(edit).rejects.toBeInstanceOf(GoalConflictError);
    await edit.catch((error: unknown) => {
      expect(error instanceof GoalConflictError && error.conflicts).toEqual([
        { field: 'title', base: 'Expand', theirs: 'Theirs', mine: 'Mine' },
      ]);
    });
    expect(await stored(id)).toMatchObject({ title: 'Theirs', why: '', updatedAt: T1 });
  });

  it('clears the due day, and writes nothing for an edit that changes nothing', async () => {
    const id = await createGoal({ title: 'A', dueOn: '2027-01-15' }, T0);
    await editGoal(id, [{ field: 'dueOn', from: '2027-01-15', to: '' }], T1);
    expect(await stored(id)).not.toHaveProperty('dueOn');
    await editGoal(id, [{ field: 'title', from: 'A', to: ' A ' }], T2);
    expect((await stored(id)).updatedAt).toBe(T1);
  });

  it('refuses bad input with its reason and keeps the goal as it was', async () => {
    const id = await createGoal({ title: 'A' }, T0);
    expect(await reasonOf(editGoal(id, [{ field: 'title', from: 'A', to: ' ' }], T1))).toBe(
      'no-title',
    );
    expect(await reasonOf(editGoal(id, [{ field: 'dueOn', from: '', to: '2027-13-01' }], T1))).toBe(
      'invalid-due-day',
    );
    expect(await stored(id)).toMatchObject({ title: 'A', updatedAt: T0 });
  });
});

describe('the status of a goal', () => {
  it('completes, archives and reopens, stamping and clearing the close time', async () => {
    const id = await createGoal({ title: 'A' }, T0);
    expect(await completeGoal(id, T1)).toEqual({ status: 'active', closedAt: undefined });
    expect(await stored(id)).toMatchObject({ status: 'done', closedAt: T1, updatedAt: T1 });
    expect(await archiveGoal(id, T2)).toEqual({ status: 'done', closedAt: T1 });
    expect(await stored(id)).toMatchObject({ status: 'archived', closedAt: T2 });
    await reopenGoal(id, T2);
    expect(await stored(id)).toMatchObject({ status: 'active' });
    expect(await stored(id)).not.toHaveProperty('closedAt');
  });

  it('puts back the status and close time from before on Undo', async () => {
    const id = await createGoal({ title: 'A' }, T0);
    await completeGoal(id, T1);
    const before = await archiveGoal(id, T2);
    await undoGoalStatus(id, before, T2);
    expect(await stored(id)).toMatchObject({ status: 'done', closedAt: T1 });
  });

  it('refuses a deleted goal', async () => {
    const id = await createGoal({ title: 'A' }, T0);
    await deleteGoal(id, T1);
    expect(await reasonOf(completeGoal(id, T2))).toBe('goal-not-found');
    expect(await reasonOf(editGoal(id, [{ field: 'title', from: 'A', to: 'B' }], T2))).toBe(
      'goal-not-found',
    );
  });
});

describe('deleteGoal', () => {
  it('leaves a tombstone that Undo removes', async () => {
    const id = await createGoal({ title: 'A' }, T0);
    await deleteGoal(id, T1);
    expect(await stored(id)).toMatchObject({ deletedAt: T1 });
    await undoDeleteGoal(id, T2);
    expect(await stored(id)).not.toHaveProperty('deletedAt');
    expect(await reasonOf(undoDeleteGoal('nobody', T2))).toBe('goal-not-found');
  });
});
