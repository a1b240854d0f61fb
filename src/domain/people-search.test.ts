import { describe, expect, it } from 'vitest';
import { indexPeople, searchIndex, type SearchablePerson } from './people-search';

/** A search over a fresh index, as the screens run it. */
function searchPeople<T extends SearchablePerson>(
  people: readonly T[],
  query: string,
  limit?: number,
) {
  return searchIndex(indexPeople(people), query, limit);
}
import { searchTextOf, sortNameOf } from './contact';

const person = (displayName: string, organisation = '', tags: string[] = []) => {
  const fields = {
    displayName,
    givenName: '',
    familyName: '',
    organisation,
    role: '',
    tags,
    expertise: [],
    emails: [],
  };
  return { displayName, sortName: sortNameOf(fields), searchText: searchTextOf(fields) };
};

const people = [
  person('Åsa Lind'),
  person('Erik Östberg', 'Volvo'),
  person('Anna Berg'),
  person('Johan Andersson', '', ['board']),
];
const names = (found: { displayName: string }[]) => found.map((entry) => entry.displayName);

describe('searchPeople', () => {
  it('finds Åsa when typing "asa"', () => {
    expect(names(searchPeople(people, 'asa'))).toEqual(['Åsa Lind']);
  });

  it('finds Östberg when typing "ostberg", ignoring case', () => {
    expect(names(searchPeople(people, 'OSTBERG'))).toEqual(['Erik Östberg']);
  });

  it('puts people whose name starts with the query before other matches', () => {
    expect(names(searchPeople(people, 'an'))).toEqual(['Anna Berg', 'Johan Andersson']);
  });

  it('matches organisation and tags at a word start, not in the middle of a word', () => {
    expect(names(searchPeople(people, 'volvo'))).toEqual(['Erik Östberg']);
    expect(names(searchPeople(people, 'boa'))).toEqual(['Johan Andersson']);
    expect(names(searchPeople(people, 'erg'))).toEqual([]);
  });

  it('needs every typed word to match', () => {
    expect(names(searchPeople(people, 'erik volvo'))).toEqual(['Erik Östberg']);
    expect(names(searchPeople(people, 'erik saab'))).toEqual([]);
  });

  it('returns everyone for an empty query and honours the limit', () => {
    expect(searchPeople(people, '  ')).toHaveLength(4);
    expect(searchPeople(people, '', 2)).toHaveLength(2);
  });
});
