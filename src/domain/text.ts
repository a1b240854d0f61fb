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

/** ASCII has nothing to decompose or fold: NFKD leaves it as it is. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-cases, strips diacritics and collapses white space. */
export function normalizeText(text: string): string {
  if (isAscii(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
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
