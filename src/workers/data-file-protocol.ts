// Messages between the data screen and the data-file worker (data-file.worker.ts): making a
// backup, exporting people as vCard or CSV, and checking, restoring and reverting a backup.
// All of them read or write every row, which at 10,000 people and 100,000 touches would hold
// the main thread for seconds; in the worker the page stays responsive. Looking for
// duplicates reads everyone too (about half a second of main-thread work at 20,000 people),
// so it runs here as well and answers with the pairs and only the people in them. The list
// of recent imports is read here too: a stored import holds every id it added and a copy of
// every person it changed, and the screen needs only a line about each.
//
// Files travel as Blobs, which are passed by reference, never copied. A restore is two
// steps: 'check-restore' reads and checks the whole file and answers with what it would
// replace; the worker keeps the checked backup, and only a 'restore' that follows writes it.
// Terminating the worker in between writes nothing. While it writes, the worker reports
// 'restore-progress'; a 'cancel-restore' stops it before it commits ('restore-cancelled'),
// and so does terminating the worker: the restore happens whole or not at all
// (db/writes/restore.ts). One that arrives too late changes nothing: the answer is then
// 'restored'.
import type { RestorePhase, RestoreResult } from '../db/writes/restore';
import type { RestorePreview } from '../db/reads/backup';
import type { WriteErrorReason } from '../db/write-errors';
import type { ImportSummary } from '../db/reads/imports';
import type { BackupCounts, BackupErrorDetails, BackupErrorReason } from '../interop/backup-format';
import type { DuplicatePair } from '../domain/duplicates';
import type { Contact, EpochMs, Id, Language } from '../domain/types';

/** A backup larger than this is refused before it is read: 512 MiB, far above 10,000 people. */
export const RESTORE_MAX_BYTES = 512 * 1024 * 1024;

export type ExportFormat = 'vcard' | 'csv';

export type DataFileRequest =
  | { type: 'backup' }
  /** ids: only these people (in this order); without them, everyone not deleted. */
  /** language: the order of everyone's names when no ids are given. */
  | { type: 'export'; format: ExportFormat; ids?: Id[] | undefined; language: Language }
  | { type: 'check-restore'; file: Blob }
  /** Restores the backup the last 'check-restore' accepted. */
  | { type: 'restore' }
  /** Stops the restore in progress, if it has not committed yet. */
  | { type: 'cancel-restore' }
  | { type: 'revert-restore' }
  /** Likely duplicates among everyone stored (domain/duplicates.ts). */
  | { type: 'find-duplicates'; language: Language }
  /** The last `limit` imports, undone ones too (db/reads/imports.ts importHistory). */
  | { type: 'list-imports'; limit: number };

export type RestoreCheck = {
  replaces: RestorePreview['replaces'];
  createdAt: EpochMs;
  appVersion: string;
  formatVersion: number;
};

export type RestoreProblem = {
  reason: BackupErrorReason | 'too-large' | 'unreadable';
  details: BackupErrorDetails;
};

/** What the duplicates list shows of each person in a pair. */
export type DuplicatePerson = Pick<
  Contact,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'displayName'
  | 'organisation'
  | 'emails'
  | 'touchCount'
  | 'createdAt'
>;

export type DataFileJob = DataFileRequest['type'];

export type DataFileResponse =
  | { type: 'backup-ready'; file: Blob; createdAt: EpochMs; counts: BackupCounts }
  | { type: 'export-ready'; file: Blob; count: number }
  | { type: 'restore-checked'; check: RestoreCheck }
  | { type: 'restore-refused'; problem: RestoreProblem }
  /** fraction: 0–1 of every row to copy and write. */
  | { type: 'restore-progress'; phase: RestorePhase; fraction: number }
  | { type: 'restored'; result: RestoreResult }
  /** The restore stopped before it committed: the data and the revert point are unchanged. */
  | { type: 'restore-cancelled' }
  | { type: 'reverted'; counts: BackupCounts }
  | { type: 'duplicates'; pairs: DuplicatePair[]; people: DuplicatePerson[] }
  | { type: 'imports'; imports: ImportSummary[] }
  /** reason: why the job failed (db/write-errors.ts), for the screen's words. */
  | { type: 'failed'; job: DataFileJob; reason: WriteErrorReason };
