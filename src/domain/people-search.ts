import { normalizeText } from './text';
import type { Contact } from './types';

export type SearchablePerson = Pick<Contact, 'searchText' | 'sortName'>;

/**
 * People prepared for type-ahead: their names and search texts in flat arrays of strings.
 * Search runs on every keystroke over up to 10,000 people; reading two fields from 10,000
 * wide contact objects costs about three times as much as scanning these arrays (measured
 * in V8), so screens build the index once per change of the list and search it per key.
 */
export type PeopleIndex<T> = {
  people: readonly T[];
  names: readonly string[];
  /** Each search text with a leading space, so " word" finds a word start anywhere. */
  texts: readonly string[];
};

export function indexPeople<T extends SearchablePerson>(people: readonly T[]): PeopleIndex<T> {
  return {
    people,
    names: people.map((person) => person.sortName),
    texts: people.map((person) => ` ${person.searchText}`),
  };
}

/**
 * Filters people by a typed query, case- and diacritic-insensitive: every typed word must
 * start a word of the person's search text. People whose name starts with the query come
 * first, then other matches, each group keeping the input order.
 */
export function searchIndex<T>(index: PeopleIndex<T>, query: string, limit = Infinity): T[] {
  const normalizedQuery = normalizeText(query);
  if (normalizedQuery === '') return index.people.slice(0, limit);
  const wordStarts = normalizedQuery.split(' ').map((word) => ` ${word}`);
  const { people, names, texts } = index;
  const nameStarts: T[] = [];
  const others: T[] = [];
  for (let row = 0; row < people.length; row++) {
    if ((names[row] as string).startsWith(normalizedQuery)) {
      nameStarts.push(people[row] as T);
      continue;
    }
    if (containsAll(texts[row] as string, wordStarts)) others.push(people[row] as T);
  }
  return nameStarts.concat(others).slice(0, limit);
}

/** A plain loop rather than every(): no closure per person on the keystroke's hot path. */
function containsAll(text: string, wordStarts: readonly string[]): boolean {
  for (const wordStart of wordStarts) {
    if (!text.includes(wordStart)) return false;
  }
  return true;
}
