// The touches (interactions) of the demo network. Each person gets a number of touches in
// proportion to their tier's rhythm and the span they were in touch, spread evenly with
// jitter over that span, so an inner tie is seen every week or two and a wide one twice a
// year; drifting ties simply stop early. Some touches bring in colleagues or group members.

import type {
  EpochMs,
  Initiator,
  Touch,
  TouchKind,
  Participation,
  Tier,
  ValueKind,
} from '../types';
import { INTERACTION_NOTES } from './catalog';
import type { GroupDraft } from './groups';
import { colleaguesByOrganisation, type PersonDraft } from './people';
import type { Random } from './random';
import { DAY_MS, HOUR_MS, YEAR_MS } from './time';

type KindWeights = readonly (readonly [TouchKind, number])[];

const INTERNAL_KINDS: KindWeights = [
  ['meeting', 30],
  ['message', 20],
  ['video', 15],
  ['coffee', 15],
  ['call', 8],
  ['email', 8],
  ['meal', 3],
  ['event', 1],
];

const EXTERNAL_KINDS: Record<Tier, KindWeights> = {
  inner: [
    ['coffee', 20],
    ['meal', 20],
    ['call', 20],
    ['message', 20],
    ['video', 10],
    ['event', 5],
    ['email', 5],
  ],
  close: [
    ['coffee', 22],
    ['meal', 12],
    ['call', 15],
    ['video', 15],
    ['message', 15],
    ['email', 12],
    ['event', 9],
  ],
  active: [
    ['coffee', 18],
    ['meal', 6],
    ['call', 12],
    ['video', 16],
    ['message', 14],
    ['email', 20],
    ['event', 14],
  ],
  wide: [
    ['coffee', 10],
    ['meal', 2],
    ['call', 8],
    ['video', 10],
    ['message', 18],
    ['email', 30],
    ['event', 20],
    ['other', 2],
  ],
  acquaintance: [
    ['coffee', 8],
    ['call', 5],
    ['video', 7],
    ['message', 20],
    ['email', 35],
    ['event', 25],
  ],
};

const VALUE_WEIGHTS: readonly (readonly [ValueKind, number])[] = [
  ['advice', 35],
  ['help', 25],
  ['article', 20],
  ['intro', 12],
  ['favour', 8],
];

/** Kinds that happen on working days. */
const WORKDAY_KINDS = new Set<TouchKind>(['meeting', 'video', 'call', 'email']);
/** Hours of day (UTC; Sweden is UTC+1/+2) in which each kind starts. */
const HOURS: Partial<Record<TouchKind, readonly [number, number]>> = {
  meal: [10.5, 12],
  coffee: [6.5, 15],
  message: [6, 20],
  event: [7, 17],
};
const DEFAULT_HOURS: readonly [number, number] = [6.5, 16];
const GROUP_TOUCH_SHARE = 0.25;
const NOTE_SHARE = 0.3;

/**
 * How many touches each person gets, summing to exactly `touchCount`. A new person
 * gets at most one; everyone else a share proportional to rhythm × span, rounded by
 * systematic sampling (cumulative positions with one random offset) so the total is exact.
 */
export function allocateTouchCounts(
  random: Random,
  people: readonly PersonDraft[],
  touchCount: number,
): number[] {
  const counts = people.map(() => 0);
  let remaining = touchCount;
  for (const person of people) {
    if (person.isNew && remaining > 0 && random.chance(0.7)) {
      counts[person.index] = 1;
      remaining--;
    }
  }
  let weights = people.map((person) =>
    person.isNew
      ? 0
      : (person.profile.touchesPerYear * (person.touchUntil - person.touchFrom)) / YEAR_MS,
  );
  let total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) {
    // Degenerate tiny networks: spread what is left over everyone.
    weights = people.map(() => 1);
    total = people.length;
  }
  const offset = random.next();
  let cumulative = 0;
  let previous = 0;
  weights.forEach((weight, index) => {
    cumulative += weight;
    const position =
      index === weights.length - 1
        ? remaining
        : Math.min(remaining, Math.floor((remaining * cumulative) / total + offset));
    counts[index] = (counts[index] ?? 0) + position - previous;
    previous = position;
  });
  return counts;
}

type TouchContext = {
  random: Random;
  ids: Random;
  now: EpochMs;
  /** People by organisation name, for colleagues who join a touch. */
  colleagues: Map<string, PersonDraft[]>;
  /** The groups each person belongs to. */
  groupsOf: Map<PersonDraft, GroupDraft[]>;
};

/** Every touch of the network, oldest first, with one participation per participant. */
export function createTouches(
  random: Random,
  ids: Random,
  people: readonly PersonDraft[],
  groups: readonly GroupDraft[],
  counts: readonly number[],
  now: EpochMs,
): { interactions: Touch[]; participations: Participation[] } {
  const context: TouchContext = {
    random,
    ids,
    now,
    colleagues: colleaguesByOrganisation(people),
    groupsOf: groupsByMember(groups),
  };
  const interactions: Touch[] = [];
  for (const person of people) {
    const count = counts[person.index] ?? 0;
    const slot = (person.touchUntil - person.touchFrom) / Math.max(1, count);
    for (let k = 0; k < count; k++) {
      const rawAt = person.touchFrom + (k + random.between(0.1, 0.9)) * slot;
      interactions.push(createTouch(context, person, rawAt));
    }
  }
  // Stable sort: touches at the same moment keep their (deterministic) generation order.
  interactions.sort((a, b) => a.at - b.at);
  return { interactions, participations: participationsOf(interactions) };
}

function createTouch(context: TouchContext, person: PersonDraft, rawAt: EpochMs): Touch {
  const { random } = context;
  const groups = context.groupsOf.get(person);
  const group = groups && random.chance(GROUP_TOUCH_SHARE) ? random.pick(groups) : undefined;
  const kind: TouchKind = group
    ? group.group.kind === 'board' || group.group.kind === 'team'
      ? 'meeting'
      : 'event'
    : random.weighted(
        person.affiliation === 'internal' ? INTERNAL_KINDS : EXTERNAL_KINDS[person.tier],
      );
  const at = Math.min(
    person.touchUntil,
    Math.max(person.touchFrom, placeInDay(random, rawAt, kind)),
  );
  const others = group
    ? joiners(random, group.members, person, at, random.int(2, 5))
    : kind === 'meeting' && person.affiliation === 'internal' && random.chance(0.45)
      ? joiners(random, colleaguesOf(context, person), person, at, random.int(1, 3))
      : random.chance(0.08)
        ? joiners(random, colleaguesOf(context, person), person, at, 1)
        : [];
  const { profile } = person;
  const loggedAt = Math.round(Math.min(context.now, at + random.between(0.1, 4) * HOUR_MS));
  return {
    id: context.ids.uuid(),
    createdAt: loggedAt,
    updatedAt: loggedAt,
    source: 'demo',
    at,
    kind,
    participantIds: [person.id, ...others.map((other) => other.id)],
    note: random.chance(NOTE_SHARE) ? random.pick(INTERACTION_NOTES) : '',
    initiator: group ? 'unknown' : initiatorOf(random, profile.meShare, profile.unknownShare),
    gave: valueFlow(random, profile.giveRate),
    received: valueFlow(random, profile.receiveRate),
    askedForHelp: random.chance(profile.askRate),
  };
}

/** Moves a moment to a plausible hour, and work touches off the weekend. */
function placeInDay(random: Random, rawAt: EpochMs, kind: TouchKind): EpochMs {
  let day = Math.floor(rawAt / DAY_MS);
  if (WORKDAY_KINDS.has(kind)) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (weekday === 6) day -= 1;
    if (weekday === 0) day += 1;
  }
  const [from, to] = HOURS[kind] ?? DEFAULT_HOURS;
  const quarterHours = Math.floor(random.between(from, to) * 4);
  return day * DAY_MS + quarterHours * 15 * 60 * 1000;
}

function initiatorOf(random: Random, meShare: number, unknownShare: number): Initiator {
  const roll = random.next();
  if (roll < meShare) return 'me';
  if (roll < meShare + unknownShare) return 'unknown';
  return 'them';
}

function valueFlow(random: Random, rate: number): ValueKind[] {
  if (!random.chance(rate)) return [];
  const first = random.weighted(VALUE_WEIGHTS);
  const second = random.chance(0.15) ? random.weighted(VALUE_WEIGHTS) : first;
  return second === first ? [first] : [first, second];
}

function colleaguesOf(context: TouchContext, person: PersonDraft): readonly PersonDraft[] {
  return person.organisation ? (context.colleagues.get(person.organisation.name) ?? []) : [];
}

/**
 * Up to `wanted` other people who could have been there: settled (not new) and in touch at
 * that moment, so a joiner never breaks a drifting tie's silence or a new person's newness.
 */
function joiners(
  random: Random,
  candidates: readonly PersonDraft[],
  person: PersonDraft,
  at: EpochMs,
  wanted: number,
): PersonDraft[] {
  const chosen: PersonDraft[] = [];
  if (candidates.length < 2) return chosen;
  for (let attempt = 0; attempt < wanted * 3 && chosen.length < wanted; attempt++) {
    const candidate = random.pick(candidates);
    const isAvailable =
      candidate !== person &&
      !candidate.isNew &&
      candidate.touchFrom <= at &&
      at <= candidate.touchUntil &&
      !chosen.includes(candidate);
    if (isAvailable) chosen.push(candidate);
  }
  return chosen;
}

function groupsByMember(groups: readonly GroupDraft[]): Map<PersonDraft, GroupDraft[]> {
  const byMember = new Map<PersonDraft, GroupDraft[]>();
  for (const group of groups) {
    for (const member of group.members) {
      const list = byMember.get(member);
      if (list) list.push(group);
      else byMember.set(member, [group]);
    }
  }
  return byMember;
}

/** One row per (touch, participant), id `${interactionId}:${contactId}`. */
export function participationsOf(interactions: readonly Touch[]): Participation[] {
  const participations: Participation[] = [];
  for (const touch of interactions) {
    for (const contactId of touch.participantIds) {
      participations.push({
        id: `${touch.id}:${contactId}`,
        interactionId: touch.id,
        contactId,
        at: touch.at,
        source: 'demo',
      });
    }
  }
  return participations;
}
