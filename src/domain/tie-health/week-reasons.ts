// Why a person is on this week's reach-out list, as data (the UI words it), and how much
// each reason weighs. Scores are points on one scale, so a person's best reason can be
// picked and reasons compared; the list then takes turns across reasons (week-plan.ts).
//
//   birthday-this-week  85                 time-bound: next week is too late
//   you-owe             65 + 5·min(received, 5)                  → 75–90
//   new-follow-up       65 + min(days since met or connected, 14) → 65–79
//                       (a follow-up grows more pressing as the meeting fades);
//                       someone new from an address book: 64 + weekly rotation → 64–65
//                       (no meeting to fade, so below any met or connected person; a
//                       different few of a big import each week)
//   overdue             50 + 30·(r − 1) + tier bonus, r in [1, 2) → 50–90
//   goal-expertise      45 + 25·strength + 5·(further matching expertise, up to 2)
//                       (a warmer tie is likelier to help)                 → 45–80
//   dormant-revival     40 + tier bonus + ½·min(touches, 10) + 5·weekly rotation
//                       (history makes a dormant tie worth reviving, Levin et al. 2011;
//                       the rotation, a hash of person and week in [0, 1), offers a
//                       different old tie each week instead of the same one forever) → 40–60
//   thank-for-help      100 − days since they helped (an ask settled "helped", days 0–7)
//                       (a thank-you is owed now, and matters less the later it comes) → 93–100
//   ask-no-answer       91 + min(days since asked − 7, 7), pending 7 days or more  → 91–98
//   intro-waiting       91 + min(days waiting − 3, 7), waiting 3 days or more      → 91–98
//                       (a yes still outstanding after a few days needs a nudge)
//                       These three are matters the user started and that wait on a
//                       person: they outrank every reason read from the tie (at most 90), so
//                       such a person is listed for it, in its own turn of the list, instead
//                       of competing among, say, hundreds of overdue ties.
// Tier bonus: inner 10, close 7.5, active 5, wide 2.5, acquaintance 0 points.

import type { Id, IntroductionDirection, TouchKind, Tier } from '../types';

export const WEEK_REASON_KINDS = [
  'birthday-this-week',
  'you-owe',
  'new-follow-up',
  'overdue',
  'goal-expertise',
  'dormant-revival',
  'thank-for-help',
  'ask-no-answer',
  'intro-waiting',
] as const;
export type WeekReasonKind = (typeof WEEK_REASON_KINDS)[number];

/** Other reasons the person also had, comma-separated kinds in WEEK_REASON_KINDS order. */
type Also = { also?: string | undefined };

export type BirthdayReason = Also & {
  kind: 'birthday-this-week';
  /** The day it is celebrated, 'YYYY-MM-DD'. */
  date: string;
  turnsAge?: number | undefined;
};
export type YouOweReason = Also & {
  kind: 'you-owe';
  /** Decayed value units received and given, rounded to one decimal. */
  received: number;
  gave: number;
};
/**
 * What makes a contact new: 'connected', a dated connection (LinkedIn's "Connected On");
 * 'added', an address-book import added them; absent, the user met them (added by hand).
 */
export type NewFollowUpSince = 'met' | 'connected' | 'added';

export type NewFollowUpReason = Also & {
  kind: 'new-follow-up';
  /**
   * Days since the connection was made for 'connected'; otherwise since the first touch, or
   * since they were added when there is none.
   */
  metDaysAgo: number;
  lastTouchKind?: TouchKind | undefined;
  /** Stored only for 'connected' and 'added'; plans made before it read as met. */
  since?: Exclude<NewFollowUpSince, 'met'> | undefined;
};
export type OverdueReason = Also & {
  kind: 'overdue';
  overdueByDays: number;
  daysSinceTouch: number;
  cadenceDays: number;
  tier: Tier;
  /** Undefined when the person has no touch yet (days count from when they were added). */
  lastTouchKind?: TouchKind | undefined;
};
export type GoalExpertiseReason = Also & {
  kind: 'goal-expertise';
  /** The needed expertise as written in the goal. */
  expertise: string;
  goalId: Id;
};
export type DormantRevivalReason = Also & {
  kind: 'dormant-revival';
  daysSinceTouch: number;
  tier: Tier;
  touchCount: number;
  lastTouchKind?: TouchKind | undefined;
};

export type ThankForHelpReason = Also & {
  kind: 'thank-for-help';
  askId: Id;
  /** The goal the help was for, when the ask named one. */
  goalId?: Id | undefined;
  /** Local days from the day they helped (the ask was settled) to the day of the plan. */
  helpedDaysAgo: number;
};
export type AskNoAnswerReason = Also & {
  kind: 'ask-no-answer';
  askId: Id;
  goalId?: Id | undefined;
  /** Local days from the day of the ask to the day of the plan. */
  askedDaysAgo: number;
};
export type IntroWaitingReason = Also & {
  kind: 'intro-waiting';
  introductionId: Id;
  direction: IntroductionDirection;
  /** Whose step it is: this item's person's yes, or (for one asked for) making it. */
  waitingFor: 'first-yes' | 'second-yes' | 'making';
  /** The other person of the introduction: whom it is to, or through whom for 'for-me'. */
  otherId: Id;
  /** The day the wait began, 'YYYY-MM-DD'. */
  since: string;
  goalId?: Id | undefined;
};

export type WeekReason =
  | BirthdayReason
  | ThankForHelpReason
  | AskNoAnswerReason
  | IntroWaitingReason
  | YouOweReason
  | NewFollowUpReason
  | OverdueReason
  | GoalExpertiseReason
  | DormantRevivalReason;

/** Points for reaching out to a closer tier first. */
export const TIER_BONUS: Readonly<Record<Tier, number>> = {
  inner: 10,
  close: 7.5,
  active: 5,
  wide: 2.5,
  acquaintance: 0,
};

export const BIRTHDAY_SCORE = 85;

export function youOweScore(receivedUnits: number): number {
  return 65 + 5 * Math.min(receivedUnits, 5);
}

export function newFollowUpScore(metDaysAgo: number): number {
  return 65 + Math.min(Math.max(metDaysAgo, 0), 14);
}

/** `rotation` in [0, 1) from weeklyRotation. */
export function addedFollowUpScore(rotation: number): number {
  return 64 + rotation;
}

/** r: days since touch ÷ cadence, in [1, 2) for an overdue tie. */
export function overdueScore(ratio: number, tier: Tier): number {
  return 50 + 30 * Math.min(Math.max(ratio - 1, 0), 1) + TIER_BONUS[tier];
}

export function goalExpertiseScore(strength: number, matchCount: number): number {
  return 45 + 25 * strength + 5 * Math.min(Math.max(matchCount - 1, 0), 2);
}

/** `rotation` in [0, 1) from weeklyRotation. */
export function dormantRevivalScore(tier: Tier, touchCount: number, rotation: number): number {
  return 40 + TIER_BONUS[tier] + 0.5 * Math.min(touchCount, 10) + 5 * rotation;
}

/** Days after which an ask still pending is worth a follow-up. */
export const ASK_NO_ANSWER_AFTER_DAYS = 7;
/** Days after the help (the ask settled "helped") during which a thank-you is suggested. */
export const THANK_FOR_HELP_WITHIN_DAYS = 7;
/** Days of waiting for someone's step in an introduction before a nudge is suggested. */
export const INTRO_WAITING_AFTER_DAYS = 3;

/** `helpedDaysAgo` in [0, THANK_FOR_HELP_WITHIN_DAYS]. */
export function thankForHelpScore(helpedDaysAgo: number): number {
  return 100 - Math.min(Math.max(helpedDaysAgo, 0), THANK_FOR_HELP_WITHIN_DAYS);
}

/** `askedDaysAgo` ≥ ASK_NO_ANSWER_AFTER_DAYS. */
export function askNoAnswerScore(askedDaysAgo: number): number {
  return 91 + Math.min(Math.max(askedDaysAgo - ASK_NO_ANSWER_AFTER_DAYS, 0), 7);
}

/** `waitingDays` ≥ INTRO_WAITING_AFTER_DAYS. */
export function introWaitingScore(waitingDays: number): number {
  return 91 + Math.min(Math.max(waitingDays - INTRO_WAITING_AFTER_DAYS, 0), 7);
}

/** A stable pseudo-random number in [0, 1) for a person in a week (FNV-1a, then mixed). */
export function weeklyRotation(contactId: Id, weekFirstDay: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < contactId.length; index += 1) {
    hash = Math.imul(hash ^ contactId.charCodeAt(index), 0x01000193);
  }
  hash = Math.imul(hash ^ weekFirstDay, 0x9e3779b1);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return (hash >>> 0) / 0x1_0000_0000;
}

/** The kinds listed in a reason's `also`, for the UI ("also: birthday this week"). */
export function secondaryReasonsOf(reason: {
  also?: string | number | undefined;
}): WeekReasonKind[] {
  if (typeof reason.also !== 'string' || reason.also === '') return [];
  return reason.also
    .split(',')
    .filter((kind): kind is WeekReasonKind =>
      (WEEK_REASON_KINDS as readonly string[]).includes(kind),
    );
}
