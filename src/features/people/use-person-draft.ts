import { useEffect, useState } from 'react';
import { useUnsavedInput } from '../../components/use-unsaved-input';
import type { ContactField } from '../../domain/contact-edit';
import type { ContactInput } from '../../domain/contact-validation';
import {
  changesOf,
  conflictsWith,
  hasTyped,
  keepMine,
  newPersonDraft,
  shownFormState,
  takeTheirs,
  typedFields,
  updatedElsewhere,
  withTyped,
  type PersonDraft,
} from './person-draft';
import { removePersonDraft, writePersonDraft } from './person-draft-storage';
import type { PersonFormState } from './person-form-state';

/** Key under which the form tells the update prompt it holds input. */
const UNSAVED_KEY = 'person-form';

/**
 * The person form's input in this tab, over `current`, the person as stored now (the empty
 * person for a new one). Kept in sessionStorage (under `key`) while it holds anything typed,
 * so a reload or an app update brings it back; `initial` is what was kept, or a fresh draft.
 */
export function usePersonDraft(key: string, initial: PersonDraft, current: ContactInput) {
  const [draft, setDraft] = useState(initial);
  const [isRestored, setIsRestored] = useState(() => hasTyped(initial));
  const isDirty = hasTyped(draft);

  useEffect(() => {
    if (isDirty) writePersonDraft(key, draft);
    else removePersonDraft(key);
  }, [key, draft, isDirty]);
  // While something typed is unsaved, an app update must not reload the page; a reload the
  // user asks for keeps it, since the draft is written as it is typed.
  useUnsavedInput(UNSAVED_KEY, isDirty, { isKeptOnReload: true });

  /** Lets go of the input: after a save, a discard or a cancel. */
  const forget = () => {
    removePersonDraft(key);
    setDraft(newPersonDraft(current));
    setIsRestored(false);
  };

  return {
    state: shownFormState(draft, current),
    isDirty,
    /** The fields the user typed in: only these are checked on Save (person-form.tsx). */
    typedFields: typedFields(draft),
    /** The input came back from before a reload and is still there. */
    isRestored: isRestored && isDirty,
    conflicts: conflictsWith(draft, current),
    updatedFields: updatedElsewhere(draft, current),
    changes: () => changesOf(draft, current),
    change: (changes: Partial<PersonFormState>) => {
      setDraft((old) => withTyped(old, changes, current));
    },
    keepMine: (field: ContactField) => {
      setDraft((old) => keepMine(old, field, current));
    },
    takeTheirs: (field: ContactField) => {
      setDraft((old) => takeTheirs(old, field));
    },
    forget,
  };
}
