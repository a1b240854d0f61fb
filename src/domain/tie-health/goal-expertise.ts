// Expertise needed by active goals, matched against what people can help with. Tags are
// compared case- and diacritic-insensitively ("M&A", "m&a"; "Förhandling", "forhandling").

import { normalizeText } from '../text';
import type { Goal, Id } from '../types';

export type GoalInput = Pick<Goal, 'id' | 'status' | 'neededExpertise' | 'deletedAt'>;

export type NeededExpertise = {
  /** Normalised tag, the identity for matching. */
  key: string;
  /** The tag as first written in a goal. */
  label: string;
  /** Active goals that need it, in the order given. */
  goalIds: Id[];
};

/** Expertise needed by active, non-deleted goals, each once, in order of first mention. */
export function neededExpertiseOf(goals: readonly GoalInput[]): NeededExpertise[] {
  const byKey = new Map<string, NeededExpertise>();
  for (const goal of goals) {
    if (goal.status !== 'active' || goal.deletedAt !== undefined) continue;
    for (const label of goal.neededExpertise) {
      const key = normalizeText(label);
      if (key === '') continue;
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { key, label: label.trim(), goalIds: [goal.id] });
      else if (!entry.goalIds.includes(goal.id)) entry.goalIds.push(goal.id);
    }
  }
  return [...byKey.values()];
}

const NO_MATCH: readonly NeededExpertise[] = Object.freeze([]);

/** Which needed expertise a person's tags cover, in the order of their tags. */
export type ExpertiseMatcher = (expertise: readonly string[]) => readonly NeededExpertise[];

/**
 * A matcher that remembers each raw tag's normalisation: across thousands of people the
 * same few tags repeat, and normalising is the expensive part.
 */
export function expertiseMatcher(needed: readonly NeededExpertise[]): ExpertiseMatcher {
  const byKey = new Map(needed.map((entry) => [entry.key, entry]));
  const byTag = new Map<string, NeededExpertise | null>();
  return (expertise) => {
    if (byKey.size === 0 || expertise.length === 0) return NO_MATCH;
    let matches: NeededExpertise[] | undefined;
    for (const tag of expertise) {
      let entry = byTag.get(tag);
      if (entry === undefined) {
        entry = byKey.get(normalizeText(tag)) ?? null;
        byTag.set(tag, entry);
      }
      if (entry && !matches?.includes(entry)) (matches ??= []).push(entry);
    }
    return matches ?? NO_MATCH;
  };
}
