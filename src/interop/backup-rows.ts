// The shape every row of a backup must have before a restore may write it (backup-format.ts).
// A file is never trusted: each table's rows are checked field by field against the data
// model (domain/types.ts): types, allowed values, finite numbers. A row is refused with the
// first field that is wrong; a person's text and lists must also be within the limits the
// form and the import keep (domain/field-limits.ts). Keys the model does not know are kept
// as they are: they can only come from a newer app of the same format version, and
// dropping them would lose data.
import { MAX_CHARS, MAX_ITEMS, type LimitedField, type ListField } from '../domain/field-limits';
import {
  GROUP_KINDS,
  INTERACTION_KINDS,
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

/** What is wrong with a value, or undefined when it is fine. */
type Check = (value: unknown) => string | undefined;
type Shape = Readonly<Record<string, Check>>;

const OPTIONAL = Symbol('optional');
type OptionalCheck = Check & { [OPTIONAL]: true };

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
const GOAL_STATUSES = allOf<GoalStatus>({ active: true, done: true });
const ITEM_STATES = allOf<WeekItemState>({ open: true, done: true, snoozed: true, skipped: true });
const LANGUAGES = allOf<Language>({ en: true, sv: true });
const THEMES = allOf<Settings['theme']>({ system: true, light: true, dark: true });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text: Check = (value) => (typeof value === 'string' ? undefined : 'not text');
const id: Check = (value) => (typeof value === 'string' && value !== '' ? undefined : 'not an id');
const number: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : 'not a finite number';
const count: Check = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'not a count';
const flag: Check = (value) => (typeof value === 'boolean' ? undefined : 'not true or false');

/** A person's text field, no longer than its limit. */
function textOf(field: LimitedField): Check {
  return (value) => {
    if (typeof value !== 'string') return 'not text';
    return value.length > MAX_CHARS[field]
      ? `longer than ${MAX_CHARS[field]} characters`
      : undefined;
  };
}

/** A person's list field: text entries, each and all within their limits. */
function listOfField(field: ListField): Check {
  const entries = listOf(textOf(field));
  return (value) => {
    const problem = entries(value);
    if (problem !== undefined) return problem;
    return (value as unknown[]).length > MAX_ITEMS[field]
      ? `more than ${MAX_ITEMS[field]} entries`
      : undefined;
  };
}

function integer(min: number, max: number): Check {
  return (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `not a whole number from ${min} to ${max}`;
}

function oneOf(values: readonly unknown[]): Check {
  return (value) => (values.includes(value) ? undefined : 'not an allowed value');
}

function optional(check: Check): OptionalCheck {
  const wrapped: Check = (value) => (value === undefined ? undefined : check(value));
  return Object.assign(wrapped, { [OPTIONAL]: true as const });
}

function nullable(check: Check): Check {
  return (value) => (value === null ? undefined : check(value));
}

function listOf(check: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return 'not a list';
    for (let index = 0; index < value.length; index += 1) {
      const problem = check(value[index]);
      if (problem !== undefined) return `entry ${index}: ${problem}`;
    }
    return undefined;
  };
}

/** The first wrong field of an object, as [field, problem], or undefined. */
function problemOf(shape: Shape, value: unknown): [string, string] | undefined {
  if (!isRecord(value)) return ['', 'not an object'];
  for (const [field, check] of Object.entries(shape)) {
    if (!(field in value) || value[field] === undefined) {
      if (OPTIONAL in check) continue;
      return [field, 'missing'];
    }
    const problem = check(value[field]);
    if (problem !== undefined) return [field, problem];
  }
  return undefined;
}

function object(shape: Shape): Check {
  return (value) => {
    const problem = problemOf(shape, value);
    if (!problem) return undefined;
    const [field, what] = problem;
    return field === '' ? what : `${field}: ${what}`;
  };
}

const decayed = object({ value: number, at: number });
const birthday = object({
  month: integer(1, 12),
  day: integer(1, 31),
  year: optional(integer(0, 9999)),
});
const texts = listOf(text);
const ids = listOf(id);
/** A touch is kept in the logs of its people (db/touch-logs.ts): one without any is lost. */
const someIds: Check = (value) => {
  const problem = ids(value);
  if (problem !== undefined) return problem;
  return (value as unknown[]).length > 0 ? undefined : 'empty: a touch needs at least one person';
};
const cadences = object(Object.fromEntries(TIERS.map((tier) => [tier, nullable(number)])));

const stamped: Shape = {
  id,
  createdAt: number,
  updatedAt: number,
  deletedAt: optional(number),
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
  emails: optional(listOfField('emails')),
  phones: optional(listOfField('phones')),
  links: optional(listOfField('links')),
  tags: optional(listOfField('tags')),
  expertise: optional(listOfField('expertise')),
});

const contact: Shape = {
  ...stamped,
  lastTouchAt: optional(number),
  lastTouchKind: optional(oneOf(INTERACTION_KINDS)),
  nextDueAt: optional(number),
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
  emails: listOfField('emails'),
  phones: listOfField('phones'),
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
  at: number,
  kind: oneOf(INTERACTION_KINDS),
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
  at: number,
  deletedAt: optional(number),
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
};

const reasonDetail: Check = (value) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
    ? undefined
    : 'not text or a number';

const weekReason: Check = (value) => {
  const problem = object({ kind: text })(value);
  if (problem !== undefined || !isRecord(value)) return problem;
  for (const [key, detail] of Object.entries(value)) {
    const detailProblem = detail === undefined ? undefined : reasonDetail(detail);
    if (detailProblem !== undefined) return `${key}: ${detailProblem}`;
  }
  return undefined;
};

const weekItem = object({
  contactId: id,
  reason: weekReason,
  state: oneOf(ITEM_STATES),
  snoozedUntil: optional(number),
});

const weekPlan: Shape = {
  weekStart: (value) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'not a day',
  createdAt: number,
  updatedAt: number,
  items: listOf(weekItem),
  madeWith: optional(object({ listSize: number, tierCadenceDays: cadences, peopleCount: count })),
  closedAt: optional(number),
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
  backupSnoozedUntil: optional(number),
  lastBackupAt: optional(number),
  onboardedAt: optional(number),
  hasDemoData: flag,
  persistRequestedAt: optional(number),
};

/** The row shape of every backed-up table. */
export const ROW_SHAPES = {
  contacts: contact,
  interactions: interaction,
  participations: participation,
  relations: relation,
  groups: group,
  goals: goal,
  weekPlans: weekPlan,
  settings,
} as const satisfies Record<string, Shape>;

export type BackupTableName = keyof typeof ROW_SHAPES;

/** The first wrong field of a row of this table, as [field, problem], or undefined. */
export function rowProblem(table: BackupTableName, row: unknown): [string, string] | undefined {
  return problemOf(ROW_SHAPES[table], row);
}
