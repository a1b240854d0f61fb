// A name typed as one line ("Anna Berg", "Ludwig van Beethoven", "Anna Maria Lind") split
// into given and family name the way people of most European languages write theirs: the
// last word is the family name, together with the lowercase particles right before it
// (von, van, de, af, …), and everything before that is the given name. A single word is a
// given name. The split is only a first guess: the person form edits both fields.

export type TypedNameParts = { givenName: string; familyName: string };

/** Lowercase words at the start of a family name: "van", "de", "af", "von der". */
function isParticle(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

export function namePartsOfTyped(typed: string): TypedNameParts {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { givenName: words[0] ?? '', familyName: '' };
  let familyStart = words.length - 1;
  // The given name keeps at least its first word, even when it is written in lowercase.
  while (familyStart > 1 && isParticle(words[familyStart - 1] ?? '')) familyStart -= 1;
  return {
    givenName: words.slice(0, familyStart).join(' '),
    familyName: words.slice(familyStart).join(' '),
  };
}
