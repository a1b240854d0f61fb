// The people of the demo network before they become Contacts: who they are, which Dunbar
// layer they sit in, and the rhythm their touches follow (how often, since when, until when).

import { DEFAULT_SETTINGS, type Affiliation, type EpochMs, type Id, type Tier } from '../types';
import {
  EXTERNAL_HOW_WE_MET,
  EXTERNAL_ORGANISATIONS,
  EXTERNAL_ROLES,
  EXTERNAL_TAGS,
  EXTRA_EXPERTISE,
  INTERNAL_HOW_WE_MET,
  INTERNAL_ROLES,
  NEW_CONTACT_HOW_WE_MET,
  ORGANISATION_ENDINGS,
  ORGANISATION_STEMS,
  OWN_ORGANISATION,
  type Organisation,
  type Role,
} from './catalog';
import { INTERNATIONAL, SWEDISH, type Culture } from './names';
import type { Random } from './random';
import { sample, shuffle } from './sampling';
import { DAY_MS } from './time';

/** The window of time the generated network covers. */
export type Period = { start: EpochMs; now: EpochMs };

/** How a tie behaves: its rhythm and its give-and-take. */
export type TieProfile = {
  touchesPerYear: number;
  /** Per touch: chance that the user gave, received, or asked for help. */
  giveRate: number;
  receiveRate: number;
  askRate: number;
  /** Share of touches the user started, and share where nobody recorded who did. */
  meShare: number;
  unknownShare: number;
};

export type PersonDraft = {
  index: number;
  id: Id;
  givenName: string;
  familyName: string;
  culture: Culture;
  /** null for independents (freelancers, retirees). */
  organisation: Organisation | null;
  role: string;
  affiliation: Affiliation;
  tier: Tier;
  location: string;
  expertise: string[];
  tags: string[];
  createdAt: EpochMs;
  /** Touches with this person fall inside [touchFrom, touchUntil]. */
  touchFrom: EpochMs;
  touchUntil: EpochMs;
  /** Added in the last 30 days, with at most one touch. */
  isNew: boolean;
  isKnownFromStart: boolean;
  profile: TieProfile;
  howWeMet: string;
  metViaId?: Id | undefined;
};

/**
 * Touches a year by tier: a little more often than the tier's default cadence
 * (inner 14 days, close 30, active 90, wide 180), so a steady tie stays "ok".
 */
export const TOUCHES_PER_YEAR: Record<Tier, number> = {
  inner: 30,
  close: 14,
  active: 5,
  wide: 2,
  acquaintance: 0.5,
};

const INTERNAL_SHARE: Record<Tier, number> = {
  inner: 0.4,
  close: 0.35,
  active: 0.3,
  wide: 0.2,
  acquaintance: 0.15,
};
/** Share of a tier already known when the user started (the rest were met along the way). */
const KNOWN_FROM_START: Record<Tier, number> = {
  inner: 1,
  close: 1,
  active: 0.75,
  wide: 0.55,
  acquaintance: 0.45,
};
/** Share of a tier whose touches stop before now: the ties going stale or dormant. */
const DRIFTING: Record<Tier, number> = {
  inner: 0,
  close: 0.15,
  active: 0.15,
  wide: 0.15,
  acquaintance: 0.1,
};
const NEW_SHARE = 0.08; // of wide and acquaintance ties
const NEW_WINDOW_DAYS = 29;
const INDEPENDENT_SHARE = 0.05;
const UNIQUE_TITLES = new Set(['CEO', 'CFO', 'Head of People', 'Head of Product']);

/**
 * Dunbar's layers: about 5 inner, 15 close and 50 active ties (fewer in a small network);
 * everyone else is wide (60 %) or an acquaintance.
 */
export function tierCounts(peopleCount: number): Record<Tier, number> {
  const scale = Math.min(1, peopleCount / 150);
  const inner = Math.round(5 * scale);
  const close = Math.round(15 * scale);
  const active = Math.round(50 * scale);
  const rest = peopleCount - inner - close - active;
  const wide = Math.round(rest * 0.6);
  return { inner, close, active, wide, acquaintance: rest - wide };
}

function assignTiers(random: Random, peopleCount: number): Tier[] {
  const tiers: Tier[] = [];
  for (const [tier, count] of Object.entries(tierCounts(peopleCount)) as [Tier, number][]) {
    for (let i = 0; i < count; i++) tiers.push(tier);
  }
  return shuffle(random, tiers);
}

/** All organisations a network of this size spreads its external people over. */
function organisationsFor(externalCount: number): Organisation[] {
  const generated = ORGANISATION_STEMS.flatMap((stem) =>
    ORGANISATION_ENDINGS.map((ending) => {
      const name = `${stem}${ending}`;
      const slug = name
        .toLowerCase()
        .replace(/ ab$/, '')
        .replace(/[^a-z]+/g, '-');
      return { name, domain: `${slug}.example` };
    }),
  );
  const all = [...EXTERNAL_ORGANISATIONS, ...generated];
  const count = Math.min(all.length, Math.max(EXTERNAL_ORGANISATIONS.length, externalCount / 5));
  return all.slice(0, Math.round(count));
}

/** Zipf-like weights: a few organisations (big customers) hold many people, most hold a few. */
function organisationWeights(organisations: Organisation[]): [Organisation, number][] {
  return organisations.map((organisation, rank) => [organisation, (rank + 1) ** -0.45]);
}

/** Two relatives: they share a family name and get a 'family' relation. */
export type FamilyPair = readonly [PersonDraft, PersonDraft];

export function createPeople(
  random: Random,
  ids: Random,
  peopleCount: number,
  period: Period,
): { people: PersonDraft[]; familyPairs: FamilyPair[] } {
  const tiers = assignTiers(random, peopleCount);
  const organisations = organisationWeights(organisationsFor(peopleCount * 0.75));
  const pickRole = rolePicker(random);

  const people = tiers.map((tier, index): PersonDraft => {
    const affiliation: Affiliation = random.chance(INTERNAL_SHARE[tier]) ? 'internal' : 'external';
    const isInternal = affiliation === 'internal';
    const culture = pickCulture(random, isInternal ? 0.85 : 0.55);
    const organisation = isInternal
      ? OWN_ORGANISATION
      : random.chance(INDEPENDENT_SHARE)
        ? null
        : random.weighted(organisations);
    const [role, team] = pickRole(isInternal);
    const timeline = timelineOf(random, tier, period);
    return {
      index,
      id: ids.uuid(),
      givenName: random.pick(culture.given),
      familyName: random.pick(culture.family),
      culture,
      organisation,
      role: role.title,
      affiliation,
      tier,
      location:
        isInternal && culture === SWEDISH && random.chance(0.7)
          ? 'Stockholm'
          : random.pick(culture.locations),
      expertise: expertiseOf(random, role.expertise),
      tags: team !== null ? [team] : sample(random, EXTERNAL_TAGS, random.int(0, 2)),
      ...timeline,
      profile: profileOf(random, tier),
      howWeMet: timeline.isNew
        ? random.pick(NEW_CONTACT_HOW_WE_MET)
        : random.chance(0.15)
          ? ''
          : random.pick(isInternal ? INTERNAL_HOW_WE_MET : EXTERNAL_HOW_WE_MET),
    };
  });

  linkMetVia(random, people);
  return { people, familyPairs: makeFamilies(random, people) };
}

/**
 * Roles with their team (null outside the user's organisation). The user's organisation
 * has one CEO, one CFO and so on; the other internal roles repeat.
 */
function rolePicker(random: Random): (isInternal: boolean) => readonly [Role, string | null] {
  const uniqueRolesLeft = INTERNAL_ROLES.filter(([role]) => UNIQUE_TITLES.has(role.title));
  const sharedRoles = INTERNAL_ROLES.filter(([role]) => !UNIQUE_TITLES.has(role.title));
  return (isInternal) => {
    if (!isInternal) return [random.pick(EXTERNAL_ROLES), null];
    const unique = random.chance(0.3) ? uniqueRolesLeft.shift() : undefined;
    return unique ?? random.pick(sharedRoles);
  };
}

function pickCulture(random: Random, swedishShare: number): Culture {
  return random.chance(swedishShare) ? SWEDISH : random.weighted(INTERNATIONAL);
}

function expertiseOf(random: Random, fromRole: readonly string[]): string[] {
  const expertise = sample(random, fromRole, random.int(1, Math.min(2, fromRole.length)));
  if (random.chance(0.25)) {
    const extra = random.pick(EXTRA_EXPERTISE);
    if (!expertise.includes(extra)) expertise.push(extra);
  }
  return expertise;
}

type Timeline = Pick<
  PersonDraft,
  'createdAt' | 'touchFrom' | 'touchUntil' | 'isNew' | 'isKnownFromStart'
>;

/** When a person was added, and the span their touches fall in (ending early if drifting). */
function timelineOf(random: Random, tier: Tier, { start, now }: Period): Timeline {
  const isNew = (tier === 'wide' || tier === 'acquaintance') && random.chance(NEW_SHARE);
  if (isNew) {
    const createdAt = Math.round(now - random.between(1, NEW_WINDOW_DAYS) * DAY_MS);
    return { createdAt, touchFrom: createdAt, touchUntil: now, isNew, isKnownFromStart: false };
  }
  const isKnownFromStart = random.chance(KNOWN_FROM_START[tier]);
  const latestMeeting = now - (NEW_WINDOW_DAYS + 2) * DAY_MS;
  const createdAt = Math.round(
    Math.min(
      now,
      isKnownFromStart || latestMeeting <= start + 10 * DAY_MS
        ? start + random.between(0, 10) * DAY_MS
        : random.between(start + 10 * DAY_MS, latestMeeting),
    ),
  );
  let touchUntil = now;
  if (random.chance(DRIFTING[tier])) {
    const cadenceDays = DEFAULT_SETTINGS.tierCadenceDays[tier] ?? 365;
    const isDormant = random.chance(0.4);
    const gapDays =
      cadenceDays * (isDormant ? random.between(2.1, 3.5) : random.between(1.05, 1.9));
    // Only a tie with some history before the gap can drift away.
    const lastPossible = Math.round(now - gapDays * DAY_MS);
    if (lastPossible - createdAt >= 14 * DAY_MS) touchUntil = lastPossible;
  }
  return { createdAt, touchFrom: createdAt, touchUntil, isNew, isKnownFromStart };
}

/**
 * Rhythm and give-and-take. A few ties are lopsided on purpose, so the reciprocity flags have
 * something to show: people the user owes, people the user keeps giving to, and ties where
 * the user always reaches out first.
 */
function profileOf(random: Random, tier: Tier): TieProfile {
  const profile: TieProfile = {
    touchesPerYear: TOUCHES_PER_YEAR[tier] * random.between(0.7, 1.3),
    giveRate: random.between(0.08, 0.18),
    receiveRate: random.between(0.06, 0.15),
    askRate: random.between(0.02, 0.08),
    meShare: random.between(0.35, 0.6),
    unknownShare: 0.1,
  };
  if (tier === 'inner' || tier === 'acquaintance') return profile;
  const lopsided = random.next();
  if (lopsided < 0.05) return { ...profile, receiveRate: 0.45, giveRate: 0.03 };
  if (lopsided < 0.09) return { ...profile, giveRate: 0.45, receiveRate: 0.02 };
  if (lopsided < 0.14) return { ...profile, meShare: 0.92, unknownShare: 0.02 };
  return profile;
}

/** Some people met along the way were introduced by someone the user already knew. */
function linkMetVia(random: Random, people: PersonDraft[]): void {
  const knownFromStart = people.filter((person) => person.isKnownFromStart);
  if (knownFromStart.length === 0) return;
  for (const person of people) {
    if (person.isKnownFromStart || person.affiliation === 'internal') continue;
    if (!random.chance(0.3)) continue;
    const via = random.pick(knownFromStart);
    person.metViaId = via.id;
    person.howWeMet = `Introduced by ${via.givenName} ${via.familyName}`;
  }
}

/** A few pairs of relatives: the second takes the first's family name. */
function makeFamilies(random: Random, people: PersonDraft[]): FamilyPair[] {
  const swedes = people.filter((person) => person.culture === SWEDISH);
  const pairCount = people.length < 10 ? 0 : Math.max(1, Math.round(people.length / 75));
  const pairs: FamilyPair[] = [];
  for (let i = 0; i < pairCount; i++) {
    const [first, second] = sample(random, swedes, 2);
    if (!first || !second) break;
    second.familyName = first.familyName;
    pairs.push([first, second]);
  }
  return pairs;
}

/** People by organisation name (independents are left out). */
export function colleaguesByOrganisation(
  people: readonly PersonDraft[],
): Map<string, PersonDraft[]> {
  const byOrganisation = new Map<string, PersonDraft[]>();
  for (const person of people) {
    if (!person.organisation) continue;
    const list = byOrganisation.get(person.organisation.name);
    if (list) list.push(person);
    else byOrganisation.set(person.organisation.name, [person]);
  }
  return byOrganisation;
}
