import { describe, expect, it } from 'vitest';
import { nameCollator, nameSortText, sortByName } from './name-order';
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

let nextId = 0;
const person = (displayName: string, givenName = '', familyName = '') => {
  const names = { displayName, givenName, familyName };
  nextId += 1;
  return {
    ...names,
    id: `p${String(nextId).padStart(3, '0')}`,
    sortName: sortNameOf(names),
    searchText: searchTextOf({
      ...names,
      organisation: '',
      role: '',
      tags: [],
      expertise: [],
      emails: [],
    }),
  };
};
const shown = (list: readonly { displayName: string }[]) => list.map((p) => p.displayName);

describe('sortByName', () => {
  const swedish = [
    person('Örjan'),
    person('Åke'),
    person('Zacharias'),
    person('Ärla'),
    person('Anna'),
    person('Östen'),
    person('Olle'),
  ];

  it('puts Å, Ä and Ö after Z, in that order, in Swedish', () => {
    expect(shown(sortByName(swedish, 'sv'))).toEqual([
      'Anna',
      'Olle',
      'Zacharias',
      'Åke',
      'Ärla',
      'Örjan',
      'Östen',
    ]);
  });

  it('sorts Å with A and Ö with O in English', () => {
    expect(shown(sortByName(swedish, 'en'))).toEqual([
      'Åke',
      'Anna',
      'Ärla',
      'Olle',
      'Örjan',
      'Östen',
      'Zacharias',
    ]);
  });

  it('keeps names that differ only by diacritics or case next to each other, in a fixed order', () => {
    const twins = [person('Åsa'), person('Bo'), person('asa'), person('Asa'), person('ÅSA')];
    for (const language of ['en', 'sv'] as const) {
      const forward = shown(sortByName(twins, language));
      const backward = shown(sortByName([...twins].reverse(), language));
      expect(backward).toEqual(forward);
      if (language === 'en') {
        // Unaccented first, then the accented forms: all five a-names before Bo.
        expect(forward.slice(0, 2).sort()).toEqual(['Asa', 'asa']);
        expect(forward.slice(2, 4).sort()).toEqual(['ÅSA', 'Åsa']);
        expect(forward[4]).toBe('Bo');
      } else {
        // In Swedish Å is another letter: the Å-names come after Bo.
        expect(forward.slice(0, 2).sort()).toEqual(['Asa', 'asa']);
        expect(forward[2]).toBe('Bo');
        expect(forward.slice(3).sort()).toEqual(['ÅSA', 'Åsa']);
      }
    }
  });

  it('keeps two people with the same name in id order', () => {
    const first = person('Anna Berg');
    const second = person('Anna Berg');
    expect(sortByName([second, first], 'sv')).toEqual([first, second]);
  });

  it('reads numbers in names as numbers', () => {
    expect(shown(sortByName([person('Team 10'), person('Team 2')], 'en'))).toEqual([
      'Team 2',
      'Team 10',
    ]);
  });

  it('leaves its input as it was', () => {
    const list = [person('Bo'), person('Al')];
    sortByName(list, 'en');
    expect(shown(list)).toEqual(['Bo', 'Al']);
  });
});

describe('sorting by family name', () => {
  it('orders by family name, then given name', () => {
    const list = [
      person('', 'Anna', 'Öberg'),
      person('', 'Bo', 'Berg'),
      person('', 'Anna', 'Berg'),
      person('', 'Zeta', 'Åberg'),
    ];
    expect(sortByName(list, 'sv', 'familyName').map((p) => nameSortText(p, 'familyName'))).toEqual([
      'Berg Anna',
      'Berg Bo',
      'Åberg Zeta',
      'Öberg Anna',
    ]);
  });

  it('sorts a person without a family name by the name the list shows', () => {
    const list = [
      person('', 'Anna', 'Dahl'),
      person('Cher', 'Cher', ''),
      person('', 'Bo', 'Adler'),
      person('Ericsson AB'),
    ];
    expect(shown(sortByName(list, 'en', 'familyName'))).toEqual(['', 'Cher', '', 'Ericsson AB']);
    expect(sortByName(list, 'en', 'familyName').map((p) => nameSortText(p, 'familyName'))).toEqual([
      'Adler Bo',
      'Cher',
      'Dahl Anna',
      'Ericsson AB',
    ]);
  });

  it('uses the family name even when a shown name is set', () => {
    expect(nameSortText(person('Dr. Anna Berg', 'Anna', 'Berg'), 'familyName')).toBe('Berg Anna');
    expect(nameSortText(person('Dr. Anna Berg', 'Anna', 'Berg'), 'name')).toBe('Dr. Anna Berg');
  });
});

describe('collation and search together', () => {
  it('still finds Åke by "ake" in either language, the results in the language\'s order', () => {
    for (const language of ['en', 'sv'] as const) {
      const list = sortByName([person('Åke Berg'), person('Akeem Z'), person('Bo')], language);
      expect(shown(searchPeople(list, 'ake')).sort()).toEqual(['Akeem Z', 'Åke Berg']);
      expect(shown(searchPeople(list, 'ake'))).toEqual(
        language === 'sv' ? ['Akeem Z', 'Åke Berg'] : ['Åke Berg', 'Akeem Z'],
      );
    }
  });

  it('builds one collator per language, not one per call', () => {
    expect(nameCollator('sv')).toBe(nameCollator('sv'));
    expect(nameCollator('sv')).not.toBe(nameCollator('en'));
  });
});
