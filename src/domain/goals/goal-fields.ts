// What the user types for a goal, tidied and checked before anything is stored. The limits
// are the person's (field-limits.ts): a title is one line, the why a note, each needed
// expertise one tag and at most as many as a person may have, so whatever a goal holds also
// fits a backup and a person's own expertise. Needed expertise is kept once per meaning: "M&A",
// " m&a " and "Förhandling"/"forhandling" are the same need, the first spelling wins.
import { MAX_CHARS, MAX_ITEMS } from '../field-limits';
import { normalizeText } from '../text';
import { isStorableDay } from '../time-range';
import type { Goal } from '../types';

/** The fields of a goal the user edits. `dueOn` is '' for no day. */
export type GoalFields = Pick<Goal, 'title' | 'why' | 'neededExpertise'> & { dueOn: string };

export const GOAL_LIMITS = {
  titleChars: MAX_CHARS.displayName,
  whyChars: MAX_CHARS.notes,
  expertiseChars: MAX_CHARS.expertise,
  expertiseItems: MAX_ITEMS.expertise,
} as const;

/** Why a goal's fields cannot be saved, one reason per field at most. */
export type GoalProblem =
  | 'no-title'
  | 'title-too-long'
  | 'why-too-long'
  | 'expertise-too-long'
  | 'too-much-expertise'
  | 'invalid-due-day';

export const EMPTY_GOAL_FIELDS: GoalFields = {
  title: '',
  why: '',
  neededExpertise: [],
  dueOn: '',
};

/** The fields of a stored goal as the form edits them. */
export function goalFieldsOf(goal: Goal): GoalFields {
  return {
    title: goal.title,
    why: goal.why,
    neededExpertise: [...goal.neededExpertise],
    dueOn: goal.dueOn ?? '',
  };
}

/** Each need once, trimmed, without empty ones; the first spelling of a meaning is kept. */
export function tidyExpertise(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const tidy: string[] = [];
  for (const label of labels) {
    const trimmed = label.trim().replace(/\s+/g, ' ');
    const key = normalizeText(trimmed);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    tidy.push(trimmed);
  }
  return tidy;
}

/** The fields trimmed and the needs made unique, as they would be stored. */
export function tidyGoalFields(fields: GoalFields): GoalFields {
  return {
    title: fields.title.trim(),
    why: fields.why.trim(),
    neededExpertise: tidyExpertise(fields.neededExpertise),
    dueOn: fields.dueOn.trim(),
  };
}

/** The problems of tidied fields, by field; an empty object when they can be saved. */
export function goalProblemsOf(fields: GoalFields): Partial<Record<keyof GoalFields, GoalProblem>> {
  const problems: Partial<Record<keyof GoalFields, GoalProblem>> = {};
  if (fields.title === '') problems.title = 'no-title';
  else if (fields.title.length > GOAL_LIMITS.titleChars) problems.title = 'title-too-long';
  if (fields.why.length > GOAL_LIMITS.whyChars) problems.why = 'why-too-long';
  if (fields.neededExpertise.length > GOAL_LIMITS.expertiseItems) {
    problems.neededExpertise = 'too-much-expertise';
  } else if (fields.neededExpertise.some((label) => label.length > GOAL_LIMITS.expertiseChars)) {
    problems.neededExpertise = 'expertise-too-long';
  }
  if (fields.dueOn !== '' && !isStorableDay(fields.dueOn)) problems.dueOn = 'invalid-due-day';
  return problems;
}

/** The first problem, in the form's order, or undefined. */
export function firstGoalProblem(fields: GoalFields): GoalProblem | undefined {
  const problems = goalProblemsOf(fields);
  return problems.title ?? problems.why ?? problems.neededExpertise ?? problems.dueOn;
}

/**
 * Labels from `known` that start a word like `typed` does, without case or diacritics, and
 * that are not already chosen; at most `max`, in the order given.
 */
export function expertiseSuggestions(
  typed: string,
  known: readonly string[],
  chosen: readonly string[],
  max = 8,
): string[] {
  const query = normalizeText(typed);
  if (query === '') return [];
  const taken = new Set(chosen.map(normalizeText));
  const found: string[] = [];
  for (const label of known) {
    const key = normalizeText(label);
    if (taken.has(key)) continue;
    if (!(key.startsWith(query) || key.includes(` ${query}`))) continue;
    taken.add(key);
    found.push(label);
    if (found.length === max) break;
  }
  return found;
}
