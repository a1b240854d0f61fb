// Two stored records of one person made one (db/writes/people-merge.ts moves their touches and
// links). The kept person's own values win; the merged person's fill what the kept one
// lacks, so nothing typed in is lost:
// - single text fields and the birthday, custom cadence, met-via, import key and LinkedIn
//   date are filled only when empty;
// - free-text notes (notes, "next time", how we met) are joined when both have text;
// - lists (emails, phones, links, tags, expertise) get the merged person's entries they lack;
//   a phone or e-mail both have keeps the kept person's label, or takes the merged one's when
//   the kept one has none;
// - the person was known since the earlier of the two dates added.
// Tier, affiliation, pause, archive and source stay the kept person's. Derived fields are
// left for the caller to rebuild from the touches both now share.
import { searchTextOf, sortNameOf } from './contact';
import { unionOfEntries } from './labelled-value';
import type { Contact, EpochMs } from './types';

const FILLED_TEXT = [
  'givenName',
  'familyName',
  'displayName',
  'organisation',
  'role',
  'linkedInUrl',
  'location',
] as const;
const JOINED_TEXT = ['notes', 'nextTimeNote', 'howWeMet'] as const;
const LISTS = ['links', 'tags', 'expertise'] as const;
/** When two phones or e-mails are one: an address in any case, a number in any spacing. */
const ENTRY_KEYS = {
  emails: (value: string) => value.trim().toLocaleLowerCase(),
  phones: (value: string) => value.replace(/[^\d+]/g, ''),
} as const;

function unionOf(kept: readonly string[], merged: readonly string[]): string[] {
  const seen = new Set(kept.map((value) => value.trim().toLocaleLowerCase()));
  const union = [...kept];
  for (const value of merged) {
    const key = value.trim().toLocaleLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    union.push(value);
  }
  return union;
}

function joinedText(kept: string, merged: string): string {
  if (merged.trim() === '' || merged.trim() === kept.trim()) return kept;
  if (kept.trim() === '') return merged;
  return `${kept}\n\n${merged}`;
}

/** The kept person with the merged person's values filled in (see the module comment). */
export function mergedPersonOf(keep: Contact, merge: Contact, now: EpochMs): Contact {
  const person: Contact = {
    ...keep,
    updatedAt: now,
    createdAt: Math.min(keep.createdAt, merge.createdAt),
  };
  for (const field of FILLED_TEXT) {
    if (person[field].trim() === '') person[field] = merge[field];
  }
  for (const field of JOINED_TEXT) person[field] = joinedText(keep[field], merge[field]);
  for (const field of LISTS) person[field] = unionOf(keep[field], merge[field]);
  person.emails = unionOfEntries(keep.emails, merge.emails, ENTRY_KEYS.emails);
  person.phones = unionOfEntries(keep.phones, merge.phones, ENTRY_KEYS.phones);
  if (person.birthday === undefined && merge.birthday !== undefined) {
    person.birthday = { ...merge.birthday };
  }
  if (person.cadenceDays === undefined && merge.cadenceDays !== undefined) {
    person.cadenceDays = merge.cadenceDays;
  }
  if (person.metViaId === merge.id) delete person.metViaId;
  if (person.metViaId === undefined && merge.metViaId !== undefined && merge.metViaId !== keep.id) {
    person.metViaId = merge.metViaId;
  }
  if (person.sourceKey === undefined && merge.sourceKey !== undefined) {
    person.sourceKey = merge.sourceKey;
  }
  if (person.connectedOn === undefined && merge.connectedOn !== undefined) {
    person.connectedOn = merge.connectedOn;
  }
  if (merge.importedValues !== undefined) {
    person.importedValues = { ...merge.importedValues, ...keep.importedValues };
  }
  person.sortName = sortNameOf(person);
  person.searchText = searchTextOf(person);
  return person;
}
