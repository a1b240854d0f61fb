// The goal form's unsaved input, kept per tab (components/tab-drafts.ts) as the person
// form's is: a reload or an app update brings it back, and no other tab sees or replaces it.
// One draft per goal and one for a new goal. A draft holds what the user typed and what the
// form started from (`base`), so a field left alone still follows the stored goal, and Save
// still sends only the fields the user changed.
import { readTabDraft, removeTabDraft, writeTabDraft } from '../../components/tab-drafts';
import type { GoalFields } from '../../domain/goals/goal-fields';

/** Bump the version (and read the old shape) when the draft's shape changes. */
const KEY_PREFIX = 'ties.goal-draft.v1:';

export type GoalDraft = { base: GoalFields; fields: GoalFields };

export function goalDraftKey(goalId: string | undefined): string {
  return `${KEY_PREFIX}${goalId ?? 'new'}`;
}

/** Whether the user changed anything the form started from. */
export function isGoalDraftDirty({ base, fields }: GoalDraft): boolean {
  return JSON.stringify(base) !== JSON.stringify(fields);
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function goalDraftFrom(value: unknown): GoalDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { base, fields } = value as Record<string, unknown>;
  const baseFields = goalFieldsFrom(base);
  const typed = goalFieldsFrom(fields);
  return baseFields && typed ? { base: baseFields, fields: typed } : null;
}

function goalFieldsFrom(value: unknown): GoalFields | null {
  if (typeof value !== 'object' || value === null) return null;
  const { title, why, neededExpertise, dueOn } = value as Record<string, unknown>;
  const isText = typeof title === 'string' && typeof why === 'string' && typeof dueOn === 'string';
  if (!isText || !isStringList(neededExpertise)) return null;
  return { title, why, neededExpertise: [...neededExpertise], dueOn };
}

/** The tab's draft under this key; null when there is none or it cannot be read. */
export function readGoalDraft(key: string): GoalDraft | null {
  return readTabDraft(key, goalDraftFrom);
}

export function writeGoalDraft(key: string, draft: GoalDraft): void {
  writeTabDraft(key, draft);
}

export function removeGoalDraft(key: string): void {
  removeTabDraft(key);
}
