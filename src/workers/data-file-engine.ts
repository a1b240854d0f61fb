// What the data-file worker does with each message (data-file-protocol.ts), as a plain object
// so that it can be tested without a Worker. The work itself is in db/reads/backup.ts,
// db/writes/restore.ts and the exporters in interop/; this only reads files, makes Blobs and
// keeps the checked backup between a restore's check and its confirmation.
import { isCancelledRestore, restoreBackup, revertRestore } from '../db/writes/restore';
import { makeBackup, previewRestore } from '../db/reads/backup';
import { db } from '../db/db';
import { importHistory } from '../db/reads/imports';
import { writeErrorReasonOf } from '../db/write-errors';
import { BackupError, type Backup } from '../interop/backup-format';
import { contactsToCsv } from '../interop/csv-export';
import { findDuplicates } from '../domain/duplicates';
import { contactsToVCard } from '../interop/vcard-export';
import { sortByName } from '../domain/name-order';
import type { Contact, Id, Language } from '../domain/types';
import {
  RESTORE_MAX_BYTES,
  type DataFileRequest,
  type DataFileResponse,
  type DuplicatePerson,
  type ExportFormat,
  type RestoreProblem,
} from './data-file-protocol';
import { readBlobText } from './read-blob';

export type PostDataFileResponse = (response: DataFileResponse) => void;

export type DataFileEngine = { handle: (request: DataFileRequest) => Promise<void> };

const MIME_TYPES: Record<ExportFormat, string> = {
  vcard: 'text/vcard;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

async function peopleToExport(
  ids: readonly Id[] | undefined,
  language: Language,
): Promise<Contact[]> {
  if (ids === undefined) {
    const all = await db.contacts.toArray();
    return sortByName(
      all.filter((contact) => contact.deletedAt === undefined),
      language,
    );
  }
  const found = await db.contacts.bulkGet([...ids]);
  return found.filter(
    (contact): contact is Contact => contact !== undefined && contact.deletedAt === undefined,
  );
}

function duplicatePersonOf(contact: Contact): DuplicatePerson {
  const { id, givenName, familyName, displayName, organisation, emails, touchCount, createdAt } =
    contact;
  return { id, givenName, familyName, displayName, organisation, emails, touchCount, createdAt };
}

async function duplicates(
  language: Language,
): Promise<Extract<DataFileResponse, { type: 'duplicates' }>> {
  const everyone = await db.contacts.toArray();
  const pairs = findDuplicates(everyone, language);
  const inPairs = new Set(pairs.flatMap((pair) => [pair.keepId, pair.mergeId]));
  const people = everyone.filter((contact) => inPairs.has(contact.id)).map(duplicatePersonOf);
  return { type: 'duplicates', pairs, people };
}

/** Why a file cannot be restored, as codes the screen words; anything unexpected is logged. */
function problemOf(error: unknown): RestoreProblem {
  if (error instanceof BackupError) return { reason: error.reason, details: error.details };
  console.error('Ties could not read the backup file', error);
  return { reason: 'unreadable', details: {} };
}

export function createDataFileEngine(post: PostDataFileResponse): DataFileEngine {
  let checked: Backup | undefined;
  /** Stops the restore in progress (see data-file-protocol.ts). */
  let restoring: AbortController | undefined;

  const restore = async (backup: Backup) => {
    const controller = new AbortController();
    restoring = controller;
    try {
      const result = await restoreBackup(backup, undefined, {
        signal: controller.signal,
        onProgress: ({ phase, done, total }) => {
          post({ type: 'restore-progress', phase, fraction: total === 0 ? 1 : done / total });
        },
      });
      post({ type: 'restored', result });
    } catch (error) {
      if (!isCancelledRestore(error)) throw error;
      post({ type: 'restore-cancelled' });
    } finally {
      restoring = undefined;
    }
  };

  const checkRestore = async (file: Blob) => {
    checked = undefined;
    if (file.size > RESTORE_MAX_BYTES) {
      post({
        type: 'restore-refused',
        problem: { reason: 'too-large', details: {} },
      });
      return;
    }
    try {
      const preview = await previewRestore(await readBlobText(file));
      checked = preview.backup;
      post({
        type: 'restore-checked',
        check: {
          replaces: preview.replaces,
          createdAt: preview.backup.createdAt,
          appVersion: preview.backup.appVersion,
          formatVersion: preview.backup.formatVersion,
        },
      });
    } catch (error) {
      post({ type: 'restore-refused', problem: problemOf(error) });
    }
  };

  const run = async (request: DataFileRequest) => {
    switch (request.type) {
      case 'backup': {
        const backup = await makeBackup();
        const file = new Blob([backup.text], { type: 'application/json' });
        post({ type: 'backup-ready', file, createdAt: backup.createdAt, counts: backup.counts });
        return;
      }
      case 'export': {
        const people = await peopleToExport(request.ids, request.language);
        const text = request.format === 'vcard' ? contactsToVCard(people) : contactsToCsv(people);
        const file = new Blob([text], { type: MIME_TYPES[request.format] });
        post({ type: 'export-ready', file, count: people.length });
        return;
      }
      case 'check-restore':
        await checkRestore(request.file);
        return;
      case 'restore': {
        if (!checked) throw new Error('No checked backup to restore.');
        const backup = checked;
        checked = undefined;
        await restore(backup);
        return;
      }
      case 'cancel-restore':
        restoring?.abort();
        return;
      case 'revert-restore':
        post({ type: 'reverted', counts: await revertRestore() });
        return;
      case 'find-duplicates':
        post(await duplicates(request.language));
        return;
      case 'list-imports':
        post({ type: 'imports', imports: await importHistory(request.limit) });
        return;
    }
  };

  return {
    handle: async (request) => {
      try {
        await run(request);
      } catch (error) {
        console.error(`Ties could not ${request.type}`, error);
        post({ type: 'failed', job: request.type, reason: writeErrorReasonOf(error) });
      }
    },
  };
}
