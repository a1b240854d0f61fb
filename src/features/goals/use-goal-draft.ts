import { useEffect, useState } from 'react';
import { useUnsavedInput } from '../../components/use-unsaved-input';
import { EMPTY_GOAL_FIELDS, goalFieldsOf, type GoalFields } from '../../domain/goals/goal-fields';
import type { Goal } from '../../domain/types';
import {
  goalDraftKey,
  isGoalDraftDirty,
  readGoalDraft,
  removeGoalDraft,
  writeGoalDraft,
} from './goal-draft';

/** Key under which the form tells the update prompt it holds input. */
const UNSAVED_KEY = 'goal-form';

export const GOAL_FORM_FIELDS: readonly (keyof GoalFields)[] = [
  'title',
  'why',
  'neededExpertise',
  'dueOn',
];

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The goal form's input over `goal` as stored now (none for a new goal). It keeps what the
 * form started from (`base`): a field the user left alone follows the stored goal when
 * another tab changes it, and `base` against `fields` says what the user changed. What is
 * typed is kept for this tab (goal-draft.ts) until saved or let go of, so a reload brings it
 * back.
 */
export function useGoalDraft(goal: Goal | undefined) {
  const stored = goal === undefined ? EMPTY_GOAL_FIELDS : goalFieldsOf(goal);
  const draftKey = goalDraftKey(goal?.id);
  const [kept] = useState(() => readGoalDraft(draftKey));
  const [base, setBase] = useState(kept?.base ?? stored);
  const [fields, setFields] = useState(kept?.fields ?? stored);
  const [isRestored, setIsRestored] = useState(kept !== null && isGoalDraftDirty(kept));
  /** Set once the input is saved or let go of: nothing is kept after that. */
  const [isLetGo, setIsLetGo] = useState(false);
  const isDirty = isGoalDraftDirty({ base, fields });
  const storedKey = JSON.stringify(stored);
  // The stored goal the input last followed: a restored draft followed the one it started from.
  const [followedKey, setFollowedKey] = useState(() => JSON.stringify(kept?.base ?? stored));

  // Fields the user has not touched follow the stored goal (another tab saved meanwhile),
  // adjusted while rendering, as React does for state that follows a prop.
  if (followedKey !== storedKey) {
    setFollowedKey(storedKey);
    const untouched: Partial<GoalFields> = {};
    for (const field of GOAL_FORM_FIELDS) {
      if (isSame(fields[field], base[field])) Object.assign(untouched, { [field]: stored[field] });
    }
    setFields({ ...fields, ...untouched });
    setBase({ ...base, ...untouched });
  }

  useEffect(() => {
    if (isLetGo) return;
    if (isDirty) writeGoalDraft(draftKey, { base, fields });
    else removeGoalDraft(draftKey);
  }, [draftKey, base, fields, isDirty, isLetGo]);
  // While something typed is unsaved, an app update must not reload the page; a reload the
  // user asks for keeps it, since the draft is written as it is typed.
  useUnsavedInput(UNSAVED_KEY, isDirty && !isLetGo, { isKeptOnReload: true });

  return {
    base,
    fields,
    isDirty,
    /** The input came back from before a reload and is still there. */
    isRestored: isRestored && isDirty,
    change: (changes: Partial<GoalFields>) => {
      setFields((current) => ({ ...current, ...changes }));
    },
    /** Another tab's values, now seen: a second Save keeps the user's own. */
    seeTheirs: (theirs: Partial<GoalFields>) => {
      setBase((before) => ({ ...before, ...theirs }));
    },
    /** Back to the stored goal, forgetting what was restored. */
    discard: () => {
      removeGoalDraft(draftKey);
      setBase(stored);
      setFields(stored);
      setIsRestored(false);
    },
    /** After a save or a cancel: nothing more is kept. */
    letGo: () => {
      setIsLetGo(true);
      removeGoalDraft(draftKey);
    },
  };
}
