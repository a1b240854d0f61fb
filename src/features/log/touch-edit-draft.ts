// An edit of a stored touch while another tab may change the same touch. The edit draft
// keeps, per field, the stored value it started from (EditDraft.base). Comparing that with
// the touch as stored now and with the draft tells, field by field:
// - changed only there: the sheet takes the stored value into the draft without a word;
// - changed here: the save sends it, from its base value (db/writes/touches.ts,
//   editTouch), so a change made there to another field is kept;
// - changed on both sides to different values: a clash the user settles (keep mine, or
//   take theirs) before saving.
import { changeOf } from '../../domain/field-changes';
import {
  isSameTouchValue,
  TOUCH_FIELDS,
  touchFieldsOf,
  type TouchChange,
  type TouchField,
  type TouchFields,
} from '../../domain/touch-edit';
import type { Touch } from '../../domain/types';
import { draftFromTouch, resolveAt, toTouchInput, type EditDraft, type Flow } from './touch-draft';

/** Which stored field each value-flow toggle shows. */
const FIELD_OF_FLOW: Record<Flow, TouchField> = {
  'i-helped': 'gave',
  intro: 'gave',
  article: 'gave',
  'they-helped': 'received',
  asked: 'askedForHelp',
};

/**
 * The moment the draft stands for at `now`. A time that cannot be read yet (a picked date
 * cleared) is NaN: it differs from every stored time, so it is never taken over silently.
 */
export function resolvedAt(draft: EditDraft, now: number): number {
  return resolveAt(draft, now, draft.originalAt) ?? Number.NaN;
}

/** The touch the draft describes at `now` ("now" and "yesterday" are read from it). */
function touchFieldsOfDraft(draft: EditDraft, now: number): TouchFields {
  return toTouchInput(draft, resolvedAt(draft, now), draft);
}

/** The fields the user changed in the draft, from the values the edit started from. */
export function editedTouchFields(draft: EditDraft, now: number): TouchField[] {
  const { base } = draft;
  if (base === null) return [];
  const mine = touchFieldsOfDraft(draft, now);
  return TOUCH_FIELDS.filter((field) => !isSameTouchValue(field, base[field], mine[field]));
}

/** What a save sends: each changed field from its base value. */
export function touchChangesOf(draft: EditDraft, now: number): TouchChange[] {
  const { base } = draft;
  if (base === null) return [];
  const mine = touchFieldsOfDraft(draft, now);
  return editedTouchFields(draft, now).map((field) =>
    changeOf<TouchFields, TouchField>(field, base[field], mine[field]),
  );
}

/** Fields changed both here and in the stored touch, to different values. */
export function touchConflictsWith(draft: EditDraft, stored: Touch, now: number): TouchField[] {
  const { base } = draft;
  if (base === null) return [];
  const mine = touchFieldsOfDraft(draft, now);
  return editedTouchFields(draft, now).filter(
    (field) =>
      !isSameTouchValue(field, stored[field], base[field]) &&
      !isSameTouchValue(field, stored[field], mine[field]),
  );
}

/** Fields the stored touch changed and the user did not: to be shown as stored. */
export function touchFieldsToTake(draft: EditDraft, stored: Touch, now: number): TouchField[] {
  const { base } = draft;
  if (base === null) return [];
  const edited = editedTouchFields(draft, now);
  return TOUCH_FIELDS.filter(
    (field) => !edited.includes(field) && !isSameTouchValue(field, stored[field], base[field]),
  );
}

/** The draft with these fields as the stored touch has them, and based on them. */
export function withTouchFieldsTaken(
  draft: EditDraft,
  stored: Touch,
  fields: readonly TouchField[],
): EditDraft {
  const fresh = draftFromTouch(stored);
  const takes = (field: TouchField) => fields.includes(field);
  const isFlowTaken = (flow: Flow) => takes(FIELD_OF_FLOW[flow]);
  return {
    ...draft,
    ...(takes('at')
      ? { when: fresh.when, pickedAt: fresh.pickedAt, originalAt: fresh.originalAt }
      : {}),
    ...(takes('kind') ? { kind: fresh.kind } : {}),
    ...(takes('participantIds') ? { personIds: fresh.personIds } : {}),
    ...(takes('note') ? { note: fresh.note } : {}),
    ...(takes('initiator') ? { initiator: fresh.initiator } : {}),
    ...(takes('gave') ? { otherGave: fresh.otherGave } : {}),
    ...(takes('received') ? { otherReceived: fresh.otherReceived } : {}),
    flows: [
      ...draft.flows.filter((flow) => !isFlowTaken(flow)),
      ...fresh.flows.filter((flow) => isFlowTaken(flow)),
    ],
    base: withBase(draft, stored, fields),
  };
}

/** The draft kept as it is in these fields, now based on the stored touch: mine wins. */
export function withTouchFieldsKept(
  draft: EditDraft,
  stored: Touch,
  fields: readonly TouchField[],
): EditDraft {
  return { ...draft, base: withBase(draft, stored, fields) };
}

function withBase(draft: EditDraft, stored: Touch, fields: readonly TouchField[]) {
  const latest = touchFieldsOf(stored);
  const base = { ...(draft.base ?? latest) };
  for (const field of fields) Object.assign(base, { [field]: latest[field] });
  return base;
}
