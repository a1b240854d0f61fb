// Builders for the tie-health tests (imported by *.test.ts only, not by the app).

import { emptyDerived } from '../contact';
import { DEFAULT_SETTINGS, type Contact, type EpochMs, type Goal, type Settings } from '../types';
import type { TouchFacts } from './touch';
import { DAY_MS } from './zone-days';

export const STOCKHOLM = 'Europe/Stockholm';
export const NEW_YORK = 'America/New_York';

export const SETTINGS: Pick<Settings, 'tierCadenceDays' | 'listSize' | 'weekStartDay'> = {
  tierCadenceDays: { ...DEFAULT_SETTINGS.tierCadenceDays },
  listSize: 7,
  weekStartDay: 1,
};

/** An instant from an ISO string with an explicit offset or Z. */
export function at(iso: string): EpochMs {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`Bad test time ${iso}`);
  return t;
}

/** n × 24 hours earlier (use noon times so that a DST change cannot move the day). */
export function daysBefore(t: EpochMs, days: number): EpochMs {
  return t - days * DAY_MS;
}

let counter = 0;

export function person(overrides: Partial<Contact> = {}): Contact {
  counter += 1;
  const createdAt = overrides.createdAt ?? at('2020-01-01T12:00:00Z');
  return {
    id: `p${String(counter).padStart(5, '0')}`,
    createdAt,
    updatedAt: createdAt,
    source: 'manual',
    ...emptyDerived(),
    givenName: '',
    familyName: '',
    displayName: `Person ${counter}`,
    organisation: '',
    role: '',
    affiliation: 'external',
    emails: [],
    phones: [],
    linkedInUrl: '',
    links: [],
    location: '',
    tags: [],
    expertise: [],
    tier: 'close',
    isPaused: false,
    howWeMet: '',
    notes: '',
    nextTimeNote: '',
    isArchived: false,
    sortName: '',
    searchText: '',
    ...overrides,
  };
}

export function touch(overrides: Partial<TouchFacts> & Pick<TouchFacts, 'at'>): TouchFacts {
  return {
    kind: 'coffee',
    initiator: 'unknown',
    gave: [],
    received: [],
    askedForHelp: false,
    ...overrides,
  };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  counter += 1;
  return {
    id: `g${counter}`,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    title: 'A goal',
    why: '',
    neededExpertise: [],
    status: 'active',
    contactIds: [],
    ...overrides,
  };
}
