// The data model (its words are defined in docs/glossary.md). Times are epoch milliseconds
// (UTC); days are computed in the user's time zone by the functions that need them.

export type Id = string;
/** Milliseconds since the Unix epoch, UTC. */
export type EpochMs = number;

export type Source = 'manual' | 'demo' | 'linkedin' | 'vcard' | 'google' | 'contact-picker';

/** Fields every stored record carries. `deletedAt` is a tombstone kept for undo and sync. */
export type Stamped = {
  id: Id;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  deletedAt?: EpochMs | undefined;
  source: Source;
};

export type Affiliation = 'internal' | 'external';

/** What a phone number or an e-mail address is for, in the words every source shares. */
export const ENTRY_KINDS = ['work', 'home', 'mobile', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * A phone number or an e-mail address with its label: one of the shared kinds, or 'custom'
 * with the source's own words in `label` ("Styrelse", "WhatsApp"). An entry without a kind
 * is unlabelled: its source said nothing about it, and Ties does not claim 'other' for it
 * (Apple's "Other" is a label someone chose; no label is not).
 */
export type LabelledValue = {
  value: string;
  kind?: EntryKind | 'custom' | undefined;
  /** The source's own label; only with kind 'custom'. */
  label?: string | undefined;
};

export const TIERS = ['inner', 'close', 'active', 'wide', 'acquaintance'] as const;
export type Tier = (typeof TIERS)[number];

export type Birthday = { month: number; day: number; year?: number | undefined };

/** A value that decays exponentially: read it as value * 2^(-(t - at) / halfLife). */
export type Decayed = { value: number; at: EpochMs };

export type InitiativeCounts = { me: number; them: number; unknown: number };

/** Fields derived from touches, kept true in the same transaction as every write. */
export type ContactDerived = {
  lastTouchAt?: EpochMs | undefined;
  /** Kind of the latest touch ("Last coffee 94 days ago"); see domain/tie-health/touch.ts. */
  lastTouchKind?: TouchKind | undefined;
  nextDueAt?: EpochMs | undefined;
  touchCount: number;
  strength: Decayed;
  gave: Decayed;
  received: Decayed;
  initiative: InitiativeCounts;
};

export type Contact = Stamped &
  ContactDerived & {
    givenName: string;
    familyName: string;
    /** Shown name; when empty the UI composes it from given and family name. */
    displayName: string;
    organisation: string;
    role: string;
    affiliation: Affiliation;
    emails: LabelledValue[];
    phones: LabelledValue[];
    linkedInUrl: string;
    links: string[];
    location: string;
    birthday?: Birthday | undefined;
    tags: string[];
    expertise: string[];
    tier: Tier;
    /** Overrides the tier's cadence; null means "no cadence" for this person. */
    cadenceDays?: number | null | undefined;
    isPaused: boolean;
    howWeMet: string;
    metViaId?: Id | undefined;
    notes: string;
    nextTimeNote: string;
    isArchived: boolean;
    /** Stable key from the import source (LinkedIn URL, vCard UID) for merging re-imports. */
    sourceKey?: string | undefined;
    /** The day a LinkedIn connection was made, as YYYY-MM-DD: a fact, not a touch. */
    connectedOn?: string | undefined;
    /**
     * What the last import read for each field it knows (interop/merge.ts). A stored value
     * that still equals it was not edited by the user, so a newer file may update it; one
     * that differs is the user's own and is never overwritten without asking.
     */
    importedValues?: ImportedValues | undefined;
    /** Lower-case, diacritic-free name for sorting and prefix search (see domain/text.ts). */
    sortName: string;
    /** Lower-case, diacritic-free text searched as the user types. */
    searchText: string;
  };

/** The fields an import fills or updates, as the file last gave them (see Contact). */
export type ImportedValues = Partial<
  Pick<
    Contact,
    | 'givenName'
    | 'familyName'
    | 'displayName'
    | 'organisation'
    | 'role'
    | 'linkedInUrl'
    | 'location'
    | 'notes'
    | 'howWeMet'
    | 'nextTimeNote'
    | 'connectedOn'
    | 'birthday'
    | 'emails'
    | 'phones'
    | 'links'
    | 'tags'
    | 'expertise'
  >
>;

export const TOUCH_KINDS = [
  'coffee',
  'meal',
  'meeting',
  'call',
  'video',
  'message',
  'email',
  'event',
  'other',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const VALUE_KINDS = ['help', 'advice', 'intro', 'article', 'favour'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export type Initiator = 'me' | 'them' | 'unknown';

export type Touch = Stamped & {
  at: EpochMs;
  kind: TouchKind;
  participantIds: Id[];
  note: string;
  initiator: Initiator;
  gave: ValueKind[];
  received: ValueKind[];
  askedForHelp: boolean;
};

/**
 * One row per (touch, participant), as backup files carry them. The database keeps no
 * such rows any more: a touch sits in the touch log of each of its people (db/codecs/touch-log.ts).
 */
export type Participation = {
  id: string;
  interactionId: Id;
  contactId: Id;
  at: EpochMs;
  deletedAt?: EpochMs | undefined;
  source: Source;
};

export const RELATION_KINDS = ['knows', 'introduced-by', 'works-with', 'family'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export type Relation = Stamped & {
  fromId: Id;
  toId: Id;
  kind: RelationKind;
  note: string;
};

export const GROUP_KINDS = ['network', 'board', 'team', 'circle', 'other'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export type Group = Stamped & {
  name: string;
  kind: GroupKind;
  meetingsPerYear?: number | undefined;
  memberIds: Id[];
  hasSpeakers: boolean;
  hasSocialActivities: boolean;
  hasSports: boolean;
  leadersExperience: string;
  costPerYear?: number | undefined;
  notes: string;
};

/** An active goal is worked on; a done one was reached; an archived one was put aside. */
export const GOAL_STATUSES = ['active', 'done', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export type Goal = Stamped & {
  title: string;
  why: string;
  neededExpertise: string[];
  status: GoalStatus;
  /** People the user linked to the goal by hand (besides those whose expertise matches). */
  contactIds: Id[];
  /** The day the user wants it done by, as YYYY-MM-DD; absent when none was given. */
  dueOn?: string | undefined;
  /** When the goal was last completed or archived; absent while active. */
  closedAt?: EpochMs | undefined;
};

/** What came of an ask: not yet known, they helped, they said no, or no answer came. */
export const ASK_OUTCOMES = ['pending', 'helped', 'declined', 'no-answer'] as const;
export type AskOutcome = (typeof ASK_OUTCOMES)[number];

/** A request for help to one person, optionally for a goal (docs/glossary.md, "Ask"). */
export type Ask = Stamped & {
  contactId: Id;
  goalId?: Id | undefined;
  /** When the user asked. */
  at: EpochMs;
  /** What was asked, in the user's words; may be empty. */
  what: string;
  outcome: AskOutcome;
  /** When the outcome was set; absent while pending. */
  settledAt?: EpochMs | undefined;
  /** The touch the ask was made in (marked "I asked for help"), when it was logged as one. */
  touchId?: Id | undefined;
  /**
   * The touch that records the help as received in the give-and-take ledger, written in
   * the same transaction as the outcome "helped" and removed when the outcome changes.
   */
  helpTouchId?: Id | undefined;
};

/**
 * Who makes the introduction: 'i-make', the user introduces two people to each other;
 * 'for-me', the user asks someone (the introducer) to introduce them to a third person.
 */
export const INTRODUCTION_DIRECTIONS = ['i-make', 'for-me'] as const;
export type IntroductionDirection = (typeof INTRODUCTION_DIRECTIONS)[number];

/**
 * Double opt-in, in order: asked, the first person said yes, the second said yes, the
 * introduction was made, then its outcome: they met, or nothing came of it.
 */
export const INTRODUCTION_STATES = [
  'asked',
  'first-agreed',
  'second-agreed',
  'made',
  'met',
  'nothing-came',
] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];

export type Introduction = Stamped & {
  direction: IntroductionDirection;
  /**
   * 'i-make': the person asked first; 'for-me': the introducer, who is asked first.
   */
  firstId: Id;
  /** 'i-make': the person asked second; 'for-me': the person the user wants to meet. */
  secondId: Id;
  goalId?: Id | undefined;
  note: string;
  state: IntroductionState;
  /** When each state reached so far was reached (the date the user gave, or the save). */
  stateAt: Partial<Record<IntroductionState, EpochMs>>;
  /** 'i-make', once made: the touch that records the give to both people. */
  madeTouchId?: Id | undefined;
  /** 'for-me', once made: the "introduced by" relation written then. */
  relationId?: Id | undefined;
  /** 'for-me', once made: true when making it set the second person's "met via". */
  setMetVia?: boolean | undefined;
};

export type WeekItemState = 'open' | 'done' | 'snoozed' | 'skipped';

export type WeekItem = {
  contactId: Id;
  /** Reason kind plus the data needed to phrase it; the UI words it. */
  reason: { kind: string; [detail: string]: string | number | undefined };
  state: WeekItemState;
  snoozedUntil?: EpochMs | undefined;
};

export type WeekPlan = {
  /** The first day of the week in the user's time zone, as YYYY-MM-DD. */
  weekStart: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  items: WeekItem[];
  /**
   * The settings (and the number of stored people) the list was made with, so a settings
   * change can offer a refresh and an empty list is remade once people are added.
   */
  madeWith?: { listSize: number; tierCadenceDays: TierCadences; peopleCount: number } | undefined;
  /**
   * Set once the week is over and its touched items are stored as 'done'
   * (db/writes/week-plan.ts).
   */
  closedAt?: EpochMs | undefined;
};

export type TierCadences = Record<Tier, number | null>;

export type Language = 'en' | 'sv';

export type Settings = {
  id: 'settings';
  tierCadenceDays: TierCadences;
  /** 0 = Sunday, 1 = Monday, … 6 = Saturday. */
  weekStartDay: number;
  listSize: number;
  /** null follows the browser. */
  language: Language | null;
  theme: 'system' | 'light' | 'dark';
  /** Days after the last backup that a reminder is shown; 0 turns this trigger off. */
  backupReminderDays: number;
  /**
   * Changes (people and touches written) since the last backup after which a reminder is
   * shown; 0 turns this trigger off. Absent in rows made before it existed: the default.
   */
  backupReminderChanges?: number | undefined;
  /** No backup reminder before this time (the user snoozed it). */
  backupSnoozedUntil?: EpochMs | undefined;
  lastBackupAt?: EpochMs | undefined;
  /** Set once the first-run choice (demo or empty) is made. */
  onboardedAt?: EpochMs | undefined;
  hasDemoData: boolean;
  /** Set once persistent storage has been asked for. */
  persistRequestedAt?: EpochMs | undefined;
};

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  tierCadenceDays: { inner: 14, close: 30, active: 90, wide: 180, acquaintance: 365 },
  weekStartDay: 1,
  listSize: 7,
  language: null,
  theme: 'system',
  backupReminderDays: 30,
  backupReminderChanges: 100,
  hasDemoData: false,
};

/** What one import wrote, so that its Undo takes back exactly that (db/writes/imports.ts). */
export type ImportBatch = {
  id: Id;
  at: EpochMs;
  source: Source;
  fileName: string;
  /** People the import created. */
  addedIds: Id[];
  /** People the import changed, each as it was just before. */
  before: Contact[];
  undoneAt?: EpochMs | undefined;
};

/** The network graph's node positions at the end of a visit: a cache, never backed up. */
export type GraphLayout = {
  id: string;
  savedAt: EpochMs;
  ids: Id[];
  /** x and y of ids[i] at 2i and 2i + 1. */
  xy: Float32Array;
};
