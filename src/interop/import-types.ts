// What every importer (LinkedIn CSV, Google CSV, vCard) hands to the import pipeline: the
// people it read, in the file's order, and the rows or cards it could not use, each named by
// its number in the file. Parsers are pure and never touch the database; matching against
// stored people and writing happen later (merge.ts, db/imports.ts).
import type { Birthday, Source } from '../domain/types';

export type ImportFormat = 'linkedin-csv' | 'google-csv' | 'vcard';

/** Where an item sits in its file: a CSV line (1-based, as an editor shows it) or a card. */
export type ImportPlace = { unit: 'line' | 'card'; number: number };

/** One person as read from a file; empty strings and lists where the file had nothing. */
export type ImportedPerson = {
  place: ImportPlace;
  /** Stable key for re-imports: the LinkedIn profile URL or the vCard UID, when present. */
  sourceKey?: string | undefined;
  givenName: string;
  familyName: string;
  displayName: string;
  organisation: string;
  role: string;
  emails: string[];
  phones: string[];
  linkedInUrl: string;
  links: string[];
  location: string;
  birthday?: Birthday | undefined;
  notes: string;
  tags: string[];
  /** LinkedIn's "Connected On", as YYYY-MM-DD. */
  connectedOn?: string | undefined;
};

/** Why an item was left out; the UI words it (with `detail` when given). */
export type SkipReason =
  | 'no-name'
  | 'malformed'
  | 'unterminated-card'
  | 'unbalanced-quotes'
  | 'too-many-columns'
  | 'field-too-long';

export type SkippedItem = { place: ImportPlace; reason: SkipReason; detail?: string | undefined };

export type ParsedImport = {
  format: ImportFormat;
  source: Extract<Source, 'linkedin' | 'vcard' | 'google'>;
  people: ImportedPerson[];
  skipped: SkippedItem[];
};

/** A whole file refused: nothing in it is used. */
export type ImportFailureReason =
  'too-large' | 'empty' | 'unknown-format' | 'not-utf8' | 'binary' | 'no-header';

export class ImportFileError extends Error {
  readonly reason: ImportFailureReason;
  readonly detail: string | undefined;

  constructor(reason: ImportFailureReason, message: string, detail?: string) {
    super(message);
    this.name = 'ImportFileError';
    this.reason = reason;
    this.detail = detail;
  }
}
