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
  personIds: Id[];
};

export type ShareIndex = {
  /** Labels by the English ("e:") and Swedish ("s:") reduction of their first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly IndexedLabel[]>;
  readonly people: ReadonlyMap<Id, SharePerson>;
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

function fileLabel(
  table: LabelTable,
  key: string,
  words: readonly ShareWord[],
  matchKey: string,
  match: ShareMatch,
  personIds: readonly Id[],
): void {
  if (words.length === 0 || personIds.length === 0) return;
  let entry = table.get(key);
  if (!entry) {
    entry = { words, matchKey, match, personIds: [] };
    table.set(key, entry);
  }
  for (const id of personIds) entry.personIds.push(id);
}

function filePersonLabels(table: LabelTable, person: SharePerson): void {
  const sources = [
    ['expertise', person.expertise],
    ['tag', person.tags],
  ] as const;
  for (const [source, labels] of sources) {
    const seen = new Set<string>();
    for (const label of labels) {
      const words = labelWordsOf(label);
      const folded = words.map((word) => word.folded).join(' ');
      if (seen.has(folded)) continue;
      seen.add(folded);
      const key = `${source}:${folded}`;
      fileLabel(table, key, words, key, { source, label: label.trim() }, [person.id]);
    }
  }
}

/** Who a goal's words suggest: those linked to it, and those whose expertise covers a need. */
function goalPeople(goal: ShareGoal, people: readonly SharePerson[], live: ReadonlySet<Id>): Id[] {
  const matcher = expertiseMatcher(neededExpertiseOf([goal]));
  const ids = new Set(goal.contactIds.filter((id) => live.has(id)));
  for (const person of people) if (matcher(person.expertise).length > 0) ids.add(person.id);
  return [...ids];
}

function fileGoalLabels(table: LabelTable, goal: ShareGoal, personIds: readonly Id[]): void {
  const matchKey = `goal:${goal.id}`;
  const match: ShareMatch = { source: 'goal', label: goal.title.trim(), goalId: goal.id };
  for (const need of goal.neededExpertise) {
    const words = labelWordsOf(need);
    const key = `${matchKey}:${words.map((word) => word.folded).join(' ')}`;
    fileLabel(table, key, words, matchKey, match, personIds);
  }
  // Each word of the title on its own: a title is a sentence, seldom quoted whole.
  for (const word of labelWordsOf(goal.title)) {
    if (word.isStopWord) continue;
    fileLabel(table, `${matchKey}:${word.folded}`, [word], matchKey, match, personIds);
  }
}

/** Indexes the labels of every live person and every active goal; see the module comment. */
export function shareIndex(
  allPeople: readonly SharePerson[],
  goals: readonly ShareGoal[],
): ShareIndex {
  const people = allPeople.filter((person) => person.deletedAt === undefined && !person.isArchived);
  const live = new Set(people.map((person) => person.id));
  const table: LabelTable = new Map();
  for (const person of people) filePersonLabels(table, person);
  for (const goal of goals) {
    if (goal.status !== 'active' || goal.deletedAt !== undefined) continue;
    fileGoalLabels(table, goal, goalPeople(goal, people, live));
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
  return {
    byFirstWord,
    people: new Map(people.map((person) => [person.id, person])),
    wordCache: new Map(),
  };
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

type Tally = { personId: Id; matches: ShareMatch[]; keys: Set<string>; weight: number };

function compareSuggestions(
  a: ShareSuggestion,
  b: ShareSuggestion,
  people: ReadonlyMap<Id, SharePerson>,
): number {
  return (
    b.weight - a.weight ||
    b.matches.length - a.matches.length ||
    b.warmth - a.warmth ||
    compareText(people.get(a.personId)?.sortName ?? '', people.get(b.personId)?.sortName ?? '') ||
    compareText(a.personId, b.personId)
  );
}

/**
 * The people to suggest for a shared item, best first, at most `limit` of them, each with
 * what matched. `now` weighs warmth.
 */
export function suggestShares(
  index: ShareIndex,
  shared: SharedItem,
  now: EpochMs,
  limit = Number.POSITIVE_INFINITY,
): ShareSuggestion[] {
  const tallies = new Map<Id, Tally>();
  for (const label of matchedLabels(index, shared)) {
    for (const personId of label.personIds) {
      let tally = tallies.get(personId);
      if (!tally) {
        tally = { personId, matches: [], keys: new Set(), weight: 0 };
        tallies.set(personId, tally);
      }
      if (tally.keys.has(label.matchKey)) continue;
      tally.keys.add(label.matchKey);
      tally.matches.push(label.match);
      tally.weight += SHARE_MATCH_WEIGHTS[label.match.source];
    }
  }
  const suggestions: ShareSuggestion[] = [];
  for (const tally of tallies.values()) {
    const person = index.people.get(tally.personId);
    if (!person) continue;
    suggestions.push({
      personId: tally.personId,
      matches: tally.matches,
      weight: tally.weight,
      warmth: strengthAt(person.strength, now),
    });
  }
  suggestions.sort((a, b) => compareSuggestions(a, b, index.people));
  return suggestions.slice(0, limit);
}
