// What one tab holds of a person being edited or added, beyond the stored person: only the
// fields the user typed in, each with the stored value it was typed over. Every other field
// shows the stored person as it is now, so a change saved elsewhere (another tab, later a
// sync) appears at once in the fields this tab left alone. A field typed in here and changed
// there too is found by comparing three values: the one typed over, the stored one and the
// typed one. The user settles each such field (keep mine, or take theirs) before saving, and
// the save sends only the typed fields, each with the value it was typed over, so the
// database can refuse anything changed meanwhile (db/writes/people.ts, editContact).
import {
  CONTACT_FIELDS,
  type ContactChange,
  type ContactConflict,
} from '../../domain/contact-edit';
import type { ContactField } from '../../domain/contact-edit';
import {
  emptyContactInput,
  normalizeContactInput,
  type ContactInput,
} from '../../domain/contact-validation';
import { changeOf, conflictOf, isSameValue } from '../../domain/field-changes';
import {
  fieldOfFormKey,
  formStateOf,
  inputFromForm,
  sliceOf,
  type FormSlice,
  type PersonFormState,
} from './person-form-state';

/** A field typed in: the stored value it was typed over, and the form's controls as typed. */
export type FieldEdit = { from: ContactInput[ContactField]; typed: FormSlice };

export type PersonEdits = Partial<Record<ContactField, FieldEdit>>;

export type PersonDraft = {
  /** The person as stored when the form opened; the empty person for a new one. */
  opened: ContactInput;
  edits: PersonEdits;
};

export function newPersonDraft(opened: ContactInput): PersonDraft {
  return { opened, edits: {} };
}

/** The controls of one field as they show a value of it (the rest of the person is moot). */
function sliceShowing(field: ContactField, value: ContactInput[ContactField]): FormSlice {
  return sliceOf(formStateOf({ ...emptyContactInput(), [field]: value }), field);
}

/** True when the field's controls hold something else than the value they were typed over. */
function isTyped(field: ContactField, edit: FieldEdit | undefined): edit is FieldEdit {
  return edit !== undefined && !isSameValue(edit.typed, sliceShowing(field, edit.from));
}

function editOf(draft: PersonDraft, field: ContactField): FieldEdit | undefined {
  return draft.edits[field];
}

/** The fields the user typed in, in the form's order. */
export function typedFields(draft: PersonDraft): ContactField[] {
  return CONTACT_FIELDS.filter((field) => isTyped(field, editOf(draft, field)));
}

/** True when the tab holds input that the stored person does not. */
export function hasTyped(draft: PersonDraft): boolean {
  return typedFields(draft).length > 0;
}

/** The form as shown: the stored person now, with the fields typed in over it. */
export function shownFormState(draft: PersonDraft, current: ContactInput): PersonFormState {
  const state = formStateOf(current);
  for (const field of typedFields(draft)) Object.assign(state, editOf(draft, field)?.typed);
  return state;
}

/** The person the form describes, tidied as a save would store it. */
function mineOf(draft: PersonDraft, current: ContactInput): ContactInput {
  return normalizeContactInput(inputFromForm(shownFormState(draft, current)));
}

/** The edits that pass a test, in a new object. */
function editsWhere(
  edits: PersonEdits,
  keep: (field: ContactField, edit: FieldEdit) => boolean,
): PersonEdits {
  const kept: PersonEdits = {};
  for (const field of CONTACT_FIELDS) {
    const edit = edits[field];
    if (edit !== undefined && keep(field, edit)) kept[field] = edit;
  }
  return kept;
}

/**
 * The draft after the user changed some controls. A field typed in for the first time (or
 * again, after it was left as stored) remembers the stored value it is typed over now.
 */
export function withTyped(
  draft: PersonDraft,
  changes: Partial<PersonFormState>,
  current: ContactInput,
): PersonDraft {
  const shown = shownFormState(draft, current);
  const edits: PersonEdits = { ...draft.edits };
  for (const key of Object.keys(changes) as (keyof PersonFormState)[]) {
    const field = fieldOfFormKey(key);
    const edit = edits[field];
    const started = isTyped(field, edit)
      ? edit
      : { from: current[field], typed: sliceOf(shown, field) };
    edits[field] = { ...started, typed: { ...started.typed, [key]: changes[key] } };
  }
  return { ...draft, edits: editsWhere(edits, isTyped) };
}

/**
 * The fields typed in here that the stored person changed meanwhile to something else than
 * what is typed: the user chooses for each before the form can be saved.
 */
export function conflictsWith(draft: PersonDraft, current: ContactInput): ContactConflict[] {
  const mine = mineOf(draft, current);
  return typedFields(draft).flatMap((field) => {
    const base = editOf(draft, field)?.from;
    const theirs = current[field];
    if (isSameValue(theirs, base) || isSameValue(theirs, mine[field])) return [];
    return [conflictOf<ContactInput, ContactField>(field, base, theirs, mine[field])];
  });
}

/** What a save sends: each field typed in to a new value, from the value it was typed over. */
export function changesOf(draft: PersonDraft, current: ContactInput): ContactChange[] {
  const mine = mineOf(draft, current);
  return typedFields(draft).flatMap((field) => {
    const from = editOf(draft, field)?.from;
    return isSameValue(from, mine[field])
      ? []
      : [changeOf<ContactInput, ContactField>(field, from, mine[field])];
  });
}

/** Keeps what is typed in a field changed elsewhere: it now overrides the stored value. */
export function keepMine(
  draft: PersonDraft,
  field: ContactField,
  current: ContactInput,
): PersonDraft {
  const edit = editOf(draft, field);
  if (edit === undefined) return draft;
  const edits: PersonEdits = { ...draft.edits };
  edits[field] = { from: current[field], typed: edit.typed };
  return { ...draft, edits };
}

/** Drops what is typed in a field, so it shows the stored value again. */
export function takeTheirs(draft: PersonDraft, field: ContactField): PersonDraft {
  return { ...draft, edits: editsWhere(draft.edits, (other) => other !== field) };
}

/**
 * The fields the form shows as changed elsewhere since it opened: not typed in here, and
 * stored now with another value than at the start.
 */
export function updatedElsewhere(draft: PersonDraft, current: ContactInput): ContactField[] {
  const typed = typedFields(draft);
  return CONTACT_FIELDS.filter(
    (field) => !typed.includes(field) && !isSameValue(draft.opened[field], current[field]),
  );
}
