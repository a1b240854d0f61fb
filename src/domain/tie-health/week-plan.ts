// The weekly reach-out list (docs/tie-health.md, "The weekly list"). Every person who is not
// archived, deleted, paused or snoozed is checked for the reasons in week-reasons.ts; a
// person keeps only their best-scoring reason (the others go in `also`), so nobody is listed
// twice. People are ranked within each reason by score (ties: by id, so the plan is
// reproducible), at most one dormant tie is offered a week, and the list takes turns across
// reasons: round one takes the best person of every reason (reasons ordered by their best
// score), round two the second best, and so on, until the list is full; reasons that run out
// of people drop out of the turns, so one reason fills the list only when the others are
// empty.
//
// It reads only each person's derived fields, never their touches, and keeps just the
// best `listSize` people per reason while scanning: O(n · listSize) time for n people, and
// nothing is allocated for a person unless they enter a reason's current top list.

import type { Ask, Contact, EpochMs, Id, Introduction, Settings, WeekItem } from '../types';
import { waitOf, type IntroductionFacts } from '../goals/introductions';
import { birthdayFinderForWeek, type WeekBirthdayFinder } from './birthday';
import { effectiveCadenceDays } from './cadence';
import { readDecayed } from './decayed';
import {
  expertiseMatcher,
  neededExpertiseOf,
  type ExpertiseMatcher,
  type GoalInput,
} from './goal-expertise';
import { isYouOwe, YOU_OWE_MIN_RECEIVED } from './reciprocity-flags';
import { balanceOf, RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { daysSinceTouchOn, statusOn, tieHealthOn, type TieStatus } from './status';
import { strengthAt } from './strength';
import { MAX_LIST_SIZE, MIN_LIST_SIZE } from './tie-settings';
import { weekOf, type WeekRange } from './week';
import {
  addedFollowUpScore,
  ASK_NO_ANSWER_AFTER_DAYS,
  askNoAnswerScore,
  BIRTHDAY_SCORE,
  INTRO_WAITING_AFTER_DAYS,
  introWaitingScore,
  THANK_FOR_HELP_WITHIN_DAYS,
  thankForHelpScore,
  dormantRevivalScore,
  goalExpertiseScore,
  newFollowUpScore,
  overdueScore,
  WEEK_REASON_KINDS,
  weeklyRotation,
  youOweScore,
  type NewFollowUpSince,
  type WeekReason,
  type WeekReasonKind,
} from './week-reasons';
import { dayKeyOf, dayNumberOfKey, localDayCounter, type DayCounter } from './zone-days';

/** Dormant ties offered per week: reviving one is worth it, a list of them is a chore. */
export const DORMANT_REVIVALS_PER_WEEK = 1;
/**
 * People from a bulk import were not "met" when they were added, so they get no
 * "met N days ago — follow up" prompt (their status may still read new). What makes them
 * new is said differently: a LinkedIn connection by the day it was made, and someone from
 * an address book by being new in Ties.
 */
const BULK_IMPORT_SOURCES: ReadonlySet<Contact['source']> = new Set([
  'linkedin',
  'vcard',
  'google',
]);
/** Address books: their people carry no date of meeting, only the day they came in. */
const ADDRESS_BOOK_SOURCES: ReadonlySet<Contact['source']> = new Set(['vcard', 'google']);
/**
 * A connection made fewer than this many calendar days ago (days 0–89) is new enough to
 * follow up: a quarter, the span the new-contacts-per-quarter figure counts in too.
 */
export const CONNECTED_RECENTLY_DAYS = 90;

export type WeekPlanContact = Pick<
  Contact,
  | 'id'
  | 'deletedAt'
  | 'isArchived'
  | 'isPaused'
  | 'createdAt'
  | 'source'
  | 'lastTouchAt'
  | 'lastTouchKind'
  | 'touchCount'
  | 'tier'
  | 'cadenceDays'
  | 'strength'
  | 'gave'
  | 'received'
  | 'birthday'
  | 'expertise'
  | 'connectedOn'
>;

export type WeekPlanAsk = Pick<
  Ask,
  'id' | 'contactId' | 'goalId' | 'at' | 'outcome' | 'settledAt' | 'deletedAt'
>;
export type WeekPlanIntroduction = IntroductionFacts & Pick<Introduction, 'id' | 'goalId'>;

export type WeekPlanInput = {
  contacts: readonly WeekPlanContact[];
  goals: readonly GoalInput[];
  /** Asks for help: thank-yous for help and follow-ups of asks without an answer. */
  asks?: readonly WeekPlanAsk[] | undefined;
  /** Introductions: nudges where someone's step is outstanding. */
  introductions?: readonly WeekPlanIntroduction[] | undefined;
  settings: Pick<Settings, 'tierCadenceDays' | 'listSize' | 'weekStartDay'>;
  now: EpochMs;
  timeZone: string;
  /** When each snoozed person comes back; a snooze ending today no longer hides them. */
  snoozedUntil?: ReadonlyMap<Id, EpochMs> | undefined;
};

type PlanContext = {
  now: EpochMs;
  today: number;
  dayOf: DayCounter;
  settings: WeekPlanInput['settings'];
  week: WeekRange;
  findBirthday: WeekBirthdayFinder;
  matchExpertise: ExpertiseMatcher;
  /** The day number of a connectedOn text (undefined when it is no day), memoised. */
  connectedDayOf: (key: string) => number | undefined;
  /** Per person, the help to thank them for, the ask left unanswered, the intro waiting. */
  asksAndIntros: AsksAndIntros;
};

type Candidate = { contact: WeekPlanContact; kind: WeekReasonKind; score: number; also: number };

/** The best `capacity` candidates of one reason, best first. */
type RankedGroup = { kind: WeekReasonKind; capacity: number; entries: Candidate[] };

/** One bit per reason, to note a person's other reasons without allocating. */
const KIND_BIT: Readonly<Record<WeekReasonKind, number>> = {
  'birthday-this-week': 1,
  'you-owe': 2,
  'new-follow-up': 4,
  overdue: 8,
  'goal-expertise': 16,
  'dormant-revival': 32,
  'thank-for-help': 64,
  'ask-no-answer': 128,
  'intro-waiting': 256,
};

/** A person's reasons while they are scored: reused from person to person. */
type Scoring = { mask: number; kind: WeekReasonKind | undefined; score: number };

function resetScoring(scoring: Scoring): void {
  scoring.mask = 0;
  scoring.kind = undefined;
  scoring.score = 0;
}

function consider(scoring: Scoring, kind: WeekReasonKind, score: number): void {
  scoring.mask |= KIND_BIT[kind];
  if (scoring.kind === undefined || score > scoring.score) {
    scoring.kind = kind;
    scoring.score = score;
  }
}

/** Settings.listSize as a whole number within MIN_LIST_SIZE–MAX_LIST_SIZE (tie-settings.ts). */
export function clampListSize(listSize: number): number {
  if (!Number.isFinite(listSize)) return MIN_LIST_SIZE;
  return Math.min(MAX_LIST_SIZE, Math.max(MIN_LIST_SIZE, Math.round(listSize)));
}

function isBetter(score: number, id: Id, than: Candidate): boolean {
  return score > than.score || (score === than.score && id < than.contact.id);
}

/** True when a candidate with this score could still enter the group. */
function couldEnter(group: RankedGroup, score: number): boolean {
  const last = group.entries[group.capacity - 1];
  return !last || score >= last.score;
}

function offer(group: RankedGroup, contact: WeekPlanContact, score: number, also: number): void {
  const { entries, capacity } = group;
  const last = entries[entries.length - 1];
  if (entries.length === capacity && last && !isBetter(score, contact.id, last)) return;
  let index = entries.length;
  while (index > 0 && isBetter(score, contact.id, entries[index - 1] as Candidate)) index -= 1;
  entries.splice(index, 0, { contact, kind: group.kind, score, also });
  if (entries.length > capacity) entries.pop();
}

function isEligible(
  contact: WeekPlanContact,
  snoozes: ReadonlyMap<Id, EpochMs> | undefined,
  ctx: PlanContext,
): boolean {
  if (contact.deletedAt !== undefined || contact.isArchived || contact.isPaused) return false;
  const snoozedUntil = snoozes?.get(contact.id);
  return snoozedUntil === undefined || ctx.dayOf(snoozedUntil) <= ctx.today;
}

/** Value units received from a person the user owes, else 0. */
function owedUnits(contact: WeekPlanContact, now: EpochMs): number {
  // Decay only shrinks a sum, so a stored value below the threshold can be skipped unread.
  if (contact.received.value < YOU_OWE_MIN_RECEIVED && contact.received.at <= now) return 0;
  const received = readDecayed(contact.received, now, RECIPROCITY_HALF_LIFE_MS);
  const gave = readDecayed(contact.gave, now, RECIPROCITY_HALF_LIFE_MS);
  return isYouOwe(received, balanceOf(gave, received)) ? received : 0;
}

type FollowUp = { since: NewFollowUpSince; days: number; score: number };

/**
 * Whether a person is a new contact to follow up, since when and how pressing, or undefined.
 * - A dated connection (LinkedIn's "Connected On") decides alone: made in the last
 *   CONNECTED_RECENTLY_DAYS days and no touch since that day. It holds without a cadence:
 *   a fresh connection is worth a note whether or not the user plans to keep in touch.
 * - Someone added by hand or from the phone's picker, while their status is new: the user
 *   has just met them.
 * - Someone an address-book import added, while new and untouched, and only with a cadence:
 *   choosing to keep in touch with none of them says not to prompt for them. Their score
 *   does not grow with the days (the import is no meeting that fades); the weekly rotation
 *   lifts a different few of a large import each week.
 */
function followUpOf(
  contact: WeekPlanContact,
  status: TieStatus,
  cadenceDays: number | null,
  days: number,
  ctx: PlanContext,
): FollowUp | undefined {
  const connectedDay =
    contact.connectedOn === undefined ? undefined : ctx.connectedDayOf(contact.connectedOn);
  if (connectedDay !== undefined) {
    const connectedDays = Math.max(0, ctx.today - connectedDay);
    if (connectedDays >= CONNECTED_RECENTLY_DAYS) return undefined;
    const touchedSince =
      contact.lastTouchAt !== undefined && ctx.dayOf(contact.lastTouchAt) >= connectedDay;
    if (touchedSince) return undefined;
    return { since: 'connected', days: connectedDays, score: newFollowUpScore(connectedDays) };
  }
  if (status !== 'new') return undefined;
  if (!BULK_IMPORT_SOURCES.has(contact.source)) {
    return { since: 'met', days, score: newFollowUpScore(days) };
  }
  if (
    ADDRESS_BOOK_SOURCES.has(contact.source) &&
    contact.touchCount === 0 &&
    cadenceDays !== null
  ) {
    const rotation = weeklyRotation(contact.id, ctx.week.firstDay);
    return { since: 'added', days, score: addedFollowUpScore(rotation) };
  }
  return undefined;
}

type Thank = { ask: WeekPlanAsk; days: number };
type Unanswered = { ask: WeekPlanAsk; days: number };
type IntroWait = {
  introduction: WeekPlanIntroduction;
  waitingFor: 'first-yes' | 'second-yes' | 'making';
  sinceDay: number;
  days: number;
};
type AsksAndIntros = {
  thanks: Map<Id, Thank>;
  unanswered: Map<Id, Unanswered>;
  introWaits: Map<Id, IntroWait>;
};

/** Keeps, per person, the entry `isBetter` prefers. */
function keepBest<T>(map: Map<Id, T>, id: Id, entry: T, isBetter: (a: T, b: T) => boolean) {
  const before = map.get(id);
  if (!before || isBetter(entry, before)) map.set(id, entry);
}

/**
 * Who to thank (an ask settled "helped" within THANK_FOR_HELP_WITHIN_DAYS local days), whose
 * answer is overdue (pending for ASK_NO_ANSWER_AFTER_DAYS or more), and whose step in an
 * introduction is outstanding (INTRO_WAITING_AFTER_DAYS or more). One of each per person:
 * the latest help, the oldest ask, the longest wait; equal ones by id.
 */
function asksAndIntrosOf(
  asks: readonly WeekPlanAsk[],
  introductions: readonly WeekPlanIntroduction[],
  today: number,
  dayOf: DayCounter,
): AsksAndIntros {
  const since = (t: EpochMs) => Math.max(0, today - dayOf(t));
  const thanks = new Map<Id, Thank>();
  const unanswered = new Map<Id, Unanswered>();
  for (const ask of asks) {
    if (ask.deletedAt !== undefined) continue;
    if (ask.outcome === 'helped' && ask.settledAt !== undefined) {
      const days = since(ask.settledAt);
      if (days > THANK_FOR_HELP_WITHIN_DAYS) continue;
      keepBest(thanks, ask.contactId, { ask, days }, (a, b) =>
        a.days !== b.days ? a.days < b.days : a.ask.id < b.ask.id,
      );
    } else if (ask.outcome === 'pending') {
      const days = since(ask.at);
      if (days < ASK_NO_ANSWER_AFTER_DAYS) continue;
      keepBest(unanswered, ask.contactId, { ask, days }, (a, b) =>
        a.days !== b.days ? a.days > b.days : a.ask.id < b.ask.id,
      );
    }
  }
  const introWaits = new Map<Id, IntroWait>();
  for (const introduction of introductions) {
    const wait = waitOf(introduction);
    if (!wait || wait.waitingFor === 'outcome' || wait.personId === undefined) continue;
    if (wait.since === undefined) continue;
    const sinceDay = dayOf(wait.since);
    const days = Math.max(0, today - sinceDay);
    if (days < INTRO_WAITING_AFTER_DAYS) continue;
    const entry = { introduction, waitingFor: wait.waitingFor, sinceDay, days };
    keepBest(introWaits, wait.personId, entry, (a, b) =>
      a.days !== b.days ? a.days > b.days : a.introduction.id < b.introduction.id,
    );
  }
  return { thanks, unanswered, introWaits };
}

/**
 * Scores every reason a person has and offers them to the group of their best one.
 * Dormant revival is the reason of last resort: a dormant person with any other reason is
 * listed for that one, so the one-a-week cap on dormant ties never hides them.
 */
function rankPerson(
  contact: WeekPlanContact,
  ctx: PlanContext,
  groups: Readonly<Record<WeekReasonKind, RankedGroup>>,
  scoring: Scoring,
): void {
  resetScoring(scoring);
  const cadenceDays = effectiveCadenceDays(contact, ctx.settings);
  const days = daysSinceTouchOn(contact, ctx.today, ctx.dayOf);
  const status = statusOn(contact, days, cadenceDays, ctx.today, ctx.dayOf);
  if (ctx.findBirthday(contact.birthday)) consider(scoring, 'birthday-this-week', BIRTHDAY_SCORE);
  const owed = owedUnits(contact, ctx.now);
  if (owed > 0) consider(scoring, 'you-owe', youOweScore(owed));
  const followUp = followUpOf(contact, status, cadenceDays, days, ctx);
  if (followUp) consider(scoring, 'new-follow-up', followUp.score);
  if (status === 'overdue' && cadenceDays !== null) {
    consider(scoring, 'overdue', overdueScore(days / cadenceDays, contact.tier));
  }
  const { thanks, unanswered, introWaits } = ctx.asksAndIntros;
  const thank = thanks.get(contact.id);
  if (thank) consider(scoring, 'thank-for-help', thankForHelpScore(thank.days));
  const ask = unanswered.get(contact.id);
  if (ask) consider(scoring, 'ask-no-answer', askNoAnswerScore(ask.days));
  const intro = introWaits.get(contact.id);
  if (intro) consider(scoring, 'intro-waiting', introWaitingScore(intro.days));
  const matches = ctx.matchExpertise(contact.expertise);
  if (matches.length > 0) {
    const strength = strengthAt(contact.strength, ctx.now);
    consider(scoring, 'goal-expertise', goalExpertiseScore(strength, matches.length));
  }
  if (status === 'dormant') {
    if (scoring.kind !== undefined) scoring.mask |= KIND_BIT['dormant-revival'];
    else {
      const dormant = groups['dormant-revival'];
      // Hashing for the weekly rotation is skipped when even the best rotation falls short.
      if (!couldEnter(dormant, dormantRevivalScore(contact.tier, contact.touchCount, 1))) return;
      const rotation = weeklyRotation(contact.id, ctx.week.firstDay);
      consider(
        scoring,
        'dormant-revival',
        dormantRevivalScore(contact.tier, contact.touchCount, rotation),
      );
    }
  }
  if (scoring.kind === undefined) return;
  const kind = scoring.kind;
  offer(groups[kind], contact, scoring.score, scoring.mask & ~KIND_BIT[kind]);
}

function alsoText(mask: number): string | undefined {
  const kinds = WEEK_REASON_KINDS.filter((kind) => (mask & KIND_BIT[kind]) !== 0);
  return kinds.length > 0 ? kinds.join(',') : undefined;
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The reason's details, recomputed for the few people who made the list. */
function reasonOf(candidate: Candidate, ctx: PlanContext): WeekReason {
  const { contact } = candidate;
  const also = alsoText(candidate.also);
  const health = tieHealthOn(contact, ctx.today, ctx.settings, ctx.dayOf);
  switch (candidate.kind) {
    case 'birthday-this-week': {
      const birthday = ctx.findBirthday(contact.birthday);
      return {
        kind: candidate.kind,
        date: birthday?.date ?? '',
        turnsAge: birthday?.turnsAge,
        also,
      };
    }
    case 'you-owe':
      return {
        kind: candidate.kind,
        received: oneDecimal(readDecayed(contact.received, ctx.now, RECIPROCITY_HALF_LIFE_MS)),
        gave: oneDecimal(readDecayed(contact.gave, ctx.now, RECIPROCITY_HALF_LIFE_MS)),
        also,
      };
    case 'new-follow-up': {
      const status = statusOn(
        contact,
        health.daysSinceTouch,
        health.cadenceDays,
        ctx.today,
        ctx.dayOf,
      );
      const followUp = followUpOf(contact, status, health.cadenceDays, health.daysSinceTouch, ctx);
      return {
        kind: candidate.kind,
        metDaysAgo: followUp?.days ?? health.daysSinceTouch,
        lastTouchKind: contact.lastTouchKind,
        since: followUp?.since === 'met' ? undefined : followUp?.since,
        also,
      };
    }
    case 'overdue':
      return {
        kind: candidate.kind,
        overdueByDays: health.overdueByDays ?? 0,
        daysSinceTouch: health.daysSinceTouch,
        cadenceDays: health.cadenceDays ?? 0,
        tier: contact.tier,
        lastTouchKind: contact.lastTouchKind,
        also,
      };
    case 'goal-expertise': {
      const [match] = ctx.matchExpertise(contact.expertise);
      return {
        kind: candidate.kind,
        expertise: match?.label ?? '',
        goalId: match?.goalIds[0] ?? '',
        also,
      };
    }
    case 'dormant-revival':
      return {
        kind: candidate.kind,
        daysSinceTouch: health.daysSinceTouch,
        tier: contact.tier,
        touchCount: contact.touchCount,
        lastTouchKind: contact.lastTouchKind,
        also,
      };
    default:
      return askOrIntroReasonOf(candidate, ctx, also);
  }
}

/** The details of the reasons that come from asks and introductions. */
function askOrIntroReasonOf(
  candidate: Candidate,
  ctx: PlanContext,
  also: string | undefined,
): WeekReason {
  const id = candidate.contact.id;
  const { thanks, unanswered, introWaits } = ctx.asksAndIntros;
  if (candidate.kind === 'thank-for-help') {
    const thank = thanks.get(id);
    return {
      kind: 'thank-for-help',
      askId: thank?.ask.id ?? '',
      goalId: thank?.ask.goalId,
      helpedDaysAgo: thank?.days ?? 0,
      also,
    };
  }
  if (candidate.kind === 'ask-no-answer') {
    const ask = unanswered.get(id);
    return {
      kind: 'ask-no-answer',
      askId: ask?.ask.id ?? '',
      goalId: ask?.ask.goalId,
      askedDaysAgo: ask?.days ?? 0,
      also,
    };
  }
  const wait = introWaits.get(id);
  const introduction = wait?.introduction;
  const otherId =
    introduction === undefined
      ? ''
      : introduction.firstId === id
        ? introduction.secondId
        : introduction.firstId;
  return {
    kind: 'intro-waiting',
    introductionId: introduction?.id ?? '',
    direction: introduction?.direction ?? 'for-me',
    waitingFor: wait?.waitingFor ?? 'first-yes',
    otherId,
    since: dayKeyOf(wait?.sinceDay ?? ctx.today),
    goalId: introduction?.goalId,
    also,
  };
}

/**
 * dayNumberOfKey with a cache for one plan: a big LinkedIn import holds thousands of people
 * and only a few hundred distinct connection days.
 */
function memoisedDayNumbers(): (key: string) => number | undefined {
  const days = new Map<string, number | undefined>();
  return (key) => {
    if (days.has(key)) return days.get(key);
    const day = dayNumberOfKey(key);
    days.set(key, day);
    return day;
  };
}

/** Takes turns across reasons (best reason first) until `size` people are chosen. */
function interleave(groups: readonly RankedGroup[], size: number): Candidate[] {
  const ordered = groups
    .filter((group) => group.entries.length > 0)
    .sort((a, b) => (b.entries[0]?.score ?? 0) - (a.entries[0]?.score ?? 0));
  const chosen: Candidate[] = [];
  for (let round = 0; chosen.length < size; round += 1) {
    const before = chosen.length;
    for (const group of ordered) {
      const candidate = group.entries[round];
      if (candidate && chosen.length < size) chosen.push(candidate);
    }
    if (chosen.length === before) break;
  }
  return chosen;
}

/** This week's reach-out list, best first, all items open. */
export function makeWeekPlan(input: WeekPlanInput): WeekItem[] {
  const size = clampListSize(input.settings.listSize);
  const dayOf = localDayCounter(input.timeZone);
  const week = weekOf(input.now, input.timeZone, input.settings.weekStartDay);
  const ctx: PlanContext = {
    now: input.now,
    today: dayOf(input.now),
    dayOf,
    settings: input.settings,
    week,
    findBirthday: birthdayFinderForWeek(week.firstDay),
    matchExpertise: expertiseMatcher(neededExpertiseOf(input.goals)),
    connectedDayOf: memoisedDayNumbers(),
    asksAndIntros: asksAndIntrosOf(
      input.asks ?? [],
      input.introductions ?? [],
      dayOf(input.now),
      dayOf,
    ),
  };
  const group = (kind: WeekReasonKind): RankedGroup => ({
    kind,
    capacity: kind === 'dormant-revival' ? DORMANT_REVIVALS_PER_WEEK : size,
    entries: [],
  });
  const groups: Record<WeekReasonKind, RankedGroup> = {
    'birthday-this-week': group('birthday-this-week'),
    'you-owe': group('you-owe'),
    'new-follow-up': group('new-follow-up'),
    overdue: group('overdue'),
    'goal-expertise': group('goal-expertise'),
    'dormant-revival': group('dormant-revival'),
    'thank-for-help': group('thank-for-help'),
    'ask-no-answer': group('ask-no-answer'),
    'intro-waiting': group('intro-waiting'),
  };
  const scoring: Scoring = { mask: 0, kind: undefined, score: 0 };
  for (const contact of input.contacts) {
    if (isEligible(contact, input.snoozedUntil, ctx)) rankPerson(contact, ctx, groups, scoring);
  }
  return interleave(
    WEEK_REASON_KINDS.map((kind) => groups[kind]),
    size,
  ).map((candidate) => ({
    contactId: candidate.contact.id,
    reason: reasonOf(candidate, ctx),
    state: 'open',
  }));
}
