// What the log sheet holds while the user fills it in, and how it becomes a touch.
// The draft keeps the *choice* of time ("now", "yesterday"), not a timestamp, so a draft
// restored hours later still saves "now" as the moment of saving.
import type { TouchAsk, TouchInput } from '../../db/writes/touches';
import { touchFieldsOf, type TouchFields } from '../../domain/touch-edit';
import { EARLIEST_STORED_TIME } from '../../domain/time-range';
import {
  TOUCH_KINDS,
  VALUE_KINDS,
  type EpochMs,
  type Initiator,
  type Touch,
  type TouchKind,
  type ValueKind,
} from '../../domain/types';

export const WHEN_CHOICES = ['now', 'today', 'yesterday', 'pick'] as const;
export type WhenChoice = (typeof WHEN_CHOICES)[number];

/** The value-flow toggles the sheet offers; other value kinds survive an edit untouched. */
export const FLOWS = ['i-helped', 'they-helped', 'asked', 'intro', 'article'] as const;
export type Flow = (typeof FLOWS)[number];

export const INITIATORS = ['me', 'them', 'unknown'] as const satisfies readonly Initiator[];

export type TouchDraft = {
  personIds: string[];
  kind: TouchKind;
  when: WhenChoice;
  /** The picked time as a datetime-local value ('YYYY-MM-DDTHH:mm'); '' until picked. */
  pickedAt: string;
  note: string;
  flows: Flow[];
  initiator: Initiator;
  /** With "I asked for help" ticked: what was asked, and the goal's id ('' for none). */
  askWhat: string;
  askGoalId: string;
};

/** An existing touch being edited: the draft plus what the sheet cannot show. */
export type EditDraft = TouchDraft & {
  interactionId: string;
  /** The stored time, kept to the millisecond unless the user picks another minute. */
  originalAt: EpochMs;
  otherGave: ValueKind[];
  otherReceived: ValueKind[];
  /**
   * The stored touch as the edit started from it, field by field (touch-edit-draft.ts): a
   * save sends each changed field with its value here. Null in a draft kept by an older
   * version, which did not record it: the sheet then starts it from the touch as stored.
   */
  base: TouchFields | null;
};

export type DraftProblems = {
  people?: 'no-people' | undefined;
  when?: 'no-time' | 'future' | 'too-early' | undefined;
};

/** A touch may be logged up to a minute ahead, so clocks a little apart do not block it. */
export const FUTURE_TOLERANCE_MS = 60 * 1000; // 1 minute
/** "Today" and "yesterday" without a time mean midday. */
const MIDDAY_HOUR = 12;

export function emptyDraft(): TouchDraft {
  return {
    personIds: [],
    kind: 'coffee',
    when: 'now',
    pickedAt: '',
    note: '',
    flows: [],
    initiator: 'unknown',
    askWhat: '',
    askGoalId: '',
  };
}

/** True when the draft holds nothing the user entered. */
export function isDraftEmpty(draft: TouchDraft): boolean {
  const empty = emptyDraft();
  return (
    draft.personIds.length === 0 &&
    draft.kind === empty.kind &&
    draft.when === empty.when &&
    draft.note.trim() === '' &&
    draft.flows.length === 0 &&
    draft.initiator === empty.initiator &&
    draft.askWhat.trim() === '' &&
    draft.askGoalId === ''
  );
}

/** A local date-time as the value of an <input type="datetime-local">. */
export function toLocalInput(at: EpochMs): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a datetime-local value in the user's time zone; null when it is not one. */
export function parseLocalInput(value: string): EpochMs | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const part = (index: number) => Number(match[index] ?? 0);
  const date = new Date(part(1), part(2) - 1, part(3), part(4), part(5), part(6));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/**
 * The moment the draft stands for: "now" is the time of saving, "today" midday today (or
 * now, if it is still morning), "yesterday" midday yesterday. Null when nothing is picked.
 */
export function resolveAt(
  draft: Pick<TouchDraft, 'when' | 'pickedAt'>,
  now: EpochMs,
  originalAt?: EpochMs,
): EpochMs | null {
  switch (draft.when) {
    case 'now':
      return now;
    case 'today':
      return Math.min(now, middayOf(now, 0));
    case 'yesterday':
      return middayOf(now, -1);
    case 'pick':
      if (originalAt !== undefined && draft.pickedAt === toLocalInput(originalAt)) {
        return originalAt;
      }
      return parseLocalInput(draft.pickedAt);
  }
}

function middayOf(now: EpochMs, dayOffset: number): EpochMs {
  const date = new Date(now);
  date.setHours(MIDDAY_HOUR, 0, 0, 0);
  date.setDate(date.getDate() + dayOffset);
  return date.getTime();
}

/** What keeps the draft from being saved, by field; empty when it can be saved. */
export function problemsOf(draft: TouchDraft, now: EpochMs, originalAt?: EpochMs): DraftProblems {
  const problems: DraftProblems = {};
  if (draft.personIds.length === 0) problems.people = 'no-people';
  const at = resolveAt(draft, now, originalAt);
  if (at === null) problems.when = 'no-time';
  else if (at > now + FUTURE_TOLERANCE_MS) problems.when = 'future';
  // A backup carries times from 1900 on (domain/time-range.ts); a year typed wrong is caught here.
  else if (at < EARLIEST_STORED_TIME) problems.when = 'too-early';
  return problems;
}

export function hasProblems(problems: DraftProblems): boolean {
  return problems.people !== undefined || problems.when !== undefined;
}

/** The ask a new touch records with it: only when "I asked for help" is ticked. */
export function toTouchAsk(draft: TouchDraft): TouchAsk | undefined {
  if (!draft.flows.includes('asked')) return undefined;
  return {
    what: draft.askWhat.trim(),
    goalId: draft.askGoalId === '' ? undefined : draft.askGoalId,
  };
}

/** The touch a draft describes, at a resolved time. */
export function toTouchInput(
  draft: TouchDraft,
  at: EpochMs,
  extra: Pick<EditDraft, 'otherGave' | 'otherReceived'> = { otherGave: [], otherReceived: [] },
): TouchInput {
  const has = (flow: Flow) => draft.flows.includes(flow);
  const gave: ValueKind[] = [
    ...(has('i-helped') ? (['help'] as const) : []),
    ...(has('intro') ? (['intro'] as const) : []),
    ...(has('article') ? (['article'] as const) : []),
    ...extra.otherGave,
  ];
  const received: ValueKind[] = [
    ...(has('they-helped') ? (['help'] as const) : []),
    ...extra.otherReceived,
  ];
  return {
    at,
    kind: draft.kind,
    participantIds: [...draft.personIds],
    note: draft.note.trim(),
    initiator: draft.initiator,
    gave,
    received,
    askedForHelp: has('asked'),
  };
}

const SHOWN_GAVE: readonly ValueKind[] = ['help', 'intro', 'article'];
const SHOWN_RECEIVED: readonly ValueKind[] = ['help'];

/** The edit draft for a stored touch: its time is shown as a picked time. */
export function draftFromTouch(touch: Touch): EditDraft {
  const flows: Flow[] = [];
  if (touch.gave.includes('help')) flows.push('i-helped');
  if (touch.received.includes('help')) flows.push('they-helped');
  if (touch.askedForHelp) flows.push('asked');
  if (touch.gave.includes('intro')) flows.push('intro');
  if (touch.gave.includes('article')) flows.push('article');
  return {
    interactionId: touch.id,
    originalAt: touch.at,
    personIds: [...touch.participantIds],
    kind: touch.kind,
    when: 'pick',
    pickedAt: toLocalInput(touch.at),
    note: touch.note,
    flows,
    initiator: touch.initiator,
    // An ask is made when a touch is logged; editing the touch leaves its asks alone.
    askWhat: '',
    askGoalId: '',
    otherGave: touch.gave.filter((value) => !SHOWN_GAVE.includes(value)),
    otherReceived: touch.received.filter((value) => !SHOWN_RECEIVED.includes(value)),
    base: touchFieldsOf(touch),
  };
}

/**
 * A draft read back from storage, field by field: anything missing or malformed (an older
 * app version, a hand-edited value) falls back to the empty draft's value.
 */
export function sanitizeDraft(value: unknown): TouchDraft {
  const empty = emptyDraft();
  if (typeof value !== 'object' || value === null) return empty;
  const record = value as Record<string, unknown>;
  const oneOf = <T extends string>(options: readonly T[], field: unknown, fallback: T): T =>
    options.find((option) => option === field) ?? fallback;
  const strings = (field: unknown): string[] =>
    Array.isArray(field) ? field.filter((item): item is string => typeof item === 'string') : [];
  return {
    personIds: [...new Set(strings(record.personIds))],
    kind: oneOf(TOUCH_KINDS, record.kind, empty.kind),
    when: oneOf(WHEN_CHOICES, record.when, empty.when),
    pickedAt: typeof record.pickedAt === 'string' ? record.pickedAt : '',
    note: typeof record.note === 'string' ? record.note : '',
    flows: strings(record.flows).filter((flow): flow is Flow =>
      (FLOWS as readonly string[]).includes(flow),
    ),
    initiator: oneOf(INITIATORS, record.initiator, empty.initiator),
    askWhat: typeof record.askWhat === 'string' ? record.askWhat : '',
    askGoalId: typeof record.askGoalId === 'string' ? record.askGoalId : '',
  };
}

/** An edit draft read back from storage, or null when it is not a usable one. */
export function sanitizeEditDraft(value: unknown): EditDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.interactionId !== 'string' || typeof record.originalAt !== 'number') {
    return null;
  }
  const values = (field: unknown): ValueKind[] =>
    Array.isArray(field)
      ? field.filter((item): item is ValueKind => VALUE_KINDS.some((kind) => kind === item))
      : [];
  return {
    ...sanitizeDraft(record),
    interactionId: record.interactionId,
    originalAt: record.originalAt,
    otherGave: values(record.otherGave),
    otherReceived: values(record.otherReceived),
    base: sanitizeTouchFields(record.base),
  };
}

/** The touch fields an edit started from, read back from storage; null when unusable. */
function sanitizeTouchFields(value: unknown): TouchFields | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const isStrings = (field: unknown): field is string[] =>
    Array.isArray(field) && field.every((item) => typeof item === 'string');
  const isValues = (field: unknown): field is ValueKind[] =>
    isStrings(field) && field.every((item) => VALUE_KINDS.some((kind) => kind === item));
  const kind = TOUCH_KINDS.find((option) => option === record.kind);
  const initiator = INITIATORS.find((option) => option === record.initiator);
  const { at, participantIds, note, gave, received, askedForHelp } = record;
  if (
    typeof at !== 'number' ||
    kind === undefined ||
    initiator === undefined ||
    !isStrings(participantIds) ||
    typeof note !== 'string' ||
    !isValues(gave) ||
    !isValues(received) ||
    typeof askedForHelp !== 'boolean'
  ) {
    return null;
  }
  return { at, kind, participantIds, note, initiator, gave, received, askedForHelp };
}
