// Generates a realistic, reproducible personal network: the first-run demo (about 150
// people, two years of touches) and, with bigger parameters, the benchmark data sets.
// Pure and deterministic: the same seed, parameters and `now` give identical output, ids
// included, because every random choice comes from one seeded generator.

import { searchTextOf, sortNameOf } from '../contact';
import { advisorCheckOn, localDayCounter, type CadenceSettings } from '../tie-health';
import { normalizeText } from '../text';
import {
  DEFAULT_SETTINGS,
  type Birthday,
  type Contact,
  type ContactDerived,
  type EpochMs,
  type Goal,
  type Group,
  type Id,
  type Touch,
  type Participation,
  type Relation,
  type Tier,
} from '../types';
import { CONTACT_NOTES, GAP_EXPERTISE, GOAL_TEMPLATES, NEXT_TIME_NOTES } from './catalog';
import { deriveFields, touchesByContact } from './derive-touches';
import { createGroups } from './groups';
import { createPeople, type Period, type PersonDraft } from './people';
import { createRandom, type Random } from './random';
import { createRelations } from './relations';
import { DAY_MS, YEAR_MS } from './time';
import { allocateTouchCounts, createTouches } from './touches';

export type NetworkParams = {
  seed: number;
  peopleCount: number;
  touchCount: number;
  /** How far back the touches go. */
  years: number;
  now: EpochMs;
  /** The cadences the derived next-due times are computed with; the defaults if left out. */
  settings?: CadenceSettings | undefined;
};

export type Network = {
  contacts: Contact[];
  interactions: Touch[];
  participations: Participation[];
  relations: Relation[];
  groups: Group[];
  goals: Goal[];
};

/** The first-run demo: about 150 people and two years of touches, from a fixed seed. */
export const DEMO_PARAMS = {
  seed: 2024,
  peopleCount: 150,
  touchCount: 1300,
  years: 2,
} as const satisfies Omit<NetworkParams, 'now'>;

/** Mixed into the seed for ids, so ids and content come from separate streams. */
const ID_STREAM = 0x5bd1e995;
const WARM_TIERS = new Set<Tier>(['inner', 'close', 'active']);
const CUSTOM_CADENCES = [21, 45, 60, 120] as const;

export function generateNetwork(params: NetworkParams): Network {
  assertValid(params);
  const { seed, peopleCount, touchCount, years, now } = params;
  const random = createRandom(seed);
  const ids = createRandom(seed ^ ID_STREAM);
  const period: Period = { start: now - years * YEAR_MS, now };

  const { people, familyPairs } = createPeople(random, ids, peopleCount, period);
  const groups = createGroups(random, ids, people, period);
  const counts = allocateTouchCounts(random, people, touchCount);
  const { interactions, participations } = createTouches(random, ids, people, groups, counts, now);
  const touches = touchesByContact(interactions);
  const settings = params.settings ?? DEFAULT_SETTINGS;
  const birthdaySoonId = people.find((person) => person.tier === 'close')?.id;
  const contacts = people.map((person) => {
    const contact = toContact(random, person, person.id === birthdaySoonId, now);
    const derived = deriveFields(contact, touches.get(person.id), settings);
    const updatedAt = Math.max(contact.createdAt, derived.lastTouchAt ?? 0);
    return { ...contact, ...derived, updatedAt };
  });
  const relations = createRelations(random, ids, people, groups, familyPairs);
  const withHolder = withGapHolder(contacts, relations, now, settings);
  return {
    contacts: withHolder,
    interactions,
    participations,
    relations,
    groups: groups.map(({ group }) => group),
    goals: createGoals(ids, withHolder, period),
  };
}

/**
 * The demo's gap (GAP_EXPERTISE, which no role has) gets one holder: a tie too weak or out
 * of touch to help within 24 hours who knows a 24-hour advisor, so a goal's page shows both
 * ways to close a gap, reviving the tie and asking the advisor for an introduction. The
 * first such person, so the same one every time. Days are counted in UTC: the choice does
 * not depend on where the demo is loaded.
 */
function withGapHolder(
  contacts: readonly Contact[],
  relations: readonly Relation[],
  now: EpochMs,
  settings: CadenceSettings,
): Contact[] {
  const dayOf = localDayCounter('UTC');
  const today = dayOf(now);
  const isAdvisor = (contact: Contact) =>
    advisorCheckOn(contact, now, today, settings, dayOf).whyNot.length === 0;
  const advisors = new Set(contacts.filter(isAdvisor).map((contact) => contact.id));
  const knowsAdvisor = new Set<Id>();
  for (const { fromId, toId } of relations) {
    if (advisors.has(toId)) knowsAdvisor.add(fromId);
    if (advisors.has(fromId)) knowsAdvisor.add(toId);
  }
  const holder = contacts.find(
    (contact) =>
      !advisors.has(contact.id) &&
      knowsAdvisor.has(contact.id) &&
      !contact.isPaused &&
      !contact.isArchived &&
      advisorCheckOn(contact, now, today, settings, dayOf).whyNot.some(
        (why) => why === 'out-of-rhythm' || why === 'weak',
      ),
  );
  return contacts.map((contact) => {
    if (contact !== holder) return contact;
    const held = { ...contact, expertise: [...contact.expertise, GAP_EXPERTISE] };
    return { ...held, searchText: searchTextOf(held) };
  });
}

function assertValid({ peopleCount, touchCount, years, now }: NetworkParams): void {
  if (!Number.isInteger(peopleCount) || peopleCount < 0) {
    throw new RangeError(`peopleCount must be a whole number ≥ 0, got ${peopleCount}`);
  }
  if (!Number.isInteger(touchCount) || touchCount < 0) {
    throw new RangeError(`touchCount must be a whole number ≥ 0, got ${touchCount}`);
  }
  if (touchCount > 0 && peopleCount === 0) {
    throw new RangeError('Touches need people: peopleCount is 0');
  }
  if (!(years > 0) || !Number.isFinite(now)) {
    throw new RangeError('years must be > 0 and now a finite time');
  }
}

function slug(name: string): string {
  return normalizeText(name).replace(/[^a-z0-9]+/g, '');
}

/** The person without derived fields (the random draws stay in the order they always had). */
function toContact(
  random: Random,
  person: PersonDraft,
  hasBirthdaySoon: boolean,
  now: EpochMs,
): Omit<Contact, keyof ContactDerived> {
  const given = slug(person.givenName);
  const family = slug(person.familyName);
  const named = {
    givenName: person.givenName,
    familyName: person.familyName,
    displayName: '',
    organisation: person.organisation?.name ?? '',
    role: person.role,
    tags: person.tags,
    expertise: person.expertise,
    emails: random.chance(0.85)
      ? [
          {
            value: `${given}.${family}@${person.organisation?.domain ?? 'mail.example'}`,
            kind: person.organisation ? ('work' as const) : ('home' as const),
          },
        ]
      : [],
  };
  const isWarm = WARM_TIERS.has(person.tier);
  return {
    id: person.id,
    createdAt: person.createdAt,
    updatedAt: person.createdAt,
    source: 'demo',
    ...named,
    affiliation: person.affiliation,
    phones: random.chance(0.5)
      ? [{ value: phoneNumber(random, person.culture.phonePrefix), kind: 'mobile' as const }]
      : [],
    linkedInUrl: random.chance(0.6)
      ? `https://www.linkedin.com/in/${given}-${family}-${random.nextUint32().toString(36)}`
      : '',
    links: [],
    location: person.location,
    birthday: hasBirthdaySoon ? birthdayIn(3, now) : randomBirthday(random),
    tier: person.tier,
    cadenceDays: cadenceOf(random, person.tier),
    isPaused: person.tier === 'wide' && random.chance(0.02),
    howWeMet: person.howWeMet,
    metViaId: person.metViaId,
    notes: random.chance(0.2) ? random.pick(CONTACT_NOTES) : '',
    nextTimeNote: isWarm && random.chance(0.1) ? random.pick(NEXT_TIME_NOTES) : '',
    isArchived: person.tier === 'acquaintance' && !person.isNew && random.chance(0.02),
    sortName: sortNameOf(named),
    searchText: searchTextOf(named),
  };
}

function phoneNumber(random: Random, prefix: string): string {
  return `${prefix} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`;
}

/** A birthday `days` from now (UTC), so the weekly list has one to mention. */
function birthdayIn(days: number, now: EpochMs): Birthday {
  const date = new Date(now + days * DAY_MS);
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function randomBirthday(random: Random): Birthday | undefined {
  if (!random.chance(0.1)) return undefined;
  const birthday: Birthday = { month: random.int(1, 12), day: random.int(1, 28) };
  if (random.chance(0.5)) birthday.year = random.int(1958, 1996);
  return birthday;
}

/** A few people have their own rhythm, and one in two hundred none at all. */
function cadenceOf(random: Random, tier: Tier): number | null | undefined {
  if (tier === 'inner') return undefined;
  const roll = random.next();
  if (roll < 0.005) return null;
  if (roll < 0.035) return random.pick(CUSTOM_CADENCES);
  return undefined;
}

/** The goals, each linked to up to three warm ties who have expertise it needs. */
function createGoals(ids: Random, contacts: readonly Contact[], period: Period): Goal[] {
  return GOAL_TEMPLATES.map((template, index) => {
    const needed = new Set(template.neededExpertise);
    const helpers = contacts
      .filter((contact) => WARM_TIERS.has(contact.tier))
      .filter((contact) => contact.expertise.some((expertise) => needed.has(expertise)))
      .slice(0, 3);
    const createdAt = Math.round(Math.max(period.start, period.now - (index + 1) * 40 * DAY_MS));
    return {
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      source: 'demo',
      title: template.title,
      why: template.why,
      neededExpertise: [...template.neededExpertise],
      status: 'active',
      contactIds: helpers.map((contact) => contact.id),
    };
  });
}
