// The people list before any search: archived people left out unless asked for, the status
// and give-and-take filters, and the chosen order. Tie health is computed once per change
// of the people or the clock (healthOfPeople), never per keystroke of the search box.
import {
  daysSinceTouchOn,
  effectiveCadenceDays,
  localDayCounter,
  localDayNumber,
  reciprocityFlagsAt,
  statusOn,
  type CadenceSettings,
  type ReciprocityFlag,
  type TieStatus,
} from '../../domain/tie-health';
import type { Contact, Id } from '../../domain/types';
import type { PeopleSort } from './people-list-store';

export type PersonHealth = {
  status: TieStatus;
  /** r = days since the last touch ÷ cadence; null without a cadence or while paused. */
  overdueRatio: number | null;
  flags: readonly ReciprocityFlag[];
};

export type HealthById = ReadonlyMap<Id, PersonHealth>;

const NO_FLAGS: readonly ReciprocityFlag[] = Object.freeze([]);

/** Every person's status, overdue ratio and flags at `now`, in the user's time zone. */
export function healthOfPeople(
  people: readonly Contact[],
  now: number,
  settings: CadenceSettings,
  timeZone: string,
): Map<Id, PersonHealth> {
  const dayOf = localDayCounter(timeZone);
  const today = localDayNumber(now, timeZone);
  const health = new Map<Id, PersonHealth>();
  // The allocation-free parts of tieHealth: this runs over every person once a minute.
  for (const person of people) {
    const cadenceDays = effectiveCadenceDays(person, settings);
    const daysSinceTouch = daysSinceTouchOn(person, today, dayOf);
    const status = statusOn(person, daysSinceTouch, cadenceDays, today, dayOf);
    const flags = reciprocityFlagsAt(person, now);
    health.set(person.id, {
      status,
      overdueRatio:
        status === 'paused' || cadenceDays === null ? null : daysSinceTouch / cadenceDays,
      flags: flags.length > 0 ? flags : NO_FLAGS,
    });
  }
  return health;
}

export type PeopleFilters = {
  sort: PeopleSort;
  isShowingArchived: boolean;
  status: TieStatus | 'any';
  flag: ReciprocityFlag | 'any';
};

function byName(a: Contact, b: Contact): number {
  if (a.sortName < b.sortName) return -1;
  return a.sortName > b.sortName ? 1 : 0;
}

// Most recent touch first; people never touched go last, by name.
function byLastTouch(a: Contact, b: Contact): number {
  const aAt = a.lastTouchAt ?? -Infinity;
  const bAt = b.lastTouchAt ?? -Infinity;
  if (aAt !== bAt) return bAt > aAt ? 1 : -1;
  return byName(a, b);
}

/** Highest r first; people without a cadence or paused go last, by name. */
function sortByMostOverdue(people: Contact[], health: HealthById): Contact[] {
  // Each ratio is looked up once, not in every one of the sort's comparisons.
  const keyed = people.map((person) => ({
    person,
    ratio: health.get(person.id)?.overdueRatio ?? -Infinity,
  }));
  keyed.sort((a, b) => {
    if (a.ratio !== b.ratio) return b.ratio > a.ratio ? 1 : -1;
    return byName(a.person, b.person);
  });
  return keyed.map(({ person }) => person);
}

/** The people the list shows before any search, filtered and in the chosen order. */
export function orderPeople(
  people: readonly Contact[],
  filters: PeopleFilters,
  health: HealthById,
): Contact[] {
  const { sort, isShowingArchived, status, flag } = filters;
  const visible = people.filter((person) => {
    if (person.isArchived && !isShowingArchived) return false;
    if (status === 'any' && flag === 'any') return true;
    const personHealth = health.get(person.id);
    if (status !== 'any' && personHealth?.status !== status) return false;
    return flag === 'any' || (personHealth?.flags.includes(flag) ?? false);
  });
  if (sort === 'mostOverdue') return sortByMostOverdue(visible, health);
  return visible.sort(sort === 'lastTouch' ? byLastTouch : byName);
}
