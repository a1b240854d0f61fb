// Builders for the tie-health tests: times, touches, goals, and people from the one person
// builder (people.ts) with these tests' defaults (a close tie, known since 2020).

import {
  DEFAULT_SETTINGS,
  type Contact,
  type EpochMs,
  type Goal,
  type Settings,
} from '../../src/domain/types';
import { nextPersonNumber, storedContact } from './people';
import type { TouchFacts } from '../../src/domain/tie-health/touch';
import { DAY_MS } from '../../src/domain/tie-health/zone-days';

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

export function person(overrides: Partial<Contact> = {}): Contact {
  const number = nextPersonNumber();
  const createdAt = overrides.createdAt ?? at('2020-01-01T12:00:00Z');
  return {
    ...storedContact(`p${String(number).padStart(5, '0')}`, createdAt),
    displayName: `Person ${number}`,
    tier: 'close',
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
  return {
    id: `g${nextPersonNumber()}`,
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
