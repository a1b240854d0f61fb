// Who might like what the user is about to share (docs/share.md). A person is suggested when
// the words of the shared title, text or link meet:
//   - a label of their expertise (weight 3) or one of their tags (weight 1), matched whole:
//     a label of several words ("supply chain") only where the text has them in a row;
//   - an active goal they can help with (their expertise covers one of its needs) or are
//     linked to by hand (weight 2), through the goal's needs or the words of its title.
// Suggestions are ranked by the summed weight of what matched, then by how many things did,
// then by warmth (the tie's strength now), and each names what matched.
//
// The labels of everyone are indexed once (shareIndex): each label is filed under its first
// word, so a keystroke costs one pass over the words of the text, not one over 10,000 people.

import { neededExpertiseOf, expertiseMatcher } from '../tie-health/goal-expertise';
import { strengthAt } from '../tie-health/strength';
import type { Contact, EpochMs, Goal, Id } from '../types';
import {
  isSameWord,
  linksIn,
  linkWordsOf,
  rawWordsOf,
  shareWordOf,
  splitAtLinks,
  type ShareWord,
} from './share-words';

/** What was shared: any part may be empty. */
export type SharedItem = { title: string; text: string; url: string };

export type ShareMatchSource = 'expertise' | 'tag' | 'goal';

/** One thing that made a person a suggestion. */
export type ShareMatch =
  { source: 'expertise' | 'tag'; label: string } | { source: 'goal'; label: string; goalId: Id };

export type ShareSuggestion = {
  personId: Id;
  /** What matched, in the order the shared words first met it. */
  matches: ShareMatch[];
  /** The summed weight of the matches. */
  weight: number;
  /** The tie's strength at `now`, in [0, 1). */
  warmth: number;
};

/** How much one match counts: what someone knows counts most, a tag they carry least. */
export const SHARE_MATCH_WEIGHTS: Readonly<Record<ShareMatchSource, number>> = {
  expertise: 3,
  goal: 2,
  tag: 1,
};

export type SharePerson = Pick<
  Contact,
  'id' | 'deletedAt' | 'isArchived' | 'tags' | 'expertise' | 'strength' | 'sortName'
>;

export type ShareGoal = Pick<
  Goal,
  'id' | 'title' | 'status' | 'neededExpertise' | 'contactIds' | 'deletedAt'
>;

/** A label as the index files it: its words and who carries it. */
type IndexedLabel = {
  words: readonly ShareWord[];
  /** Same for every label that counts as one match (a goal's needs and title words). */
  matchKey: string;
  match: ShareMatch;
  /** Who carries it, by their number in the index, in ascending order. */
  people: number[];
};

export type ShareIndex = {
  /** Labels by the English ("e:") and Swedish ("s:") reduction of their first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly IndexedLabel[]>;
  /** The people indexed; a person's place here is their number. */
  readonly people: readonly SharePerson[];
  /** Words met before, so typing does not reduce the same words again. */
  readonly wordCache: Map<string, ShareWord>;
};

/** More distinct words than an article holds: past this the cache starts over. */
const WORD_CACHE_LIMIT = 50_000;

/** The words of a label as the index compares them; empty when it has none. */
export function labelWordsOf(label: string): ShareWord[] {
  return rawWordsOf(label).map(shareWordOf);
}

type LabelTable = Map<string, IndexedLabel>;

function filePersonLabels(table: LabelTable, person: SharePerson, number: number): void {
  const sources = [
    ['expertise', person.expertise],
    ['tag', person.tags],
  ] as const;
  for (const [source, labels] of sources) {
    const seen = new Set<string>();
    for (const label of labels) {
      const words = labelWordsOf(label);
      const folded = words.map((word) => word.folded).join(' ');
      if (words.length === 0 || seen.has(folded)) continue;
      seen.add(folded);
      const key = `${source}:${folded}`;
      const entry = table.get(key);
      // People are filed in the order of their numbers, so each list stays ascending.
      if (entry) entry.people.push(number);
      else
        table.set(key, {
          words,
          matchKey: key,
          match: { source, label: label.trim() },
          people: [number],
        });
    }
  }
}

/** Who a goal's words suggest: those linked to it, and those whose expertise covers a need. */
function goalPeople(
  goal: ShareGoal,
  people: readonly SharePerson[],
  numberOf: ReadonlyMap<Id, number>,
): number[] {
  const matcher = expertiseMatcher(neededExpertiseOf([goal]));
  const numbers = new Set<number>();
  for (const id of goal.contactIds) {
    const number = numberOf.get(id);
    if (number !== undefined) numbers.add(number);
  }
  people.forEach((person, number) => {
    if (matcher(person.expertise).length > 0) numbers.add(number);
  });
  return [...numbers].sort((a, b) => a - b);
}

function fileGoalLabels(table: LabelTable, goal: ShareGoal, people: number[]): void {
  if (people.length === 0) return;
  const matchKey = `goal:${goal.id}`;
  const match: ShareMatch = { source: 'goal', label: goal.title.trim(), goalId: goal.id };
  const file = (words: readonly ShareWord[]) => {
    const key = `${matchKey}:${words.map((word) => word.folded).join(' ')}`;
    // A need and a title word may be the same words: one label, the same people.
    if (words.length > 0 && !table.has(key)) table.set(key, { words, matchKey, match, people });
  };
  for (const need of goal.neededExpertise) file(labelWordsOf(need));
  // Each word of the title on its own: a title is a sentence, seldom quoted whole.
  for (const word of labelWordsOf(goal.title)) if (!word.isStopWord) file([word]);
}

/** Indexes the labels of every live person and every active goal; see the module comment. */
export function shareIndex(
  allPeople: readonly SharePerson[],
  goals: readonly ShareGoal[],
): ShareIndex {
  const people = allPeople.filter((person) => person.deletedAt === undefined && !person.isArchived);
  const numberOf = new Map(people.map((person, number) => [person.id, number]));
  const table: LabelTable = new Map();
  people.forEach((person, number) => {
    filePersonLabels(table, person, number);
  });
  for (const goal of goals) {
    if (goal.status !== 'active' || goal.deletedAt !== undefined) continue;
    fileGoalLabels(table, goal, goalPeople(goal, people, numberOf));
  }
  const byFirstWord = new Map<string, IndexedLabel[]>();
  const file = (key: string, label: IndexedLabel) => {
    const list = byFirstWord.get(key);
    if (list) list.push(label);
    else byFirstWord.set(key, [label]);
  };
  for (const label of table.values()) {
    const first = label.words[0];
    if (!first) continue;
    file(`e:${first.en}`, label);
    file(`s:${first.sv}`, label);
  }
  return { byFirstWord, people, wordCache: new Map() };
}

// A sentence's end breaks a phrase: "… the supply. Chain stores …" is not "supply chain".
const PHRASE_BREAK = /[!?;\n]|[.:](?=\s|$)/u;

/**
 * The runs of raw words a shared item holds, each a run a phrase may not leave: the title's
 * and the text's sentences, and the path of each link (in the text, or the link shared).
 */
export function sharedRunsOf(shared: SharedItem): string[][] {
  const runs: string[][] = [];
  const links = new Set<string>();
  for (const part of [shared.title, shared.text]) {
    for (const piece of splitAtLinks(part)) {
      for (const sentence of piece.split(PHRASE_BREAK)) runs.push(rawWordsOf(sentence));
    }
    for (const link of linksIn(part)) links.add(link);
  }
  if (shared.url.trim() !== '') links.add(shared.url.trim());
  for (const link of links) runs.push(linkWordsOf(link));
  return runs.filter((run) => run.length > 0);
}

/**
 * True when `words` stand in `run` from `start` on. A label made only of common words ("IT",
 * "US") counts only where the text writes it in capitals, as an acronym.
 */
export function phraseAt(
  run: readonly ShareWord[],
  start: number,
  words: readonly ShareWord[],
): boolean {
  if (start + words.length > run.length) return false;
  let isCommonOnly = true;
  let isCapitals = true;
  for (let offset = 0; offset < words.length; offset += 1) {
    const label = words[offset];
    const text = run[start + offset];
    if (!label || !text || !isSameWord(text, label)) return false;
    if (!label.isStopWord) isCommonOnly = false;
    if (!text.isCapitals) isCapitals = false;
  }
  return !isCommonOnly || isCapitals;
}

function wordOf(index: ShareIndex, raw: string): ShareWord {
  const cache = index.wordCache;
  let word = cache.get(raw);
  if (!word) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    word = shareWordOf(raw);
    cache.set(raw, word);
  }
  return word;
}

function matchedLabels(index: ShareIndex, shared: SharedItem): Set<IndexedLabel> {
  const matched = new Set<IndexedLabel>();
  for (const rawRun of sharedRunsOf(shared)) {
    const run = rawRun.map((raw) => wordOf(index, raw));
    for (let start = 0; start < run.length; start += 1) {
      const word = run[start];
      if (!word) continue;
      const english = index.byFirstWord.get(`e:${word.en}`) ?? [];
      const swedish = index.byFirstWord.get(`s:${word.sv}`) ?? [];
      for (const candidates of [english, swedish]) {
        for (const label of candidates) {
          if (!matched.has(label) && phraseAt(run, start, label.words)) matched.add(label);
        }
      }
    }
  }
  return matched;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The matched labels, one for each thing that counts as one match. */
function distinctMatches(labels: Iterable<IndexedLabel>): IndexedLabel[] {
  const keys = new Set<string>();
  const distinct: IndexedLabel[] = [];
  for (const label of labels) {
    if (keys.has(label.matchKey)) continue;
    keys.add(label.matchKey);
    distinct.push(label);
  }
  return distinct;
}

/** True when the ascending list holds the number. */
function holds(numbers: readonly number[], number: number): boolean {
  let low = 0;
  let high = numbers.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = numbers[middle] ?? Number.NaN;
    if (found === number) return true;
    if (found < number) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

export type ShareSuggestions = {
  /** The best suggestions, best first. */
  suggestions: ShareSuggestion[];
  /** How many people matched in all. */
  matchedCount: number;
};

/** Larger than any number of matches one person can have, to rank weight before count. */
const COUNT_SPAN = 65_536;

/**
 * The people to suggest for a shared item, best first, at most `limit` of them, each with
 * what matched. `now` weighs warmth. Thousands may match a common word: they are ranked by
 * weight and count in flat arrays, and warmth and names are looked at only for those who
 * could make the cut.
 */
export function suggestShares(
  index: ShareIndex,
  shared: SharedItem,
  now: EpochMs,
  limit = Number.POSITIVE_INFINITY,
): ShareSuggestions {
  const labels = distinctMatches(matchedLabels(index, shared));
  const weights = new Float64Array(index.people.length);
  const counts = new Uint16Array(index.people.length);
  const matched: number[] = [];
  for (const label of labels) {
    const weight = SHARE_MATCH_WEIGHTS[label.match.source];
    for (const number of label.people) {
      if (counts[number] === 0) matched.push(number);
      counts[number] = (counts[number] ?? 0) + 1;
      weights[number] = (weights[number] ?? 0) + weight;
    }
  }
  const rankOf = (number: number) => (weights[number] ?? 0) * COUNT_SPAN + (counts[number] ?? 0);
  matched.sort((a, b) => rankOf(b) - rankOf(a));
  // Only those ranked at least as high as the last one shown can be shown.
  const last = matched[Math.min(limit, matched.length) - 1];
  const cut = last === undefined ? 0 : rankOf(last);
  const contenders = matched.filter((number) => rankOf(number) >= cut);
  const warmth = new Map(
    contenders.map((number) => [
      number,
      strengthAt(index.people[number]?.strength ?? { value: 0, at: 0 }, now),
    ]),
  );
  const nameOf = (number: number) => index.people[number]?.sortName ?? '';
  const idOf = (number: number) => index.people[number]?.id ?? '';
  contenders.sort(
    (a, b) =>
      rankOf(b) - rankOf(a) ||
      (warmth.get(b) ?? 0) - (warmth.get(a) ?? 0) ||
      compareText(nameOf(a), nameOf(b)) ||
      compareText(idOf(a), idOf(b)),
  );
  const suggestions = contenders.slice(0, limit).map((number) => ({
    personId: idOf(number),
    matches: labels.filter((label) => holds(label.people, number)).map((label) => label.match),
    weight: weights[number] ?? 0,
    warmth: warmth.get(number) ?? 0,
  }));
  return { suggestions, matchedCount: matched.length };
}
