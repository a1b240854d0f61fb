// vCard 2.1, 3.0 and 4.0 files (phones, iCloud, Google, Outlook) to people. The content
// lines come from vcard-lines.ts; this module decides what each property means for Ties:
// - FN → display name; N → given and family name (extra given names joined with spaces);
// - ORG → organisation (its first part; departments are dropped); TITLE (else ROLE) → role;
// - EMAIL, TEL → e-mails, phones, in any group, each with its label: TYPE values, or Apple's
//   X-ABLabel of the same group (item1.TEL with item1.X-ABLabel), read by entry-labels.ts;
// - URL → links; a URL typed "linkedin", an X-SOCIALPROFILE typed linkedin, or the first
//   LinkedIn profile among the links → LinkedIn URL;
// - the first ADR → location as "town, region, country" (its street when it has none);
// - BDAY → birthday, with Apple's X-APPLE-OMIT-YEAR and 4.0's --MMDD for no year;
// - NOTE → notes (several joined by a blank line); CATEGORIES → tags; UID → sourceKey;
// - X-TIES-EXPERTISE, -HOW-WE-MET, -NEXT-TIME, -CONNECTED-ON: written by Ties' own export.
// Photos and other embedded binaries are passed over. A CHARSET on a value that is not
// quoted-printable is ignored: the file's text was already decoded as a whole.
import { parseBirthday, parseConnectedOn } from './calendar-date';
import { ImportFileError, type ImportWarning, type ParsedImport } from './import-types';
import { IMPORT_MAX_PEOPLE, PROGRESS_EVERY } from './import-limits';
import { entryWith, labelOfAppleLabel, labelOfVCardTypes } from './entry-labels';
import type { EntryLabel } from './entry-labels';
import { isLinkedInProfileUrl } from './linkedin-url';
import { finishPerson, sampleOf } from './person-draft';
import type { ImportLog, PersonDraft } from './person-draft';
import { readVCards } from './vcard-lines';
import type { VCardCard, VCardProperty } from './vcard-lines';
import {
  hasParamValue,
  isBinary,
  paramValue,
  rawText,
  splitUnescaped,
  unescapeValue,
} from './vcard-values';

type CardDraft = Required<Pick<PersonDraft, 'emails' | 'phones' | 'links' | 'tags'>> &
  PersonDraft & { noteParts: string[]; expertiseParts?: string[] | undefined };

class CardReader {
  readonly draft: CardDraft = { emails: [], phones: [], links: [], tags: [], noteParts: [] };
  readonly warnings: Omit<ImportWarning, 'place'>[] = [];
  private role: string | undefined;
  /** Apple's X-ABLabel of each group, and the entries of each group read so far. */
  private readonly groupLabels = new Map<string, EntryLabel>();
  private readonly groupEntries = new Map<string, { list: 'emails' | 'phones'; at: number }[]>();
  private readonly isVersion21: boolean;

  constructor(card: VCardCard) {
    const version = card.properties.find((property) => property.name === 'VERSION');
    this.isVersion21 = version?.value.trim() === '2.1';
  }

  private text(property: VCardProperty): string {
    return unescapeValue(rawText(property), this.isVersion21);
  }

  private parts(property: VCardProperty, separator: string): string[] {
    return splitUnescaped(rawText(property), separator).map((part) =>
      unescapeValue(part, this.isVersion21),
    );
  }

  /** A compound value's component, its own list items (3.0 "Anna,Maria") joined by spaces. */
  private component(raw: string | undefined): string {
    if (raw === undefined) return '';
    return splitUnescaped(raw, ',')
      .map((part) => unescapeValue(part, this.isVersion21).trim())
      .filter(Boolean)
      .join(' ');
  }

  private name(property: VCardProperty): void {
    if (this.draft.familyName !== undefined || this.draft.givenName !== undefined) return;
    const [family, given, additional] = splitUnescaped(rawText(property), ';');
    this.draft.familyName = this.component(family);
    this.draft.givenName = [this.component(given), this.component(additional)]
      .filter(Boolean)
      .join(' ');
  }

  private address(property: VCardProperty): void {
    if (this.draft.location !== undefined) return;
    const [, , street, town, region, , country] = this.parts(property, ';');
    const place = [town, region, country].map((part) => part?.trim() ?? '').filter(Boolean);
    this.draft.location = place.length > 0 ? place.join(', ') : (street ?? '').replace(/\n/g, ', ');
  }

  private birthday(property: VCardProperty): void {
    if (this.draft.birthday !== undefined) return;
    const value = this.text(property).trim();
    const birthday = parseBirthday(value, paramValue(property, 'X-APPLE-OMIT-YEAR'));
    if (birthday) this.draft.birthday = birthday;
    else
      this.warnings.push({
        reason: 'unreadable-value',
        field: 'birthday',
        detail: sampleOf(value),
      });
  }

  private link(property: VCardProperty, isSocialProfile: boolean): void {
    const value = this.text(property).trim();
    const isLinkedIn = hasParamValue(property, 'linkedin') || isLinkedInProfileUrl(value);
    if (isLinkedIn && this.draft.linkedInUrl === undefined) this.draft.linkedInUrl = value;
    else if (!isSocialProfile) this.draft.links.push(value);
  }

  /** An e-mail or a phone with its label; a group's X-ABLabel, read before or after, wins. */
  private entry(property: VCardProperty, list: 'emails' | 'phones'): void {
    const value = this.text(property);
    const fromGroup = property.group === '' ? undefined : this.groupLabels.get(property.group);
    const label = fromGroup ?? labelOfVCardTypes(property.params.get('TYPE') ?? []);
    const entries = this.draft[list];
    entries.push(entryWith(value, label));
    if (property.group === '') return;
    const grouped = this.groupEntries.get(property.group) ?? [];
    grouped.push({ list, at: entries.length - 1 });
    this.groupEntries.set(property.group, grouped);
  }

  private appleLabel(property: VCardProperty): void {
    if (property.group === '') return;
    const label = labelOfAppleLabel(this.text(property));
    if (label.kind === undefined) return;
    this.groupLabels.set(property.group, label);
    for (const { list, at } of this.groupEntries.get(property.group) ?? []) {
      const entry = this.draft[list][at];
      if (entry) this.draft[list][at] = entryWith(entry.value, label);
    }
  }

  read(property: VCardProperty): void {
    if (isBinary(property)) return;
    const draft = this.draft;
    switch (property.name) {
      case 'FN':
        draft.displayName ??= this.text(property);
        break;
      case 'N':
        this.name(property);
        break;
      case 'ORG':
        draft.organisation ??= this.parts(property, ';')[0];
        break;
      case 'TITLE':
        draft.role ??= this.text(property);
        break;
      case 'ROLE':
        this.role ??= this.text(property);
        break;
      case 'EMAIL':
        this.entry(property, 'emails');
        break;
      case 'TEL':
        this.entry(property, 'phones');
        break;
      case 'X-ABLABEL':
        this.appleLabel(property);
        break;
      case 'URL':
        this.link(property, false);
        break;
      case 'X-SOCIALPROFILE':
        if (hasParamValue(property, 'linkedin')) this.link(property, true);
        break;
      case 'ADR':
        this.address(property);
        break;
      case 'BDAY':
        this.birthday(property);
        break;
      case 'NOTE':
        draft.noteParts.push(this.text(property));
        break;
      case 'CATEGORIES':
        draft.tags.push(...this.parts(property, ','));
        break;
      case 'UID':
        draft.sourceKey ??= this.text(property);
        break;
      default:
        this.readTiesProperty(property);
    }
  }

  private readTiesProperty(property: VCardProperty): void {
    const draft = this.draft;
    switch (property.name) {
      case 'X-TIES-EXPERTISE':
        draft.expertiseParts = [...(draft.expertiseParts ?? []), ...this.parts(property, ',')];
        break;
      case 'X-TIES-HOW-WE-MET':
        draft.howWeMet ??= this.text(property);
        break;
      case 'X-TIES-NEXT-TIME':
        draft.nextTimeNote ??= this.text(property);
        break;
      case 'X-TIES-CONNECTED-ON':
        draft.connectedOn ??= parseConnectedOn(this.text(property));
        break;
    }
  }

  finish(): PersonDraft {
    const { noteParts, expertiseParts, ...draft } = this.draft;
    return {
      ...draft,
      role: draft.role ?? this.role,
      notes: noteParts.join('\n\n'),
      expertise: expertiseParts,
    };
  }
}

export type VCardParseOptions = {
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Cards read at most before the file is refused; IMPORT_MAX_PEOPLE when absent. */
  maxPeople?: number | undefined;
};

const CARD_START = /^[ \t]*begin[ \t]*:[ \t]*vcard[ \t]*$/gim;

/**
 * Refuses a file past the limit. Its size is its BEGIN:VCARD lines: one fast scan, where
 * reading the rest of the cards would cost the time the limit is there to save.
 */
function tooManyCards(text: string): ImportFileError {
  let estimate = 0;
  CARD_START.lastIndex = 0;
  while (CARD_START.exec(text)) estimate += 1;
  return new ImportFileError(
    'too-many-people',
    `The file has about ${estimate} cards, more than can be imported at once`,
    String(estimate),
  );
}

/** People from a vCard file; line breaks in `text` must already be \n. */
export function parseVCards(text: string, options: VCardParseOptions = {}): ParsedImport {
  const log: ImportLog = { skipped: [], warnings: [] };
  const people: ParsedImport['people'] = [];
  const maxPeople = options.maxPeople ?? IMPORT_MAX_PEOPLE;
  const onCard = (card: VCardCard) => {
    if (card.number > maxPeople) throw tooManyCards(text);
    const place = { unit: 'card' as const, number: card.number, line: card.line };
    if (!card.isTerminated) {
      log.skipped.push({ place, reason: 'unterminated-card' });
      return;
    }
    const reader = new CardReader(card);
    for (const property of card.properties) reader.read(property);
    const person = finishPerson(reader.finish(), place, log);
    if (!person) return;
    people.push(person);
    for (const warning of reader.warnings) log.warnings.push({ place, ...warning });
    if (card.ignoredLines > 0) {
      log.warnings.push({ place, reason: 'lines-ignored', detail: String(card.ignoredLines) });
    }
  };
  readVCards(text, onCard, { onProgress: options.onProgress, progressEvery: PROGRESS_EVERY });
  return { format: 'vcard', source: 'vcard', people, skipped: log.skipped, warnings: log.warnings };
}
