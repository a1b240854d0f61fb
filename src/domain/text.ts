// Text normalisation for search and sorting: case- and diacritic-insensitive, so "asa"
// finds "Åsa" and "ostberg" finds "Östberg". Letters that do not decompose in Unicode
// (ø, æ, ß, đ, ł …) are folded by hand.

const FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const FOLD_PATTERN = /[øæœßđðłþı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;

/** Lower-cases, strips diacritics and collapses white space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLD_PATTERN, (letter) => FOLDS[letter] ?? letter)
    .replace(SPACES, ' ')
    .trim();
}

/** True when every word of the query starts a word of the (normalised) haystack. */
export function matchesQuery(normalizedHaystack: string, normalizedQuery: string): boolean {
  if (normalizedQuery === '') return true;
  const words = normalizedQuery.split(' ');
  return words.every(
    (word) => normalizedHaystack.startsWith(word) || normalizedHaystack.includes(` ${word}`),
  );
}
