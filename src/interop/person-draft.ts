// Every importer fills a PersonDraft with the raw text it found and hands it to
// finishPerson, which cleans each field the same way for every format (clean-text.ts), cuts
// what is over the limits (import-limits.ts) with a warning, and decides whether the item
// is a person at all. Decisions, once for all formats:
// - a person needs a name; without one the first e-mail becomes the display name, and an
//   item with neither is skipped as 'no-name' (a phone number alone names nobody);
// - e-mails are kept as written (the local part may be case-sensitive and the user should
//   see what the file said); duplicates differing only in case are dropped. Matching against
//   stored people compares them lower-cased;
// - a LinkedIn profile among the links becomes the LinkedIn URL when there is none yet;
// - over-long fields are cut, never dropped: losing the end of a 10 MB note is better than
//   losing the person, and the preview says so through a 'field-cut' warning.
import type { Birthday } from '../domain/types';
import { caseFreeKey, cleanLine, cleanNote, cutText, uniqueBy } from './clean-text';
import type { ImportPlace, ImportWarning, ImportedPerson, SkippedItem } from './import-types';
import { MAX_FIELD_CHARS, MAX_LIST_ITEMS, MAX_NOTE_CHARS } from './import-limits';
import { isLinkedInProfileUrl } from './linkedin-url';

export type PersonDraft = {
  sourceKey?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  displayName?: string | undefined;
  organisation?: string | undefined;
  role?: string | undefined;
  emails?: string[] | undefined;
  phones?: string[] | undefined;
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

type LineField = 'givenName' | 'familyName' | 'displayName' | 'organisation' | 'role' | 'location';
type NoteField = 'notes' | 'howWeMet' | 'nextTimeNote';
type ListField = 'emails' | 'phones' | 'links' | 'tags' | 'expertise';

const MAILTO = /^mailto:/i;
const TEL = /^tel:/i;

/** Removes a scheme that some files put before an e-mail or a phone number. */
const LIST_PREFIX: Partial<Record<ListField, RegExp>> = { emails: MAILTO, phones: TEL };
/** E-mails and tags are one item whatever their case; phones and links only when equal. */
const LIST_KEY: Record<ListField, (item: string) => string> = {
  emails: caseFreeKey,
  phones: (item) => item,
  links: (item) => item,
  tags: caseFreeKey,
  expertise: caseFreeKey,
};

class FieldCleaner {
  constructor(
    private readonly place: ImportPlace,
    private readonly warnings: ImportWarning[],
  ) {}

  private cut(field: string, text: string, max: number): string {
    if (text.length <= max) return text;
    this.warnings.push({
      place: this.place,
      reason: 'field-cut',
      field,
      detail: String(text.length),
    });
    return cutText(text, max).trimEnd();
  }

  line(field: string, text: string | undefined): string {
    return text === undefined ? '' : this.cut(field, cleanLine(text), MAX_FIELD_CHARS);
  }

  note(field: NoteField, text: string | undefined): string {
    return text === undefined ? '' : this.cut(field, cleanNote(text), MAX_NOTE_CHARS);
  }

  list(field: ListField, items: readonly string[] | undefined): string[] {
    if (items === undefined) return [];
    const prefix = LIST_PREFIX[field];
    const cleaned: string[] = [];
    for (const item of items) {
      const text = cleanLine(prefix ? item.replace(prefix, '') : item);
      if (text !== '') cleaned.push(this.cut(field, text, MAX_FIELD_CHARS));
    }
    const unique = uniqueBy(cleaned, LIST_KEY[field]);
    if (unique.length <= MAX_LIST_ITEMS) return unique;
    this.warnings.push({
      place: this.place,
      reason: 'list-cut',
      field,
      detail: String(unique.length),
    });
    return unique.slice(0, MAX_LIST_ITEMS);
  }
}

/** The cleaned person, or undefined (and a 'no-name' skip in the log) when it names nobody. */
export function finishPerson(
  draft: PersonDraft,
  place: ImportPlace,
  log: ImportLog,
): ImportedPerson | undefined {
  const warnings: ImportWarning[] = [];
  const clean = new FieldCleaner(place, warnings);
  const lineOf = (field: LineField) => clean.line(field, draft[field]);
  const emails = clean.list('emails', draft.emails);
  let links = clean.list('links', draft.links);
  let linkedInUrl = clean.line('linkedInUrl', draft.linkedInUrl);
  if (linkedInUrl === '') {
    const profile = links.find(isLinkedInProfileUrl);
    if (profile !== undefined) {
      linkedInUrl = profile;
      links = links.filter((link) => link !== profile);
    }
  }
  const person: ImportedPerson = {
    place,
    givenName: lineOf('givenName'),
    familyName: lineOf('familyName'),
    displayName: lineOf('displayName'),
    organisation: lineOf('organisation'),
    role: lineOf('role'),
    emails,
    phones: clean.list('phones', draft.phones),
    linkedInUrl,
    links,
    location: lineOf('location'),
    notes: clean.note('notes', draft.notes),
    tags: clean.list('tags', draft.tags),
  };
  if (person.givenName === '' && person.familyName === '' && person.displayName === '') {
    const firstEmail = emails[0];
    if (firstEmail === undefined) {
      log.skipped.push({ place, reason: 'no-name' });
      return undefined;
    }
    person.displayName = firstEmail;
  }
  const sourceKey = clean.line('sourceKey', draft.sourceKey);
  if (sourceKey !== '') person.sourceKey = sourceKey;
  if (draft.birthday) person.birthday = draft.birthday;
  if (draft.connectedOn !== undefined) person.connectedOn = draft.connectedOn;
  if (draft.expertise !== undefined) person.expertise = clean.list('expertise', draft.expertise);
  if (draft.howWeMet !== undefined) person.howWeMet = clean.note('howWeMet', draft.howWeMet);
  if (draft.nextTimeNote !== undefined) {
    person.nextTimeNote = clean.note('nextTimeNote', draft.nextTimeNote);
  }
  log.warnings.push(...warnings);
  return person;
}

/** A short sample of an unreadable value for a warning's detail. */
export function sampleOf(text: string): string {
  return cutText(cleanLine(text), 100);
}
