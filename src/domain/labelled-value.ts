// Phone numbers and e-mail addresses with their labels (types.ts LabelledValue). Everything
// that matches, searches or deduplicates reads only the value: "+46 70 123 45 67" labelled
// Work and the same number unlabelled are one number. Pure.
import { ENTRY_KINDS, type EntryKind, type LabelledValue } from './types';

/** An unlabelled entry. */
export function unlabelled(value: string): LabelledValue {
  return { value };
}

/**
 * Entries from a list as an older Ties stored it: a plain text becomes an unlabelled entry,
 * an entry stays as it is.
 */
export function entriesOf(list: readonly (string | LabelledValue)[]): LabelledValue[] {
  return list.map((entry) => (typeof entry === 'string' ? { value: entry } : entry));
}

/** The values alone, in order. */
export function valuesOf(entries: readonly LabelledValue[]): string[] {
  return entries.map((entry) => entry.value);
}

export function isEntryKind(text: unknown): text is EntryKind {
  return typeof text === 'string' && (ENTRY_KINDS as readonly string[]).includes(text);
}

/**
 * The entry in its one stored form: a custom label without text is no label, a standard
 * kind carries no label text, and absent parts are absent keys (as IndexedDB and JSON keep
 * them), so two equal entries compare equal however they were built.
 */
export function tidyEntry(
  value: string,
  kind: LabelledValue['kind'],
  label?: string,
): LabelledValue {
  if (kind === 'custom') {
    const text = (label ?? '').trim().replace(/\s+/g, ' ');
    return text === '' ? { value } : { value, kind, label: text };
  }
  return kind === undefined ? { value } : { value, kind };
}

/** True when both entries carry the same label (the values are not compared). */
export function hasSameLabel(a: LabelledValue, b: LabelledValue): boolean {
  if ((a.kind ?? undefined) !== (b.kind ?? undefined)) return false;
  return a.kind !== 'custom' || (a.label ?? '') === (b.label ?? '');
}

/** True when the entry has a label of any kind. */
export function isLabelled(entry: LabelledValue): boolean {
  return entry.kind !== undefined;
}

/**
 * The kept entries, then the added ones whose key is new. An added entry whose value is
 * already kept lends it its label when the kept one has none, so joining two records of a
 * person never loses a label and never overrides one somebody chose.
 */
export function unionOfEntries(
  kept: readonly LabelledValue[],
  added: readonly LabelledValue[],
  keyOf: (value: string) => string,
): LabelledValue[] {
  const union = kept.map((entry) => ({ ...entry }));
  const byKey = new Map<string, LabelledValue>();
  for (const entry of union) {
    const key = keyOf(entry.value);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  for (const entry of added) {
    const key = keyOf(entry.value);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known === undefined) {
      const copy = { ...entry };
      byKey.set(key, copy);
      union.push(copy);
    } else if (!isLabelled(known) && isLabelled(entry)) {
      Object.assign(known, tidyEntry(known.value, entry.kind, entry.label));
    }
  }
  return union;
}
