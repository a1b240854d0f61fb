// Every importer fills a PersonDraft with the raw text it found and hands it to
// finishPerson, which cleans each field the same way for every format (clean-text.ts),
// checks it against the limits every part of Ties shares (domain/field-limits.ts), and
// decides whether the item is a person at all. Decisions, once for all formats:
// - a person needs a name; without one the first e-mail becomes the display name, and an
//   item with neither is skipped as 'no-name' (a phone number alone names nobody);
// - e-mails are kept as written (the local part may be case-sensitive and the user should
//   see what the file said); duplicates differing only in case are dropped. Matching against
//   stored people compares them lower-cased;
// - a LinkedIn profile among the links becomes the LinkedIn URL when there is none yet;
// - a value over its limit leaves the whole item out, skipped as 'field-too-long' or
//   'too-many-items' naming the field. The limits are far above real contacts, so such a
//   value is a broken file (a stray quote that swallowed the rows after it): keeping its
//   first part would store text nobody wrote as one value and quietly drop the rest, while
//   a skip names the line and field, so the file can be fixed and imported again (a
//   re-import merges with what the first one added).
import { tidyEntry } from '../domain/labelled-value';
import type { Birthday, LabelledValue } from '../domain/types';
import { limitProblemOf, type LimitProblem } from '../domain/field-limits';
import { caseFreeKey, cleanLine, cleanNote, cutText, uniqueBy } from './clean-text';
import type { ImportPlace, ImportWarning, ImportedPerson, SkippedItem } from './import-types';
import { isLinkedInProfileUrl } from './linkedin-url';

export type PersonDraft = {
  sourceKey?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  displayName?: string | undefined;
  organisation?: string | undefined;
  role?: string | undefined;
  emails?: LabelledValue[] | undefined;
  phones?: LabelledValue[] | undefined;
  linkedInUrl?: string | undefined;
  links?: string[] | undefined;
  location?: string | undefined;
  birthday?: Birthday | undefined;
  notes?: string | undefined;
  tags?: string[] | undefined;
  connectedOn?: string | undefined;
  expertise?: string[] | undefined;
  howWeMet?: string | undefined;
  nextTimeNote?: string | undefined;
};

/** Where parsers collect what they skipped and what they changed, in file order. */
export type ImportLog = { skipped: SkippedItem[]; warnings: ImportWarning[] };

type ListField = 'links' | 'tags' | 'expertise';
type EntryField = 'emails' | 'phones';

/** Removes a scheme that some files put before an e-mail or a phone number. */
const ENTRY_PREFIX: Record<EntryField, RegExp> = { emails: /^mailto:/i, phones: /^tel:/i };
/** E-mails and tags are one item whatever their case; phones and links only when equal. */
const LIST_KEY: Record<ListField | EntryField, (item: string) => string> = {
  emails: caseFreeKey,
  phones: (item) => item,
  links: (item) => item,
  tags: caseFreeKey,
  expertise: caseFreeKey,
};

function line(text: string | undefined): string {
  return text === undefined ? '' : cleanLine(text);
}

function note(text: string | undefined): string {
  return text === undefined ? '' : cleanNote(text);
}

function list(field: ListField, items: readonly string[] | undefined): string[] {
  if (items === undefined) return [];
  const cleaned: string[] = [];
  for (const item of items) {
    const text = cleanLine(item);
    if (text !== '') cleaned.push(text);
  }
  return uniqueBy(cleaned, LIST_KEY[field]);
}

/**
 * E-mails or phones, cleaned like any list; of entries that repeat a value the first is
 * kept, with the first label any of them carries (a file may list a number twice, once
 * with its label).
 */
function entries(field: EntryField, items: readonly LabelledValue[] | undefined): LabelledValue[] {
  if (items === undefined) return [];
  const keyOf = LIST_KEY[field];
  const byKey = new Map<string, LabelledValue>();
  for (const item of items) {
    const value = cleanLine(item.value.replace(ENTRY_PREFIX[field], ''));
    if (value === '') continue;
    const label = item.label === undefined ? undefined : cleanLine(item.label);
    const entry = tidyEntry(value, item.kind, label);
    const key = keyOf(value);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, entry);
    else if (known.kind === undefined && entry.kind !== undefined) {
      byKey.set(key, tidyEntry(known.value, entry.kind, entry.label));
    }
  }
  return [...byKey.values()];
}

/** A person left out for a value over its limit, as the preview lists it. */
export function limitSkip(place: ImportPlace, problem: LimitProblem): SkippedItem {
  return {
    place,
    reason: problem.kind === 'chars' ? 'field-too-long' : 'too-many-items',
    field: problem.field,
    detail: String(problem.size),
  };
}

/** The cleaned person, or undefined (and a 'no-name' skip in the log) when it names nobody. */
export function finishPerson(
  draft: PersonDraft,
  place: ImportPlace,
  log: ImportLog,
): ImportedPerson | undefined {
  const emails = entries('emails', draft.emails);
  let links = list('links', draft.links);
  let linkedInUrl = line(draft.linkedInUrl);
  if (linkedInUrl === '') {
    const profile = links.find(isLinkedInProfileUrl);
    if (profile !== undefined) {
      linkedInUrl = profile;
      links = links.filter((link) => link !== profile);
    }
  }
  const person: ImportedPerson = {
    place,
    givenName: line(draft.givenName),
    familyName: line(draft.familyName),
    displayName: line(draft.displayName),
    organisation: line(draft.organisation),
    role: line(draft.role),
    emails,
    phones: entries('phones', draft.phones),
    linkedInUrl,
    links,
    location: line(draft.location),
    notes: note(draft.notes),
    tags: list('tags', draft.tags),
  };
  if (person.givenName === '' && person.familyName === '' && person.displayName === '') {
    const firstEmail = emails[0]?.value;
    if (firstEmail === undefined) {
      log.skipped.push({ place, reason: 'no-name' });
      return undefined;
    }
    person.displayName = firstEmail;
  }
  const sourceKey = line(draft.sourceKey);
  if (sourceKey !== '') person.sourceKey = sourceKey;
  if (draft.birthday) person.birthday = draft.birthday;
  if (draft.connectedOn !== undefined) person.connectedOn = draft.connectedOn;
  if (draft.expertise !== undefined) person.expertise = list('expertise', draft.expertise);
  if (draft.howWeMet !== undefined) person.howWeMet = note(draft.howWeMet);
  if (draft.nextTimeNote !== undefined) person.nextTimeNote = note(draft.nextTimeNote);
  const problem = limitProblemOf(person);
  if (problem) {
    log.skipped.push(limitSkip(place, problem));
    return undefined;
  }
  return person;
}

/** A short sample of an unreadable value for a warning's detail. */
export function sampleOf(text: string): string {
  return cutText(cleanLine(text), 100);
}
