// Write paths for interactions ("touches"). Each function is one transaction over
// interactions, participations, contacts and settings, so a person's derived fields
// (DESIGN §3; how each write keeps them is in derived.ts) are never out of step with
// their touches. Participations are an index of the interaction's
// participantIds (one row per person, id `${interactionId}:${contactId}`): they carry the
// interaction's `at` and `deletedAt` so a person's timeline and last touch are index ranges.
import { Dexie } from 'dexie';
import { db } from './db';
import { currentTime, newId } from './clock';
import {
  applyTouchTo,
  DERIVED_TABLES,
  readCadenceSettings,
  rebuildDerivedFor,
  withTouchApplied,
} from './derived';
import { requestPersistenceOnce } from './storage';
import {
  INTERACTION_KINDS,
  type Contact,
  type EpochMs,
  type Id,
  type Interaction,
  type Participation,
  type Source,
} from '../domain/types';

/** What the user enters for a touch; the write functions add ids and stamps. */
export type InteractionDraft = Pick<
  Interaction,
  'at' | 'kind' | 'participantIds' | 'note' | 'initiator' | 'gave' | 'received' | 'askedForHelp'
> & { source?: Source | undefined };

export type InteractionErrorReason =
  'no-participants' | 'unknown-participant' | 'invalid-time' | 'invalid-kind' | 'not-found';

/** A draft or request the database refuses; `reason` lets the UI phrase it. */
export class InteractionError extends Error {
  readonly reason: InteractionErrorReason;

  constructor(reason: InteractionErrorReason, message: string) {
    super(message);
    this.name = 'InteractionError';
    this.reason = reason;
  }
}

const TABLES = DERIVED_TABLES;

export function participationId(interactionId: Id, contactId: Id): string {
  return `${interactionId}:${contactId}`;
}

/** Records a new touch and returns its id. */
export async function addInteraction(draft: InteractionDraft, now = currentTime()): Promise<Id> {
  const participantIds = checkDraft(draft);
  const id = newId();
  await db.transaction('rw', TABLES, async () => {
    // Requests in one transaction run in order, so nothing waits on a result it does not
    // need: the people and the cadences are read together, then every row is written at
    // once (a save is a handful of round trips, not one per step).
    const [people, settings] = await Dexie.Promise.all([
      db.contacts.bulkGet(participantIds),
      readCadenceSettings(),
    ]);
    const live = requireLive(participantIds, people);
    const interaction: Interaction = {
      id,
      createdAt: now,
      updatedAt: now,
      source: draft.source ?? 'manual',
      at: draft.at,
      kind: draft.kind,
      participantIds,
      note: draft.note,
      initiator: draft.initiator,
      gave: [...draft.gave],
      received: [...draft.received],
      askedForHelp: draft.askedForHelp,
    };
    await Dexie.Promise.all([
      db.interactions.add(interaction),
      db.participations.bulkAdd(
        participantIds.map((contactId) => participationOf(interaction, contactId)),
      ),
      db.contacts.bulkPut(withTouchApplied(live, interaction, settings)),
    ]);
  });
  await askForPersistence(now);
  return id;
}

/** Replaces what the user entered for a touch; people removed or added are refreshed too. */
export async function updateInteraction(
  id: Id,
  draft: InteractionDraft,
  now = currentTime(),
): Promise<void> {
  const participantIds = checkDraft(draft);
  await db.transaction('rw', TABLES, async () => {
    const existing = await db.interactions.get(id);
    if (!existing || existing.deletedAt !== undefined) {
      throw new InteractionError('not-found', `There is no touch with id ${id}.`);
    }
    // People already on the touch may have been deleted since; only newcomers must be live.
    const added = participantIds.filter(
      (contactId) => !existing.participantIds.includes(contactId),
    );
    const removed = existing.participantIds.filter(
      (contactId) => !participantIds.includes(contactId),
    );
    requireLive(added, await db.contacts.bulkGet(added));
    const updated: Interaction = {
      ...existing,
      updatedAt: now,
      at: draft.at,
      kind: draft.kind,
      participantIds,
      note: draft.note,
      initiator: draft.initiator,
      gave: [...draft.gave],
      received: [...draft.received],
      askedForHelp: draft.askedForHelp,
    };
    await db.interactions.put(updated);
    // Participation rows are only an index of participantIds, so a removed person's row goes.
    await db.participations.bulkDelete(removed.map((contactId) => participationId(id, contactId)));
    await db.participations.bulkPut(
      participantIds.map((contactId) => participationOf(updated, contactId)),
    );
    await rebuildDerivedFor([...participantIds, ...removed]);
  });
  await askForPersistence(now);
}

/** Soft-deletes a touch (and its participations); undoDeleteInteraction brings it back. */
export async function deleteInteraction(id: Id, now = currentTime()): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    const existing = await db.interactions.get(id);
    if (!existing) throw new InteractionError('not-found', `There is no touch with id ${id}.`);
    if (existing.deletedAt !== undefined) return;
    await db.interactions.update(id, { deletedAt: now, updatedAt: now });
    await db.participations.where('interactionId').equals(id).modify({ deletedAt: now });
    await rebuildDerivedFor(existing.participantIds);
  });
  await askForPersistence(now);
}

/** Restores a soft-deleted touch as it was before the delete. */
export async function undoDeleteInteraction(id: Id, now = currentTime()): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    const existing = await db.interactions.get(id);
    if (!existing) throw new InteractionError('not-found', `There is no touch with id ${id}.`);
    if (existing.deletedAt === undefined) return;
    await db.interactions.update(id, { deletedAt: undefined, updatedAt: now });
    await db.participations.where('interactionId').equals(id).modify({ deletedAt: undefined });
    await applyTouchTo(existing.participantIds, existing);
  });
  await askForPersistence(now);
}

/**
 * Recomputes these people's derived fields from their own touches. Must run inside a
 * transaction over DERIVED_TABLES (clearing the demo uses it for the user's own people).
 */
export const refreshDerivedFor = rebuildDerivedFor;

/** Deleted rows a first read of a person's newest participations makes room for. */
const DELETED_ROOM = 8;

/**
 * A person's non-deleted participations, newest first, at most `limit`: a [contactId+at]
 * index range read with getAll. Deleted rows are dropped in memory, because a filter in the
 * query would make Dexie walk a cursor, one round trip per row. When deleted rows leave
 * fewer than `limit`, the range is read again with room for four times as many.
 */
export async function readLiveParticipationsNewestFirst(
  contactId: Id,
  limit = Infinity,
): Promise<Participation[]> {
  const newest = () =>
    db.participations
      .where('[contactId+at]')
      .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
      .reverse();
  if (!Number.isFinite(limit)) return (await newest().toArray()).filter(isLiveParticipation);
  let wanted = limit + DELETED_ROOM;
  for (;;) {
    const rows = await newest().limit(wanted).toArray();
    const live = rows.filter(isLiveParticipation);
    if (live.length >= limit || rows.length < wanted) return live.slice(0, limit);
    wanted *= 4;
  }
}

function isLiveParticipation(participation: Participation): boolean {
  return participation.deletedAt === undefined;
}

function participationOf(interaction: Interaction, contactId: Id): Participation {
  return {
    id: participationId(interaction.id, contactId),
    interactionId: interaction.id,
    contactId,
    at: interaction.at,
    source: interaction.source,
  };
}

/** Checks what can be checked without the database; returns the participants, deduplicated. */
function checkDraft(draft: InteractionDraft): Id[] {
  const participantIds = [...new Set(draft.participantIds)];
  if (participantIds.length === 0) {
    throw new InteractionError('no-participants', 'A touch needs at least one person.');
  }
  if (!Number.isFinite(draft.at)) {
    throw new InteractionError('invalid-time', 'A touch needs a valid time.');
  }
  if (!(INTERACTION_KINDS as readonly string[]).includes(draft.kind)) {
    throw new InteractionError('invalid-kind', `Unknown kind of touch: ${draft.kind}.`);
  }
  return participantIds;
}

/** The people read for these ids, each one required to exist and not be deleted. */
function requireLive(
  contactIds: readonly Id[],
  people: readonly (Contact | undefined)[],
): Contact[] {
  return people.map((contact, index) => {
    if (!contact || contact.deletedAt !== undefined) {
      throw new InteractionError(
        'unknown-participant',
        `No person with id ${contactIds[index] ?? '?'} exists (or they were deleted).`,
      );
    }
    return contact;
  });
}

/** Asking for persistence must never turn a saved touch into a reported failure. */
async function askForPersistence(now: EpochMs): Promise<void> {
  try {
    await requestPersistenceOnce(now);
  } catch (error) {
    console.warn('Ties could not ask for persistent storage', error);
  }
}
