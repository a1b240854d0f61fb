// An edit as a list of field changes, each with the value the user changed it from. Two tabs
// (or, later, two devices) can then edit one record without losing each other's work:
// - a field only one side changed keeps that side's value, because a save writes only the
//   fields it changed;
// - a field both sides changed to different values is a conflict: the save is refused and
//   the user is shown both values, so one is never silently written over the other;
// - a field both sides changed to the same value is no conflict.
// The check is by value, not by the record's updatedAt: a stamp cannot tell which fields
// changed, and two writes in the same millisecond would share one.

/** One field of T changed by the user: from the value they saw, to the value they want. */
export type FieldChange<T> = {
  [K in keyof T]-?: { field: K; from: T[K]; to: T[K] };
}[keyof T];

/** A field both sides changed: what it was, what the other side saved, and what the user has. */
export type FieldConflict<T> = {
  [K in keyof T]-?: { field: K; base: T[K]; theirs: T[K]; mine: T[K] };
}[keyof T];

/** Whether two values of a field are the same; fields may compare in their own way. */
export type FieldEquality<T> = (field: keyof T, a: unknown, b: unknown) => boolean;

/**
 * Structural equality of plain data (strings, numbers, booleans, null, arrays, plain
 * objects). An absent key and a key holding undefined are the same, as once stored they are.
 * NaN equals NaN, so an unfinished number never looks changed by comparison alone.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => isSameValue(left[key], right[key]));
}

const sameByValue = (_field: unknown, a: unknown, b: unknown) => isSameValue(a, b);

/** The fields where `mine` differs from `base`, as changes from base to mine. */
export function changesBetween<T extends object>(
  base: T,
  mine: T,
  fields: readonly (keyof T)[],
  isSame: FieldEquality<T> = sameByValue,
): FieldChange<T>[] {
  return fields
    .filter((field) => !isSame(field, base[field], mine[field]))
    .map((field) => changeOf(field, base[field], mine[field]));
}

/** A change of one field; the key ties `from` and `to` to that field's type. */
export function changeOf<T, K extends keyof T>(field: K, from: T[K], to: T[K]): FieldChange<T> {
  return { field, from, to };
}

/** A clash in one field; the key ties the three values to that field's type. */
export function conflictOf<T, K extends keyof T>(
  field: K,
  base: T[K],
  theirs: T[K],
  mine: T[K],
): FieldConflict<T> {
  return { field, base, theirs, mine };
}

/** The same changes with each new value read from `record` (a tidied copy, say). */
export function changesTo<T extends object>(
  changes: readonly FieldChange<T>[],
  record: T,
): FieldChange<T>[] {
  return changes.map(({ field, from }) => changeOf<T, keyof T>(field, from, record[field]));
}

/**
 * The changes that clash with what is stored now: the stored value moved away from the one
 * the user started from, and not to the value the user wants.
 */
export function conflictsOf<T extends object>(
  changes: readonly FieldChange<T>[],
  stored: T,
  isSame: FieldEquality<T> = sameByValue,
): FieldConflict<T>[] {
  return changes.flatMap(({ field, from, to }) => {
    const theirs = stored[field];
    if (isSame(field, theirs, from) || isSame(field, theirs, to)) return [];
    return [{ field, base: from, theirs, mine: to }];
  });
}

/**
 * The changes that still change something: a field whose stored value already equals the
 * wanted one (the other side made the same change, or the user changed it back) is left out,
 * so a save of nothing new writes nothing.
 */
export function pendingChanges<T extends object>(
  changes: readonly FieldChange<T>[],
  stored: T,
  isSame: FieldEquality<T> = sameByValue,
): FieldChange<T>[] {
  return changes.filter(({ field, to }) => !isSame(field, stored[field], to));
}

/** The record with the changes' values written over it. */
export function withChanges<T extends object>(record: T, changes: readonly FieldChange<T>[]): T {
  const changed = { ...record };
  for (const change of changes) changed[change.field] = change.to;
  return changed;
}
