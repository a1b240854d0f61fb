// Writing an import, all or nothing, and undoing it (docs/storage.md, "Imports").
//
// applyImport writes a plan from interop/merge.ts in ONE read-write transaction: any error
// (a refused row, a stale plan, a failing disk) aborts it and nothing is written. New people
// are added in chunks of bulkAdd, each chunk issued from the previous one's completion, so
// the transaction stays open while no single task handles more than a chunk; a chunk holds
// whole shards (codecs/shard-chunks.ts), so the derived rows are written once, not once a chunk.
// The transaction also stores an ImportBatch: the ids it added and every changed person as
// they were just before, which is all undoImport needs.
//
// Both can take long (50,000 people at most, see interop/import-limits.ts), so both report
// their progress in people written and can be stopped (long-write.ts): stopping aborts the
// transaction, and the import or the undo leaves nothing behind.
//
// A plan is refused as stale ('stale-plan') when the number of stored people or any matched
// person changed since it was made (another tab, a second tap on "Import"): confirming twice
// must not add everyone twice.
//
// Undo rules (undoImport):
// - A person the import added is removed (hard: the import never happened) unless the user
//   has made them theirs since: touched them (a touch, even a deleted one, names them; an
//   ask or an introduction with them counts as a touch),
//   edited them, or linked them from a relation, group, goal or another person's "met via".
//   Those are kept and reported, with the reason, so the user can delete them by hand.
//   Someone the user deleted since is removed.
// - A person the import changed gets their fields back as they were, with today's derived
//   fields (touches logged since still count), unless the user edited them after the
//   import: then their edit stays and the person is reported.
import { db } from '../db';
import { currentTime, newId } from '../clock';
import {
  derivedOf,
  readCadenceSettings,
  withDerived,
  withFreshNextDueAt,
} from '../derived/contact-fields';
import type { WriteControl } from '../long-write';
import { chunksByShard } from '../codecs/shard-chunks';
import { runWrite } from './run-write';
import { WriteError, type ImportErrorReason } from '../write-errors';
import {
  draftWithSetup,
  mergedContactOf,
  newContactOf,
  type ImportChoices,
  type ImportPlan,
  type NewPeopleSetup,
  type PlannedMatch,
} from '../../interop/merge';
import type { Contact, EpochMs, Id, ImportBatch } from '../../domain/types';

/** People written per bulk request: small enough that one chunk is one short task. */
export const IMPORT_WRITE_CHUNK = 1_000;

/** An import or undo the database refuses; nothing was written. */
export class ImportError extends WriteError<ImportErrorReason> {
  constructor(reason: ImportErrorReason, message: string) {
    super(reason, message);
    this.name = 'ImportError';
  }
}

export type ImportResult = {
  /** undefined when the file brought nothing new: no batch was stored. */
  batchId: Id | undefined;
  added: number;
  updated: number;
  /** How the added people were set up, when the user chose it (see ImportChoices). */
  newPeople?: NewPeopleSetup | undefined;
};

type CurrentMatch = { match: PlannedMatch; contact: Contact };

/** The matches that change someone, each with the person as stored now (see 'stale-plan'). */
async function checkPlanIsCurrent(plan: ImportPlan): Promise<CurrentMatch[]> {
  const count = await db.contacts.count();
  if (count !== plan.basis.contactCount) {
    throw new ImportError('stale-plan', 'People were added or removed since the preview.');
  }
  const changed = plan.matches.filter((match) => match.isChanged);
  const stored = await db.contacts.bulkGet(changed.map((match) => match.contactId));
  return changed.map((match, index) => {
    const contact = stored[index];
    if (
      !contact ||
      contact.deletedAt !== undefined ||
      contact.updatedAt !== match.storedUpdatedAt
    ) {
      throw new ImportError('stale-plan', `${match.name} changed since the preview.`);
    }
    return { match, contact };
  });
}

/**
 * Writes the plan: new people (with the tier and cadence chosen for them all), changed
 * people (with the conflicts the user chose to take from the file; their tier and cadence
 * stay) and the batch that undoes it, all or nothing. Progress counts people.
 */
export async function applyImport(
  plan: ImportPlan,
  choices: ImportChoices,
  {
    fileName,
    now = currentTime(),
    signal,
    onProgress,
  }: { fileName: string; now?: EpochMs } & WriteControl,
): Promise<ImportResult> {
  return runWrite(
    [db.contacts, db.settings, db.importBatches],
    { now, signal, hasWritten: (result) => result.batchId !== undefined },
    async (): Promise<ImportResult> => {
      const changed = await checkPlanIsCurrent(plan);
      const settings = await readCadenceSettings();
      const setup = choices.newPeople;
      const total = plan.newPeople.length + changed.length;
      let done = 0;
      // Ids first, so the people can be written in chunks of whole shards (codecs/shard-chunks.ts);
      // each chunk is built right before its write, so building 10,000 people is never one task.
      const addedIds = plan.newPeople.map(() => newId());
      const newEntries = plan.newPeople.map((planned, index) => ({
        draft: planned.draft,
        id: addedIds[index] ?? newId(),
      }));
      for (const entries of chunksByShard(newEntries, (entry) => entry.id, IMPORT_WRITE_CHUNK)) {
        const chunk = entries.map(({ draft, id }) => {
          const chosen = setup === undefined ? draft : draftWithSetup(draft, setup);
          return withFreshNextDueAt(newContactOf(chosen, id, now), settings);
        });
        await db.contacts.bulkAdd(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
      for (const entries of chunksByShard(
        changed,
        (entry) => entry.contact.id,
        IMPORT_WRITE_CHUNK,
      )) {
        const chunk = entries.map(({ match, contact }) =>
          mergedContactOf(contact, match, choices.takeFromFile?.[match.contactId] ?? [], now),
        );
        await db.contacts.bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
      if (addedIds.length === 0 && changed.length === 0) {
        return { batchId: undefined, added: 0, updated: 0 };
      }
      const batch: ImportBatch = {
        id: newId(),
        at: now,
        source: plan.source,
        fileName,
        addedIds,
        before: changed.map(({ contact }) => contact),
      };
      await db.importBatches.add(batch);
      return {
        batchId: batch.id,
        added: addedIds.length,
        updated: changed.length,
        ...(setup !== undefined && addedIds.length > 0 ? { newPeople: setup } : {}),
      };
    },
  );
}

export type KeptReason = 'has-touches' | 'edited' | 'in-use';

export type UndoImportResult = {
  /** People the import added, now removed. */
  removed: number;
  /** People the import changed, now back as they were. */
  restored: number;
  /** People left as they are, and why (see the module comment). */
  kept: { id: Id; reason: KeptReason }[];
};

/** The added people the user has made theirs since the import, by id, with the reason. */
async function keptOfAdded(batch: ImportBatch, added: Contact[]): Promise<Map<Id, KeptReason>> {
  const kept = new Map<Id, KeptReason>();
  const addedIds = new Set(batch.addedIds);
  // An added person's log holds every touch they were ever on, deleted ones included.
  const logs = await db.touchLogs.bulkGet([...addedIds]);
  for (const log of logs) {
    if (log?.touches.some((touch) => touch.updatedAt >= batch.at)) {
      kept.set(log.contactId, 'has-touches');
    }
  }
  // An ask or an introduction with an added person is the user's own step with them, as a
  // touch is: such a person is kept for the same reason, deleted asks too.
  const ids = [...addedIds];
  const withSteps = [
    ...(await db.asks.where('contactId').anyOf(ids).toArray()).map((ask) => [ask.contactId]),
    ...(await db.introductions.where('firstId').anyOf(ids).toArray()).map((one) => [
      one.firstId,
      one.secondId,
    ]),
    ...(await db.introductions.where('secondId').anyOf(ids).toArray()).map((one) => [
      one.firstId,
      one.secondId,
    ]),
  ];
  for (const id of withSteps.flat()) if (addedIds.has(id)) kept.set(id, 'has-touches');
  for (const contact of added) {
    if (kept.has(contact.id) || contact.deletedAt !== undefined) continue;
    if (contact.touchCount > 0) kept.set(contact.id, 'has-touches');
    else if (contact.updatedAt !== batch.at) kept.set(contact.id, 'edited');
  }
  const inUse = (id: Id | undefined) => {
    if (id !== undefined && addedIds.has(id) && !kept.has(id)) kept.set(id, 'in-use');
  };
  for (const relation of await db.relations.where('fromId').anyOf(ids).toArray()) {
    if (relation.deletedAt === undefined) inUse(relation.fromId);
  }
  for (const relation of await db.relations.where('toId').anyOf(ids).toArray()) {
    if (relation.deletedAt === undefined) inUse(relation.toId);
  }
  for (const group of await db.groups.where('memberIds').anyOf(ids).toArray()) {
    if (group.deletedAt === undefined) group.memberIds.forEach(inUse);
  }
  for (const goal of await db.goals.toArray()) {
    if (goal.deletedAt === undefined) goal.contactIds.forEach(inUse);
  }
  // "Met via" is not indexed; only people changed since the import can have gained one.
  const changedSince = await db.contacts.where('updatedAt').aboveOrEqual(batch.at).toArray();
  for (const contact of changedSince) {
    if (contact.deletedAt === undefined && !addedIds.has(contact.id)) inUse(contact.metViaId);
  }
  return kept;
}

/**
 * Takes back what one import wrote, by the rules in the module comment. Progress counts the
 * people it added and changed, as they are removed or put back.
 */
export async function undoImport(
  batchId: Id,
  now = currentTime(),
  { signal, onProgress }: WriteControl = {},
): Promise<UndoImportResult> {
  return runWrite(
    [
      db.contacts,
      db.touchLogs,
      db.relations,
      db.groups,
      db.goals,
      db.asks,
      db.introductions,
      db.importBatches,
    ],
    { now, signal },
    async (): Promise<UndoImportResult> => {
      const batch = await db.importBatches.get(batchId);
      if (!batch) throw new ImportError('import-not-found', 'There is no such import.');
      if (batch.undoneAt !== undefined) {
        throw new ImportError('already-undone', 'This import was undone already.');
      }
      const added = (await db.contacts.bulkGet(batch.addedIds)).filter(
        (contact): contact is Contact => contact !== undefined,
      );
      const total = batch.addedIds.length + batch.before.length;
      const keptAdded = await keptOfAdded(batch, added);
      const toRemove = added.filter((contact) => !keptAdded.has(contact.id));
      let removed = 0;
      for (const chunk of chunksByShard(toRemove, (contact) => contact.id, IMPORT_WRITE_CHUNK)) {
        await db.contacts.bulkDelete(chunk.map((contact) => contact.id));
        removed += chunk.length;
        onProgress?.(removed, total);
      }

      const current = await db.contacts.bulkGet(batch.before.map((contact) => contact.id));
      const kept: UndoImportResult['kept'] = [...keptAdded].map(([id, reason]) => ({
        id,
        reason,
      }));
      const restored: Contact[] = [];
      batch.before.forEach((before, index) => {
        const latest = current[index];
        if (!latest) return;
        if (latest.updatedAt !== batch.at) kept.push({ id: before.id, reason: 'edited' });
        else restored.push(withDerived(before, derivedOf(latest)));
      });
      let putBack = 0;
      for (const chunk of chunksByShard(restored, (contact) => contact.id, IMPORT_WRITE_CHUNK)) {
        await db.contacts.bulkPut(chunk);
        putBack += chunk.length;
        onProgress?.(batch.addedIds.length + putBack, total);
      }
      await db.importBatches.update(batchId, { undoneAt: now });
      onProgress?.(total, total);
      return { removed: toRemove.length, restored: restored.length, kept };
    },
  );
}
