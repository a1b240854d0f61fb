// The words of a shared article, as share matching compares them (docs/share.md). A word is a
// run of letters and digits ("M&A" and "R&D" stay one word), folded like search text: no case,
// no diacritics ("Förhandling" is "forhandling"). Each word is also reduced by a light suffix
// rule of each language, so plural and definite forms meet their base word:
//   English: "negotiations" → "negotiation", "companies" → "company", "taxes" → "tax";
//   Swedish: "förhandlingar", "förhandlingen", "förhandlingarna" → "forhandling".
// Two words meet when their English reductions are equal or their Swedish ones are: a text
// that mixes the two languages needs no guess at which one it is in, and the English rule's
// cuts are never compared with the Swedish rule's. The rules are deliberately small: they
// do not join compounds ("förhandlingsteknik" is not "förhandling"), irregular plurals
// ("bok"/"böcker", "man"/"män") or other forms of a verb ("negotiating").

import { normalizeText } from '../text';

/** One word as matching sees it. */
export type ShareWord = {
  /** The word folded: lower case, no diacritics. */
  folded: string;
  /** Its English reduction. */
  en: string;
  /** Its Swedish reduction. */
  sv: string;
  /** A common word of either language ("the", "och"), which alone never makes a match. */
  isStopWord: boolean;
  /** Written in capitals ("IT", "HR"): an acronym, even where it spells a common word. */
  isCapitals: boolean;
};

const WORD = /[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*/gu;

// Folded, as normalizeText leaves them ("på" is "pa"). Short lists of the words that carry no
// subject: what a title or an article is about never rests on one of them.
const ENGLISH_STOP_WORDS = [
  'a about after all also an and any are as at be been but by can could did do does for',
  'from had has have he her his how i if in into is it its just me more most my no not of',
  'on one or our out over s she so some than that the their them then there these they this',
  'to up us was we were what when which who why will with would you your',
]
  .join(' ')
  .split(' ');
const SWEDISH_STOP_WORDS = [
  'alla allt att av bara blev blir da dar de dem den denna deras dess det detta dessa din',
  'ditt du efter eller en er era ert ett fran for ha hade han har hon hos hur i inom inte',
  'ja jag kan man med men mer min mitt mot mycket nar nej ni nu och ocksa om oss pa sa sig',
  'sin sina ska skulle som till under upp ut utan var vara vi vid vad varit ar at over',
]
  .join(' ')
  .split(' ');
const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS, ...SWEDISH_STOP_WORDS]);

/** Parts of a link's path that name the page's format, not its subject. */
const LINK_NOISE: ReadonlySet<string> = new Set(
  'html htm php asp aspx jsp amp index www http https'.split(' '),
);

/** Shortest word an English cut may leave: "gas" keeps its "s". */
const MIN_STEM_LETTERS = 3;
/** Swedish cuts leave a little more: "ledarna" loses "na" ("ledar"), not "arna" ("led"). */
const MIN_SWEDISH_STEM_LETTERS = 4;

/** The English reduction: plural -s, -es and -ies. */
export function englishStem(folded: string): string {
  const cut = (suffix: string, replacement = '') => {
    const stem = folded.slice(0, folded.length - suffix.length);
    return stem.length >= MIN_STEM_LETTERS ? stem + replacement : folded;
  };
  if (folded.endsWith('ies')) return cut('ies', 'y');
  if (/(?:ss|x|z|ch|sh)es$/.test(folded)) return cut('es');
  if (/(?:ss|us|is)$/.test(folded)) return folded;
  if (folded.endsWith('s')) return cut('s');
  return folded;
}

// Longest first: the first that leaves enough of the word is cut.
const SWEDISH_SUFFIXES = ['arna', 'erna', 'orna', 'ar', 'er', 'or', 'en', 'et', 'na', 'e', 'a'];

/** The Swedish reduction: plural and definite endings (-ar, -er, -or, -en, -et, -arna …). */
export function swedishStem(folded: string): string {
  for (const suffix of SWEDISH_SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= MIN_SWEDISH_STEM_LETTERS) {
      return folded.slice(0, folded.length - suffix.length);
    }
  }
  return folded;
}

function isCapitalsWord(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** One folded word, reduced; `raw` as it was written, for the capitals check. */
export function shareWordOf(raw: string): ShareWord {
  const folded = normalizeText(raw);
  return {
    folded,
    en: englishStem(folded),
    sv: swedishStem(folded),
    isStopWord: STOP_WORDS.has(folded),
    isCapitals: isCapitalsWord(raw),
  };
}

/** True when two words meet: the same English reduction, or the same Swedish one. */
export function isSameWord(a: ShareWord, b: ShareWord): boolean {
  return a.en === b.en || a.sv === b.sv;
}

/** The raw words of a text, in order. */
export function rawWordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text, in order. */
export function shareWordsOf(text: string): ShareWord[] {
  return rawWordsOf(text).map(shareWordOf);
}

const LINK = /\bhttps?:\/\/[^\s<>"]+/giu;

/** The links written in a text. */
export function linksIn(text: string): string[] {
  return text.match(LINK) ?? [];
}

/** A text cut where its links stand (their words come from their paths: linkWordsOf). */
export function splitAtLinks(text: string): string[] {
  return text.split(LINK);
}

/**
 * The raw words of a link's path ("/2026/supply-chain-negotiations.html" gives "2026",
 * "supply", "chain", "negotiations"): the host and the query say where a page is, not what it
 * is about. Only the text of the link is read; nothing is ever fetched.
 */
export function linkWordsOf(link: string): string[] {
  let path: string;
  try {
    path = new URL(link.trim()).pathname;
  } catch {
    return [];
  }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: its words are read as written.
  }
  return rawWordsOf(decoded).filter((word) => !LINK_NOISE.has(normalizeText(word)));
}
