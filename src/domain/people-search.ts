import { matchesQuery, normalizeText } from './text';
import type { Contact } from './types';

type SearchablePerson = Pick<Contact, 'searchText' | 'sortName'>;

/**
 * Filters people by a typed query, case- and diacritic-insensitive. People whose name starts
 * with the query come first, then other matches, each group keeping the input order.
 */
export function searchPeople<T extends SearchablePerson>(
  people: readonly T[],
  query: string,
  limit = Infinity,
): T[] {
  const normalizedQuery = normalizeText(query);
  if (normalizedQuery === '') return people.slice(0, limit);
  const nameStarts: T[] = [];
  const others: T[] = [];
  for (const person of people) {
    if (person.sortName.startsWith(normalizedQuery)) nameStarts.push(person);
    else if (matchesQuery(person.searchText, normalizedQuery)) others.push(person);
  }
  return nameStarts.concat(others).slice(0, limit);
}
