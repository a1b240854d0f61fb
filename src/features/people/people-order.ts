import type { Contact } from '../../domain/types';
import type { PeopleSort } from './people-list-store';

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

/**
 * The people the list starts from before any search: archived people left out unless asked
 * for, in the chosen order. Computed once per change of data or sort, not per keystroke.
 */
export function orderPeople(
  people: readonly Contact[],
  sort: PeopleSort,
  isShowingArchived: boolean,
): Contact[] {
  const visible = isShowingArchived ? [...people] : people.filter((person) => !person.isArchived);
  return visible.sort(sort === 'name' ? byName : byLastTouch);
}
