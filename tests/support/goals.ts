// A goal stored as the Goals screen would save it, for tests that point an ask or an
// introduction at one.
import { db } from '../../src/db/db';
import type { Goal } from '../../src/domain/types';

export async function seedGoal(title: string, fields: Partial<Goal> = {}): Promise<Goal> {
  const goal: Goal = {
    id: `goal-${title}`,
    createdAt: 1,
    updatedAt: 1,
    source: 'manual',
    title,
    why: '',
    neededExpertise: [],
    status: 'active',
    contactIds: [],
    ...fields,
  };
  await db.goals.add(goal);
  return goal;
}
