// Name order by the language's own alphabet. The stored sortName is folded (no case, no
// diacritics) so that search finds "Åke" by "ake"; sorting by it would put Åke among the
// A's, which is right in English and wrong in Swedish, where Å, Ä and Ö are letters of
// their own after Z. So lists sort with Intl.Collator for the user's language, and search
// keeps using the folded keys.
//
// Comparing with a collator costs far more than comparing two plain strings, so a list is
// put in name order once per change of the people or the language; a later sort (by last
// touch, by due) is a stable sort of that list, so ties stay in name order without asking
// the collator again.
import { nameOf } from './contact';
import type { Contact, Id, Language } from './types';

type NamedPerson = Pick<Contact, 'id' | 'displayName' | 'givenName' | 'familyName'>;

/** Which name a list is in order of. */
export type NameOrder = 'name' | 'familyName';

/** One collator per language, built once: building one is far slower than comparing. */
const collators = new Map<Language, Intl.Collator>();

/** The collator that puts names in the language's alphabetical order. */
export function nameCollator(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (collator === undefined) {
    // numeric: "Anna 2" before "Anna 10", as a person reads them.
    collator = new Intl.Collator(language, { usage: 'sort', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/**
 * The text a person is sorted by. By family name: "Berg Anna". Someone without a family
 * name (a company, a one-word name, a name typed only as the shown name) sorts by the name
 * the list shows, so "Cher" stands among the C's rather than first or last.
 */
export function nameSortText(person: NamedPerson, order: NameOrder): string {
  if (order === 'familyName') {
    const family = person.familyName.trim();
    if (family !== '') return `${family} ${person.givenName.trim()}`.trim();
  }
  return nameOf(person);
}

/**
 * The people in the language's name order, as a new array. Equal names keep a fixed order
 * (by id), so the list does not reshuffle between reads.
 */
export function sortByName<T extends NamedPerson>(
  people: readonly T[],
  language: Language,
  order: NameOrder = 'name',
): T[] {
  const { compare } = nameCollator(language);
  const keyed = people.map((person) => ({ person, text: nameSortText(person, order) }));
  keyed.sort((a, b) => compare(a.text, b.text) || byId(a.person.id, b.person.id));
  return keyed.map(({ person }) => person);
}

/** Compares two names in the language's order (for short lists; see sortByName). */
export function compareNames(language: Language, a: string, b: string): number {
  return nameCollator(language).compare(a, b);
}

function byId(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
