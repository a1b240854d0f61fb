// The shape every row of a backup must have before a restore may write it (backup-format.ts).
// A file is never trusted: each table's rows are checked field by field against the data
// model (domain/types.ts): types, allowed values, finite numbers, and times inside the range
// Ties stores (domain/time-range.ts). A row is refused with the first field that is wrong,
// named by its path inside the row ("strength.at", "items[2].snoozedUntil"). A person's text
// and lists must also be within the limits the form and the import keep
// (domain/field-limits.ts).
//
// Keys the model does not know are kept as they are: they can only come from a newer app of
// the same format version, and dropping them would lose data. But they are bounded, since
// nothing here knows what they mean: a row whose unknown content passes MAX_UNKNOWN_CHARS
// (counted roughly as its JSON text) is refused, and so is any value nested deeper than
// MAX_ROW_DEPTH. The model itself nests at most four deep (a week plan's items, each item's
// reason), so the bound leaves room for a newer app while a row that would make a recursive
// walker or the database's structured clone run out of stack never reaches them. Known
// fields are checked only as deep as the model goes, and unknown values are measured with
// an explicit stack, so the check itself never recurses with the file's nesting.
import { MAX_CHARS, MAX_ITEMS, type LimitedField, type ListField } from '../domain/field-limits';
import {
  ASK_OUTCOMES,
  ENTRY_KINDS,
  INTRODUCTION_DIRECTIONS,
  INTRODUCTION_STATES,
  GROUP_KINDS,
  TOUCH_KINDS,
  RELATION_KINDS,
  TIERS,
  VALUE_KINDS,
  type Affiliation,
  type GoalStatus,
  type Initiator,
  type Language,
  type Settings,
  type Source,
  type WeekItemState,
} from '../domain/types';
import { isStorableDay, isStorableTime, STORED_YEARS } from '../domain/time-range';

/** How deep a row may nest, the row itself being depth 1 (see the module comment). */
export const MAX_ROW_DEPTH = 16;

/**
 * How much content under keys the model does not know one row may carry, in characters of
 * its JSON: as much as the longest note (domain/field-limits.ts).
 */
export const MAX_UNKNOWN_CHARS = 100_000;

/** Why a row is refused: a wrong value, a time out of range, too deep, too much unknown. */
export type RowProblemReason =
  'invalid' | 'time-out-of-range' | 'over-limit' | 'too-deep' | 'unknown-too-large';

/**
 * The first problem of a row: why, where (the field's path, '' for the row), and what; for
 * over-limit, the field's limit (characters, or entries of a list).
 */
export type RowProblem = { reason: RowProblemReason; field: string; what: string; limit?: number };

/** A problem found inside a value; path leads from that value to where it is. */
type Issue = { reason: RowProblemReason; path: (string | number)[]; what: string; limit?: number };

const FIELDS = Symbol('fields');
const ENTRY = Symbol('entry');
const INNER = Symbol('inner');
const OPTIONAL = Symbol('optional');

/**
 * What is wrong with a value, or undefined when it is fine. A check of an object, a list or
 * an optional value carries what it checks inside, so the unknown keys can be found.
 */
type Check = ((value: unknown) => Issue | undefined) & {
  [FIELDS]?: Shape;
  [ENTRY]?: Check;
  [INNER]?: Check;
  [OPTIONAL]?: true;
};
type Shape = Readonly<Record<string, Check>>;

/**
 * Every value of a union type. Written as a record so that the compiler refuses it when the
 * union gains a value: a backup of the new value must not be refused by a stale list here.
 */
function allOf<T extends string>(values: Record<T, true>): T[] {
  return Object.keys(values) as T[];
}

export const SOURCES = allOf<Source>({
  manual: true,
  demo: true,
  linkedin: true,
  vcard: true,
  google: true,
  'contact-picker': true,
});
const AFFILIATIONS = allOf<Affiliation>({ internal: true, external: true });
const INITIATORS = allOf<Initiator>({ me: true, them: true, unknown: true });
const GOAL_STATUSES = allOf<GoalStatus>({ active: true, done: true, archived: true });
const ITEM_STATES = allOf<WeekItemState>({ open: true, done: true, snoozed: true, skipped: true });
const LANGUAGES = allOf<Language>({ en: true, sv: true });
const THEMES = allOf<Settings['theme']>({ system: true, light: true, dark: true });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(what: string): Issue {
  return { reason: 'invalid', path: [], what };
}

/** The same issue, one step further out: inside `step` of the value being checked. */
function inside(step: string | number, issue: Issue): Issue {
  return { ...issue, path: [step, ...issue.path] };
}

function simple(isValid: (value: unknown) => boolean, what: string): Check {
  return (value) => (isValid(value) ? undefined : invalid(what));
}

const text = simple((value) => typeof value === 'string', 'not text');
const id = simple((value) => typeof value === 'string' && value !== '', 'not an id');
const number = simple(
  (value) => typeof value === 'number' && Number.isFinite(value),
  'not a finite number',
);
const count = simple(
  (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  'not a count',
);
const flag = simple((value) => typeof value === 'boolean', 'not true or false');

const OUT_OF_RANGE = `outside the times Ties stores (${STORED_YEARS.from}–${STORED_YEARS.until})`;

/** A time in epoch ms, inside the range Ties stores (domain/time-range.ts). */
const time: Check = (value) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid('not a time');
  return isStorableTime(value)
    ? undefined
    : { reason: 'time-out-of-range', path: [], what: OUT_OF_RANGE };
};

/** A calendar day, YYYY-MM-DD, that exists and lies in the stored years. */
const day: Check = (value) => {
  if (isStorableDay(value)) return undefined;
  const year = typeof value === 'string' ? /^(\d{4,})-\d{2}-\d{2}$/.exec(value)?.[1] : undefined;
  const isOutside =
    year !== undefined && (Number(year) < STORED_YEARS.from || Number(year) > STORED_YEARS.until);
  return isOutside
    ? { reason: 'time-out-of-range', path: [], what: OUT_OF_RANGE }
    : invalid('not a day');
};

/** A person's text field, no longer than its limit. */
function textOf(field: LimitedField): Check {
  const limit = MAX_CHARS[field];
  return (value) => {
    if (typeof value !== 'string') return invalid('not text');
    return value.length > limit
      ? { reason: 'over-limit', path: [], what: `longer than ${limit} characters`, limit }
      : undefined;
  };
}

/** A person's list field: entries (text by default), each and all within their limits. */
function listOfField(field: ListField, entry: Check = textOf(field)): Check {
  const entries = listOf(entry);
  const limit = MAX_ITEMS[field];
  const list: Check = (value) => {
    const issue = entries(value);
    if (issue !== undefined) return issue;
    return (value as unknown[]).length > limit
      ? { reason: 'over-limit', path: [], what: `more than ${limit} entries`, limit }
      : undefined;
  };
  return Object.assign(list, { [ENTRY]: entries[ENTRY] });
}

const ENTRY_LABEL_KINDS: readonly string[] = [...ENTRY_KINDS, 'custom'];

/**
 * A phone or an e-mail (domain/types.ts LabelledValue): its value and its label within the
 * field's limit, a kind Ties knows, and text for a custom label (one without is no label,
 * which the kind's absence says).
 */
function labelledOf(field: ListField): Check {
  const shape = object({
    value: textOf(field),
    kind: optional(oneOf(ENTRY_LABEL_KINDS)),
    label: optional(textOf(field)),
  });
  const check: Check = (value) => {
    const issue = shape(value);
    if (issue !== undefined) return issue;
    const { kind, label } = value as { kind?: unknown; label?: unknown };
    return kind === 'custom' && (typeof label !== 'string' || label.trim() === '')
      ? inside('label', invalid('a custom label without text'))
      : undefined;
  };
  return Object.assign(check, { [FIELDS]: shape[FIELDS] });
}

function integer(min: number, max: number): Check {
  return simple(
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
    `not a whole number from ${min} to ${max}`,
  );
}

function oneOf(values: readonly unknown[]): Check {
  return simple((value) => values.includes(value), 'not an allowed value');
}

function optional(check: Check): Check {
  const wrapped: Check = (value) => (value === undefined ? undefined : check(value));
  return Object.assign(wrapped, { [INNER]: check, [OPTIONAL]: true as const });
}

function nullable(check: Check): Check {
  const wrapped: Check = (value) => (value === null ? undefined : check(value));
  return Object.assign(wrapped, { [INNER]: check });
}

function listOf(check: Check): Check {
  const list: Check = (value) => {
    if (!Array.isArray(value)) return invalid('not a list');
    for (let index = 0; index < value.length; index += 1) {
      const issue = check(value[index]);
      if (issue !== undefined) return inside(index, issue);
    }
    return undefined;
  };
  return Object.assign(list, { [ENTRY]: check });
}

/** The first wrong known field of an object, or undefined. Unknown keys are not looked at. */
function problemOf(shape: Shape, value: unknown): Issue | undefined {
  if (!isRecord(value)) return invalid('not an object');
  for (const [field, check] of Object.entries(shape)) {
    if (!(field in value) || value[field] === undefined) {
      if (check[OPTIONAL]) continue;
      return inside(field, invalid('missing'));
    }
    const issue = check(value[field]);
    if (issue !== undefined) return inside(field, issue);
  }
  return undefined;
}

function object(shape: Shape): Check {
  const check: Check = (value) => problemOf(shape, value);
  return Object.assign(check, { [FIELDS]: shape });
}

/** What a key of an unknown value costs in the JSON text besides itself: quotes and colon. */
const KEY_OVERHEAD = 3;

/** Roughly what a value without entries costs in the JSON text, in characters. */
function scalarChars(value: unknown): number {
  return typeof value === 'string' ? value.length + 2 : String(value).length;
}

/**
 * Measures a value under a key the model does not know, with an explicit stack: too deep
 * (counting from the row, at `depth`) or too large for what is left of the row's budget.
 * A container is paid for before its entries are looked at, so a huge one stops the walk
 * at once.
 */
function unknownProblem(
  value: unknown,
  depth: number,
  budget: { chars: number },
): Issue | undefined {
  const stack: [unknown, number][] = [[value, depth]];
  while (stack.length > 0) {
    const [current, level] = stack.pop() as [unknown, number];
    if (typeof current === 'object' && current !== null) {
      if (level > MAX_ROW_DEPTH) {
        return { reason: 'too-deep', path: [], what: `nested deeper than ${MAX_ROW_DEPTH}` };
      }
      // Brackets and a comma between entries; an object's keys with their quotes and colon.
      const entries: unknown[] = Array.isArray(current) ? current : Object.values(current);
      budget.chars -= 2 + entries.length;
      if (!Array.isArray(current)) {
        for (const key of Object.keys(current)) budget.chars -= key.length + KEY_OVERHEAD;
      }
      if (budget.chars >= 0) for (const entry of entries) stack.push([entry, level + 1]);
    } else {
      budget.chars -= scalarChars(current);
    }
    if (budget.chars < 0) {
      return {
        reason: 'unknown-too-large',
        path: [],
        what: `more than ${MAX_UNKNOWN_CHARS} characters under keys Ties does not know`,
      };
    }
  }
  return undefined;
}

/**
 * The first unknown key, at any depth the model describes, whose value is too deep or
 * passes the row's budget. `value` has passed `check` already.
 */
function unknownIn(
  check: Check,
  value: unknown,
  depth: number,
  budget: { chars: number },
): Issue | undefined {
  const inner = check[INNER];
  if (inner)
    return value === undefined || value === null
      ? undefined
      : unknownIn(inner, value, depth, budget);
  const fields = check[FIELDS];
  if (fields && isRecord(value)) return unknownInObject(fields, value, depth, budget);
  const entry = check[ENTRY];
  if (entry && Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const issue = unknownIn(entry, value[index], depth + 1, budget);
      if (issue) return inside(index, issue);
    }
  }
  return undefined;
}

function unknownInObject(
  shape: Shape,
  value: Record<string, unknown>,
  depth: number,
  budget: { chars: number },
): Issue | undefined {
  for (const [key, entry] of Object.entries(value)) {
    // Own keys only: a file's "constructor" or "__proto__" is unknown, not Object's.
    const check = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (check === undefined) budget.chars -= key.length + KEY_OVERHEAD;
    const issue = check
      ? unknownIn(check, entry, depth + 1, budget)
      : unknownProblem(entry, depth + 1, budget);
    if (issue) return inside(key, issue);
  }
  return undefined;
}

const decayed = object({ value: number, at: time });
const birthday = object({
  month: integer(1, 12),
  day: integer(1, 31),
  year: optional(integer(0, 9999)),
});
const texts = listOf(text);
const ids = listOf(id);
/** A touch is kept in the logs of its people (db/codecs/touch-log.ts): one without any is lost. */
const someIds: Check = Object.assign(
  (value: unknown) => {
    const issue = ids(value);
    if (issue !== undefined) return issue;
    return (value as unknown[]).length > 0
      ? undefined
      : invalid('empty: a touch needs at least one person');
  },
  { [ENTRY]: id },
);
const cadences = object(Object.fromEntries(TIERS.map((tier) => [tier, nullable(number)])));

const stamped: Shape = {
  id,
  createdAt: time,
  updatedAt: time,
  deletedAt: optional(time),
  source: oneOf(SOURCES),
};

const importedValues = object({
  givenName: optional(textOf('givenName')),
  familyName: optional(textOf('familyName')),
  displayName: optional(textOf('displayName')),
  organisation: optional(textOf('organisation')),
  role: optional(textOf('role')),
  linkedInUrl: optional(textOf('linkedInUrl')),
  location: optional(textOf('location')),
  notes: optional(textOf('notes')),
  howWeMet: optional(textOf('howWeMet')),
  nextTimeNote: optional(textOf('nextTimeNote')),
  connectedOn: optional(text),
  birthday: optional(birthday),
  emails: optional(listOfField('emails', labelledOf('emails'))),
  phones: optional(listOfField('phones', labelledOf('phones'))),
  links: optional(listOfField('links')),
  tags: optional(listOfField('tags')),
  expertise: optional(listOfField('expertise')),
});

const contact: Shape = {
  ...stamped,
  lastTouchAt: optional(time),
  lastTouchKind: optional(oneOf(TOUCH_KINDS)),
  nextDueAt: optional(time),
  touchCount: count,
  strength: decayed,
  gave: decayed,
  received: decayed,
  initiative: object({ me: count, them: count, unknown: count }),
  givenName: textOf('givenName'),
  familyName: textOf('familyName'),
  displayName: textOf('displayName'),
  organisation: textOf('organisation'),
  role: textOf('role'),
  affiliation: oneOf(AFFILIATIONS),
  emails: listOfField('emails', labelledOf('emails')),
  phones: listOfField('phones', labelledOf('phones')),
  linkedInUrl: textOf('linkedInUrl'),
  links: listOfField('links'),
  location: textOf('location'),
  birthday: optional(birthday),
  tags: listOfField('tags'),
  expertise: listOfField('expertise'),
  tier: oneOf(TIERS),
  cadenceDays: optional(nullable(number)),
  isPaused: flag,
  howWeMet: textOf('howWeMet'),
  metViaId: optional(id),
  notes: textOf('notes'),
  nextTimeNote: textOf('nextTimeNote'),
  isArchived: flag,
  sourceKey: optional(textOf('sourceKey')),
  connectedOn: optional(text),
  importedValues: optional(importedValues),
  sortName: text,
  searchText: text,
};

const interaction: Shape = {
  ...stamped,
  at: time,
  kind: oneOf(TOUCH_KINDS),
  participantIds: someIds,
  note: text,
  initiator: oneOf(INITIATORS),
  gave: listOf(oneOf(VALUE_KINDS)),
  received: listOf(oneOf(VALUE_KINDS)),
  askedForHelp: flag,
};

const participation: Shape = {
  id,
  interactionId: id,
  contactId: id,
  at: time,
  deletedAt: optional(time),
  source: oneOf(SOURCES),
};

const relation: Shape = {
  ...stamped,
  fromId: id,
  toId: id,
  kind: oneOf(RELATION_KINDS),
  note: text,
};

const group: Shape = {
  ...stamped,
  name: text,
  kind: oneOf(GROUP_KINDS),
  meetingsPerYear: optional(number),
  memberIds: ids,
  hasSpeakers: flag,
  hasSocialActivities: flag,
  hasSports: flag,
  leadersExperience: text,
  costPerYear: optional(number),
  notes: text,
};

const goal: Shape = {
  ...stamped,
  title: text,
  why: text,
  neededExpertise: texts,
  status: oneOf(GOAL_STATUSES),
  contactIds: ids,
  dueOn: optional(day),
  closedAt: optional(time),
};

const ask: Shape = {
  ...stamped,
  contactId: id,
  goalId: optional(id),
  at: time,
  what: text,
  outcome: oneOf(ASK_OUTCOMES),
  settledAt: optional(time),
  touchId: optional(id),
  helpTouchId: optional(id),
};

const introduction: Shape = {
  ...stamped,
  direction: oneOf(INTRODUCTION_DIRECTIONS),
  firstId: id,
  secondId: id,
  goalId: optional(id),
  note: text,
  state: oneOf(INTRODUCTION_STATES),
  stateAt: object(Object.fromEntries(INTRODUCTION_STATES.map((state) => [state, optional(time)]))),
  madeTouchId: optional(id),
  relationId: optional(id),
  setMetVia: optional(flag),
};

const reasonDetail = simple(
  (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  'not text or a number',
);

/** A week item's reason: a kind, and details of any name that are each text or a number. */
const reasonKind = object({ kind: text });
const weekReason: Check = (value) => {
  const issue = reasonKind(value);
  if (issue !== undefined || !isRecord(value)) return issue;
  for (const [key, detail] of Object.entries(value)) {
    const detailIssue = detail === undefined ? undefined : reasonDetail(detail);
    if (detailIssue !== undefined) return inside(key, detailIssue);
  }
  return undefined;
};

const weekItem = object({
  contactId: id,
  reason: weekReason,
  state: oneOf(ITEM_STATES),
  snoozedUntil: optional(time),
});

const weekPlan: Shape = {
  weekStart: day,
  createdAt: time,
  updatedAt: time,
  items: listOf(weekItem),
  madeWith: optional(object({ listSize: number, tierCadenceDays: cadences, peopleCount: count })),
  closedAt: optional(time),
};

const settings: Shape = {
  id: oneOf(['settings']),
  tierCadenceDays: cadences,
  weekStartDay: integer(0, 6),
  listSize: number,
  language: nullable(oneOf(LANGUAGES)),
  theme: oneOf(THEMES),
  backupReminderDays: number,
  backupReminderChanges: optional(number),
  backupSnoozedUntil: optional(time),
  lastBackupAt: optional(time),
  onboardedAt: optional(time),
  hasDemoData: flag,
  persistRequestedAt: optional(time),
};

/** The row shape of every backed-up table. */
export const ROW_SHAPES = {
  contacts: contact,
  interactions: interaction,
  participations: participation,
  relations: relation,
  groups: group,
  goals: goal,
  asks: ask,
  introductions: introduction,
  weekPlans: weekPlan,
  settings,
} as const satisfies Record<string, Shape>;

export type BackupTableName = keyof typeof ROW_SHAPES;

/** A path inside a row as a person reads it in the file: "strength.at", "items[2].state". */
function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (written, step) =>
      typeof step === 'number'
        ? `${written}[${step}]`
        : written === ''
          ? step
          : `${written}.${step}`,
    '',
  );
}

/**
 * The first problem of a row of this table, or undefined: a known field that is wrong
 * first, then unknown keys that nest too deep or carry too much (see the module comment).
 */
export function rowProblem(table: BackupTableName, row: unknown): RowProblem | undefined {
  const shape = ROW_SHAPES[table];
  const issue =
    problemOf(shape, row) ??
    unknownInObject(shape, row as Record<string, unknown>, 1, { chars: MAX_UNKNOWN_CHARS });
  if (!issue) return undefined;
  const problem: RowProblem = {
    reason: issue.reason,
    field: pathText(issue.path),
    what: issue.what,
  };
  if (issue.limit !== undefined) problem.limit = issue.limit;
  return problem;
}
