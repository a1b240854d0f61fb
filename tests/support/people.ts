// The one builder of a stored person for tests at every layer, without the database:
// defaults for every field, then whatever the test changes. makePerson names them and
// computes their search keys; contactWith is one fixed person for the export tests;
// tie-health.ts's person() starts from the same defaults with the health tests' own.
import { emptyDerived, searchTextOf, sortNameOf } from '../../src/domain/contact';
import { addToDecayed, EMPTY_DECAYED, STRENGTH_HALF_LIFE_MS } from '../../src/domain/tie-health';
import type { Contact, EpochMs } from '../../src/domain/types';

let counter = 0;

/** The next number for a made-up id: ids sort in the order people were made. */
export function nextPersonNumber(): number {
  counter += 1;
  return counter;
}

/** Every field of a stored person at its default, with `id` and `createdAt` as given. */
export function storedContact(id: string, createdAt: number): Contact {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    source: 'manual',
    ...emptyDerived(),
    givenName: '',
    familyName: '',
    displayName: '',
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
    tier: 'active',
    isPaused: false,
    howWeMet: '',
    notes: '',
    nextTimeNote: '',
    isArchived: false,
    sortName: '',
    searchText: '',
  };
}

export function makePerson(
  givenName: string,
  familyName: string,
  changes: Partial<Contact> = {},
): Contact {
  // Zero-padded, so ids sort in the order people were made.
  const stored = storedContact(`person-${String(nextPersonNumber()).padStart(5, '0')}`, 1_000);
  const base = { ...stored, givenName, familyName, displayName: '', ...changes };
  return { ...base, sortName: sortNameOf(base), searchText: searchTextOf(base) };
}

/** One fixed person for the export tests. */
export function contactWith(changes: Partial<Contact> = {}): Contact {
  return makePerson('Åsa', 'Östberg', {
    id: 'b3c1f7a2-0d4e-4c59-8a61-5f0e2d7c9b14',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...changes,
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A close tie (30-day cadence) of long standing, as of `now`: last met `daysAgo`, with
 * `units` of strength, for the tests of who can help.
 */
export function closeTie(
  now: EpochMs,
  givenName: string,
  daysAgo: number,
  units: number,
  changes: Partial<Contact> = {},
): Contact {
  return makePerson(givenName, 'Test', {
    tier: 'close',
    createdAt: now - 2000 * DAY_MS,
    lastTouchAt: now - daysAgo * DAY_MS,
    touchCount: 3,
    strength: addToDecayed(EMPTY_DECAYED, units, now, STRENGTH_HALF_LIFE_MS),
    ...changes,
  });
}
