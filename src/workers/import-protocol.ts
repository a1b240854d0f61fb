// Messages between the import screen and the import worker (import.worker.ts).
//
// One worker per import: the screen starts it with the file's bytes (transferred, not
// copied) or, for phone contacts, people already read. The worker decodes, parses, matches
// against the stored people (it reads them from IndexedDB itself) and keeps the plan. The
// screen only ever receives a preview: counts and the first few hundred of each list, never
// thousands of drafts, so no main-thread task grows with the size of the file. Confirming
// sends the user's choices back and the worker writes the plan in one transaction, telling
// how far it got. Cancelling a read is terminating the worker: nothing has been written
// before a confirm. A write (the confirm, or an undo) is stopped with a 'cancel' message
// instead, so that the worker can abort its transaction and answer with what really
// happened: 'cancelled' with nothing written, or done, when the stop came as it committed.
import type { ImportResult, UndoImportResult } from '../db/writes/imports';
import type { ImportErrorReason } from '../db/write-errors';
import type { WriteFailureReason } from '../db/write-failure';
import type {
  ImportFailureReason,
  ImportFormat,
  ImportPlace,
  ImportWarning,
  ParsedImport,
  SkippedItem,
} from '../interop/import-types';
import type {
  FieldValue,
  ImportChoices,
  InFileDuplicate,
  ListAddition,
  MatchRule,
  MergeField,
} from '../interop/merge';
import type { Id, Source } from '../domain/types';

/** How many items of each list the preview carries; the counts are always complete. */
export const PREVIEW_LIST_LIMIT = 200;
/** People with conflicts carried for a per-field choice; the rest keep the user's values. */
export const PREVIEW_CONFLICT_LIMIT = 1_000;
/** Longer values (a long note) are cut in the preview; the import itself writes them whole. */
export const PREVIEW_VALUE_CHARS = 300;

export type ImportRequest =
  | {
      type: 'read-file';
      bytes: ArrayBuffer;
      /** A WHATWG encoding label the user picked after a 'not-utf8' failure. */
      encoding?: string | undefined;
    }
  /** People read by the screen itself (the Contact Picker), to be matched and previewed. */
  | { type: 'read-people'; parsed: ParsedImport; source: Extract<Source, 'contact-picker'> }
  /** Write the plan of the last preview with these choices. */
  | { type: 'confirm'; choices: ImportChoices; fileName: string }
  /** Take back an import (db/writes/imports.ts undoImport), off the main thread as well. */
  | { type: 'undo'; batchId: Id }
  /** Stop the confirm or undo under way; it answers 'cancelled' unless already committing. */
  | { type: 'cancel' };

export type ImportPhase = 'reading' | 'matching';

/** Why a whole file was refused ('read-failed': something unexpected went wrong). */
export type ImportFailure = {
  reason: ImportFailureReason | 'read-failed';
  /** As ImportFileError.detail: the size in bytes, the offset of the first bad byte … */
  detail?: string | undefined;
  /** For 'not-utf8': the line of the first bad byte. */
  line?: number | undefined;
};

export type ApplyFailureReason = 'stale-plan' | 'no-plan' | 'write-failed' | 'cancelled';

export type UndoFailureReason = ImportErrorReason | 'write-failed' | 'cancelled';

export type PreviewPerson = { name: string; organisation: string; places: ImportPlace[] };

export type PreviewField = {
  field: MergeField;
  stored?: FieldValue | undefined;
  incoming: FieldValue;
};

export type PreviewMatch = {
  contactId: Id;
  name: string;
  rule: MatchRule;
  places: ImportPlace[];
  fills: PreviewField[];
  updates: PreviewField[];
  additions: ListAddition[];
  conflicts: PreviewField[];
};

export type PreviewCounts = {
  newPeople: number;
  /** Stored people the file matched, changed or not. */
  matched: number;
  /** Matched people confirming would change. */
  changed: number;
  /** Matched people with at least one conflict. */
  withConflicts: number;
  conflicts: number;
  skipped: number;
  duplicates: number;
  warnings: number;
};

export type ImportPreview = {
  format: ImportFormat;
  source: Source;
  /** The encoding the text was read with; undefined for phone contacts. */
  encoding: string | undefined;
  counts: PreviewCounts;
  newPeople: PreviewPerson[];
  /** Changed matches: every one with conflicts (up to the limit) first, then the rest. */
  matches: PreviewMatch[];
  skipped: SkippedItem[];
  duplicates: InFileDuplicate[];
  warnings: ImportWarning[];
};

export type ImportResponse =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'failed'; failure: ImportFailure }
  /** How far the confirm or undo under way got, in people. */
  | { type: 'write-progress'; done: number; total: number }
  | { type: 'applied'; result: ImportResult }
  | {
      type: 'apply-failed';
      reason: ApplyFailureReason;
      /** For 'write-failed': why the database refused (a full disk …). */
      writeFailure?: WriteFailureReason | undefined;
    }
  | { type: 'undone'; result: UndoImportResult }
  | {
      type: 'undo-failed';
      reason: UndoFailureReason;
      writeFailure?: WriteFailureReason | undefined;
    };
