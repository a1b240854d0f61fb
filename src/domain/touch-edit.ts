// An edit of a touch as the log sheet makes it: only the fields the user changed, each with
// the value it was changed from (field-changes.ts says why), so a touch edited in two tabs
// keeps both tabs' changes to different fields and a clash in one field is named.
import { isSameValue, type FieldChange, type FieldConflict } from './field-changes';
import type { Touch } from './types';

/** What the user enters for a touch: everything else on it is an id or a stamp. */
export type TouchFields = Pick<
  Touch,
  'at' | 'kind' | 'participantIds' | 'note' | 'initiator' | 'gave' | 'received' | 'askedForHelp'
>;

export type TouchField = keyof TouchFields;
export type TouchChange = FieldChange<TouchFields>;
export type TouchConflict = FieldConflict<TouchFields>;

// A record over every key, so the compiler names a field added to TouchFields but not here.
const EVERY_FIELD: Record<TouchField, true> = {
  participantIds: true,
  kind: true,
  at: true,
  note: true,
  gave: true,
  received: true,
  askedForHelp: true,
  initiator: true,
};

/** Every field of a touch the user edits, in the order the log sheet shows them. */
export const TOUCH_FIELDS = Object.keys(EVERY_FIELD) as readonly TouchField[];

/** The fields the user enters, taken from a stored touch. */
export function touchFieldsOf(touch: TouchFields): TouchFields {
  return {
    at: touch.at,
    kind: touch.kind,
    participantIds: [...touch.participantIds],
    note: touch.note,
    initiator: touch.initiator,
    gave: [...touch.gave],
    received: [...touch.received],
    askedForHelp: touch.askedForHelp,
  };
}

const UNORDERED: ReadonlySet<TouchField> = new Set(['participantIds', 'gave', 'received']);

/** The people on a touch and what was given or received are sets: their order means nothing. */
export function isSameTouchValue(field: TouchField, a: unknown, b: unknown): boolean {
  if (UNORDERED.has(field) && Array.isArray(a) && Array.isArray(b)) {
    return isSameValue([...(a as string[])].sort(), [...(b as string[])].sort());
  }
  return isSameValue(a, b);
}
