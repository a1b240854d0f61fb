// One change applied to many people at once from the People list: a tier, a cadence
// (the tier's, an own rhythm, or none), tags added or removed, or a pause. Each edit
// changes one field; what each person held in that field before is kept, so Undo can put
// back every person's own previous value rather than one value for all.
import { parseLabels } from './contact-validation';
import { MAX_CHARS, MAX_ITEMS } from './field-limits';
import { isValidCadenceDays, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from './tie-health/tie-settings';
import type { Contact, Id, Tier } from './types';

export type BulkEdit =
  | { kind: 'tier'; tier: Tier }
  /** A number of days, null for "no cadence", undefined to follow the tier's cadence. */
  | { kind: 'cadence'; cadenceDays: number | null | undefined }
  | { kind: 'add-tags'; tags: readonly string[] }
  | { kind: 'remove-tags'; tags: readonly string[] }
  | { kind: 'pause'; isPaused: boolean };

/** The fields a bulk edit may change, with what a person held in them before it. */
export type BulkEditFields = Pick<Contact, 'tier' | 'cadenceDays' | 'tags' | 'isPaused'>;

export type BulkPrevious = { id: Id } & BulkEditFields;

/** Why a bulk edit was refused; nothing is changed then. */
export type BulkEditProblem =
  | { reason: 'no-tags' }
  | { reason: 'tag-too-long'; max: number }
  | { reason: 'too-many-tags'; max: number; count: number }
  | { reason: 'cadence-out-of-range'; min: number; max: number };

/** Tags typed as "a, b": trimmed, blanks and repeats dropped (as the person form does). */
export function tagsFromText(text: string): string[] {
  return parseLabels(text);
}

/** What is wrong with the edit itself, before any person is looked at. */
export function bulkEditProblem(edit: BulkEdit): BulkEditProblem | undefined {
  switch (edit.kind) {
    case 'add-tags':
    case 'remove-tags': {
      if (edit.tags.length === 0) return { reason: 'no-tags' };
      const max = MAX_CHARS.tags;
      return edit.tags.some((tag) => tag.length > max)
        ? { reason: 'tag-too-long', max }
        : undefined;
    }
    case 'cadence':
      return typeof edit.cadenceDays === 'number' && !isValidCadenceDays(edit.cadenceDays)
        ? { reason: 'cadence-out-of-range', min: MIN_CADENCE_DAYS, max: MAX_CADENCE_DAYS }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The edit's problem once applied to these people: adding tags may take someone past the
 * most tags a person can have; the count says how many people that would be.
 */
export function bulkEditProblemFor(
  edit: BulkEdit,
  people: readonly Pick<Contact, 'tags'>[],
): BulkEditProblem | undefined {
  const problem = bulkEditProblem(edit);
  if (problem || edit.kind !== 'add-tags') return problem;
  const max = MAX_ITEMS.tags;
  const count = people.filter((person) => withTags(person.tags, edit.tags).length > max).length;
  return count > 0 ? { reason: 'too-many-tags', max, count } : undefined;
}

/** The one field the edit sets on this person, or undefined when it would change nothing. */
export function bulkEditOf(
  person: BulkEditFields,
  edit: BulkEdit,
): Partial<BulkEditFields> | undefined {
  switch (edit.kind) {
    case 'tier':
      return person.tier === edit.tier ? undefined : { tier: edit.tier };
    case 'cadence':
      return person.cadenceDays === edit.cadenceDays
        ? undefined
        : { cadenceDays: edit.cadenceDays };
    case 'pause':
      return person.isPaused === edit.isPaused ? undefined : { isPaused: edit.isPaused };
    case 'add-tags': {
      const tags = withTags(person.tags, edit.tags);
      return tags.length === person.tags.length ? undefined : { tags };
    }
    case 'remove-tags': {
      const removed = new Set(edit.tags.map(labelKey));
      const tags = person.tags.filter((tag) => !removed.has(labelKey(tag)));
      return tags.length === person.tags.length ? undefined : { tags };
    }
  }
}

/** The fields a bulk edit of this kind changed, as they were before it. */
export function previousOf(person: BulkPrevious, edit: BulkEdit): Partial<BulkEditFields> {
  switch (edit.kind) {
    case 'tier':
      return { tier: person.tier };
    case 'cadence':
      return { cadenceDays: person.cadenceDays };
    case 'pause':
      return { isPaused: person.isPaused };
    case 'add-tags':
    case 'remove-tags':
      return { tags: person.tags };
  }
}

/** Tags compare as the person form compares them: case-insensitive, spaces collapsed. */
function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function withTags(tags: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(tags.map(labelKey));
  const result = [...tags];
  for (const tag of added) {
    const key = labelKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
