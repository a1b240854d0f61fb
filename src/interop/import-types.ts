// What every importer (LinkedIn CSV, Google CSV, vCard) hands to the import pipeline: the
// people it read, in the file's order, and the rows or cards it could not use, each named by
// its number in the file. Parsers are pure and never touch the database; matching against
// stored people and writing happen later (merge.ts, db/writes/imports.ts).
import type { LimitedField } from '../domain/field-limits';
import type { Birthday, LabelledValue, Source } from '../domain/types';

export type ImportFormat = 'linkedin-csv' | 'google-csv' | 'vcard';

/**
 * Where an item sits in its file: a CSV line (1-based, as an editor shows it) or a card
 * (1-based, counting every BEGIN:VCARD). A card also carries the line it begins on.
 */
export type ImportPlace = {
  unit: 'line' | 'card';
  number: number;
  /** For a card: the line of its BEGIN:VCARD. */
  line?: number | undefined;
};

/** One person as read from a file; empty strings and lists where the file had nothing. */
export type ImportedPerson = {
  place: ImportPlace;
  /**
   * Stable key for re-imports: the canonical LinkedIn profile URL (see linkedInProfileKey)
   * or the vCard UID, when present. Ties' own vCard export writes the Ties id as the UID for
   * people that did not come from a vCard, so a re-import may carry a Ties id here.
   */
  sourceKey?: string | undefined;
  givenName: string;
  familyName: string;
  displayName: string;
  organisation: string;
  role: string;
  /** As written in the file (not lower-cased); duplicates differing only in case removed. */
  emails: LabelledValue[];
  phones: LabelledValue[];
  linkedInUrl: string;
  links: string[];
  location: string;
  birthday?: Birthday | undefined;
  notes: string;
  tags: string[];
  /** LinkedIn's "Connected On", as YYYY-MM-DD. */
  connectedOn?: string | undefined;
  /** Only Ties' own vCards carry these (X-TIES-EXPERTISE, -HOW-WE-MET, -NEXT-TIME). */
  expertise?: string[] | undefined;
  howWeMet?: string | undefined;
  nextTimeNote?: string | undefined;
};

/**
 * Why an item was left out; the UI words it (with `detail` when given).
 * detail: 'too-many-columns' → the row's cell count; 'unbalanced-quotes' → 'rest-of-file'
 * when the rest of the file could not be read; 'malformed' → what was wrong, in English;
 * 'field-too-long' → the characters of the value (or list entry) in `field`;
 * 'too-many-items' → the entries of the list in `field` (see domain/field-limits.ts).
 */
export type SkipReason =
  | 'no-name'
  | 'malformed'
  | 'unterminated-card'
  | 'unbalanced-quotes'
  | 'too-many-columns'
  | 'field-too-long'
  | 'too-many-items';

export type SkippedItem = {
  place: ImportPlace;
  reason: SkipReason;
  detail?: string | undefined;
  /** For 'field-too-long' and 'too-many-items': the ImportedPerson field over its limit. */
  field?: LimitedField | undefined;
};

/**
 * Something about a person that was read but changed or dropped on the way in; the person
 * is still imported. `field` names the ImportedPerson field ('birthday', 'connectedOn' …).
 * detail: 'extra-cells' → the row's cell count; 'lines-ignored' → how many lines;
 * 'unreadable-value' → the value as written (at most 100 characters).
 */
export type ImportWarningReason = 'extra-cells' | 'lines-ignored' | 'unreadable-value';

export type ImportWarning = {
  place: ImportPlace;
  reason: ImportWarningReason;
  field?: string | undefined;
  detail?: string | undefined;
};

export type ParsedImport = {
  format: ImportFormat;
  /**
   * Where the people come from; recorded on new people and on the import batch. The parsers
   * here say 'linkedin', 'vcard' or 'google'; people picked with the phone's Contact Picker
   * read like vCards but are 'contact-picker'.
   */
  source: Extract<Source, 'linkedin' | 'vcard' | 'google' | 'contact-picker'>;
  people: ImportedPerson[];
  skipped: SkippedItem[];
  /** Always set by the parsers in this folder; optional only so older literals still type. */
  warnings?: ImportWarning[] | undefined;
};

/** A whole file refused: nothing in it is used. */
export type ImportFailureReason =
  | 'too-large'
  | 'empty'
  | 'unknown-format'
  | 'not-utf8'
  | 'binary'
  | 'no-header'
  | 'unsupported-encoding'
  | 'too-many-people';

export class ImportFileError extends Error {
  readonly reason: ImportFailureReason;
  /**
   * 'too-large' → the file's size in bytes; 'not-utf8' → the byte offset (0-based) of the
   * first byte that is not UTF-8; 'unsupported-encoding' → the label asked for; 'binary' →
   * what the file appears to be (binary-sniff.ts BinaryKind); 'too-many-people' → about how
   * many people (rows or cards) the file holds, counted cheaply once past the limit.
   */
  readonly detail: string | undefined;
  /** For 'not-utf8': the line (1-based) holding the first bad byte. */
  readonly line: number | undefined;

  constructor(reason: ImportFailureReason, message: string, detail?: string, line?: number) {
    super(message);
    this.name = 'ImportFileError';
    this.reason = reason;
    this.detail = detail;
    this.line = line;
  }
}
