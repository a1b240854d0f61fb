// The people list before any search: archived people left out unless asked for, the status
// and give-and-take filters, and the chosen order. Tie health is computed once per change
// of the people or the clock (healthOfPeople), never per keystroke of the search box. The
// list comes in already in the language's name order (domain/name-order.ts); the other
// orders are stable sorts of it, so people who tie stay in name order.
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
import type { PeopleListPerson } from '../../db/codecs/people-rows';
import type { Id } from '../../domain/types';
import type { NameOrder } from '../../domain/name-order';
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
  people: readonly PeopleListPerson[],
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

// Most recent touch first; people never touched go last (in name order, as all ties).
function byLastTouch(a: PeopleListPerson, b: PeopleListPerson): number {
  const aAt = a.lastTouchAt ?? -Infinity;
  const bAt = b.lastTouchAt ?? -Infinity;
  if (aAt === bAt) return 0;
  return bAt > aAt ? 1 : -1;
}

/** Highest r first; people without a cadence or paused go last (in name order). */
function sortByMostOverdue<T extends PeopleListPerson>(people: T[], health: HealthById): T[] {
  // Each ratio is looked up once, not in every one of the sort's comparisons.
  const keyed = people.map((person) => ({
    person,
    ratio: health.get(person.id)?.overdueRatio ?? -Infinity,
  }));
  keyed.sort((a, b) => (a.ratio === b.ratio ? 0 : b.ratio > a.ratio ? 1 : -1));
  return keyed.map(({ person }) => person);
}

/**
 * The people the list shows before any search, filtered and in the chosen order.
 * `inNameOrder` must be in the name order the sort asks for (sortByName), which the name
 * sorts keep as it is and the others use for ties.
 */
export function orderPeople<T extends PeopleListPerson>(
  inNameOrder: readonly T[],
  filters: PeopleFilters,
  health: HealthById,
): T[] {
  const { sort, isShowingArchived, status, flag } = filters;
  const visible = inNameOrder.filter((person) => {
    if (person.isArchived && !isShowingArchived) return false;
    if (status === 'any' && flag === 'any') return true;
    const personHealth = health.get(person.id);
    if (status !== 'any' && personHealth?.status !== status) return false;
    return flag === 'any' || (personHealth?.flags.includes(flag) ?? false);
  });
  if (sort === 'mostOverdue') return sortByMostOverdue(visible, health);
  return sort === 'lastTouch' ? visible.sort(byLastTouch) : visible;
}

/** The name order a sort lists people in, or breaks its ties by. */
export function nameOrderOf(sort: PeopleSort): NameOrder {
  return sort === 'familyName' ? 'familyName' : 'name';
}
