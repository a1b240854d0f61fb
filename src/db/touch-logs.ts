// Touches are stored per person: one touchLogs record for each person who has any, holding
// that person's touches newest first, deleted ones included as tombstones (for undo and a
// future sync). A touch with several people is kept in each of their logs, whole.
//
// Why not one record per touch: a record costs the same on this kind of device whatever
// its size (IndexedDB writes some 5,000 records a second on a slow phone), and a backup of
// 100,000 touches has to be restored in seconds. A log per person keeps the record count
// to the number of people, and a person's timeline, last touch and derived fields are one
// read by key. Nothing ever has to scan every touch except the graph's shared touches and
// a backup, and those read every log once.
//
// Every write here runs inside the caller's transaction over db.touchLogs: it reads the
// logs it changes, and writes them back whole.
import { Dexie } from 'dexie';
import { db } from './db';
import type { EpochMs, Id, Interaction, Participation } from '../domain/types';

/** One person's touches, newest first (by time, then by id), deleted ones included. */
export type TouchLog = {
  contactId: Id;
  touches: Interaction[];
  /** The latest updatedAt of its touches: what changed since a time, by index range. */
  updatedAt: EpochMs;
};

/** Newest first: later time first, and for the same time the larger id first. */
export function compareNewestFirst(a: Interaction, b: Interaction): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** A log holding these touches, in order; undefined when there are none to keep. */
export function logOf(contactId: Id, touches: readonly Interaction[]): TouchLog | undefined {
  if (touches.length === 0) return undefined;
  const sorted = [...touches].sort(compareNewestFirst);
  let updatedAt = -Infinity;
  for (const touch of sorted) updatedAt = Math.max(updatedAt, touch.updatedAt);
  return { contactId, touches: sorted, updatedAt };
}

/** Every person's log for these touches: each touch goes to the log of each participant. */
export function logsOfTouches(touches: readonly Interaction[]): TouchLog[] {
  const byContact = new Map<Id, Interaction[]>();
  for (const touch of touches) {
    for (const contactId of new Set(touch.participantIds)) {
      const list = byContact.get(contactId);
      if (list) list.push(touch);
      else byContact.set(contactId, [touch]);
    }
  }
  const logs: TouchLog[] = [];
  for (const [contactId, list] of byContact) {
    const log = logOf(contactId, list);
    if (log) logs.push(log);
  }
  return logs;
}

/** Every touch in these logs once (a touch with several people is in several logs). */
export function touchesOfLogs(logs: readonly (TouchLog | undefined)[]): Interaction[] {
  const seen = new Map<Id, Interaction>();
  for (const log of logs) {
    for (const touch of log?.touches ?? []) if (!seen.has(touch.id)) seen.set(touch.id, touch);
  }
  return [...seen.values()];
}

/**
 * The participation rows of these touches: one per (touch, participant), the shape backups
 * have always carried (id `${interactionId}:${contactId}`).
 */
export function participationsOfTouches(touches: readonly Interaction[]): Participation[] {
  const rows: Participation[] = [];
  for (const touch of touches) {
    for (const contactId of new Set(touch.participantIds)) {
      const row: Participation = {
        id: participationId(touch.id, contactId),
        interactionId: touch.id,
        contactId,
        at: touch.at,
        source: touch.source,
      };
      if (touch.deletedAt !== undefined) row.deletedAt = touch.deletedAt;
      rows.push(row);
    }
  }
  return rows;
}

export function participationId(interactionId: Id, contactId: Id): string {
  return `${interactionId}:${contactId}`;
}

export function isLive(touch: Interaction): boolean {
  return touch.deletedAt === undefined;
}

/** These people's logs by id (an empty list for a person with none). */
export async function readLogs(contactIds: readonly Id[]): Promise<Map<Id, Interaction[]>> {
  const ids = [...new Set(contactIds)];
  const logs = await db.touchLogs.bulkGet(ids);
  const byContact = new Map<Id, Interaction[]>();
  ids.forEach((id, index) => byContact.set(id, logs[index]?.touches ?? []));
  return byContact;
}

/** A person's live touches, newest first, at most `limit`: one read of their log. */
export async function readLiveTouchesOf(contactId: Id, limit = Infinity): Promise<Interaction[]> {
  const log = await db.touchLogs.get(contactId);
  const live: Interaction[] = [];
  for (const touch of log?.touches ?? []) {
    if (live.length >= limit) break;
    if (isLive(touch)) live.push(touch);
  }
  return live;
}

/**
 * One touch as stored in this person's log (deleted or not), or undefined. The person is
 * any one of its participants: every log holding a touch holds the same copy.
 */
export async function readTouch(contactId: Id, touchId: Id): Promise<Interaction | undefined> {
  const log = await db.touchLogs.get(contactId);
  return log?.touches.find((touch) => touch.id === touchId);
}

/**
 * Writes these versions of touches into the logs of everyone they concern. `formerIds` are
 * people a touch listed before this write: their copy is removed when they are no longer on
 * it. Call inside a transaction over db.touchLogs.
 */
export async function writeTouches(
  touches: readonly Interaction[],
  formerIds: readonly Id[] = [],
): Promise<void> {
  const concerned = new Set<Id>(formerIds);
  for (const touch of touches) for (const id of touch.participantIds) concerned.add(id);
  const logs = await readLogs([...concerned]);
  const changedIds = new Set(touches.map((touch) => touch.id));
  const puts: TouchLog[] = [];
  const deletes: Id[] = [];
  for (const [contactId, stored] of logs) {
    const kept = stored.filter((touch) => !changedIds.has(touch.id));
    for (const touch of touches) if (touch.participantIds.includes(contactId)) kept.push(touch);
    const log = logOf(contactId, kept);
    if (log) puts.push(log);
    else if (stored.length > 0) deletes.push(contactId);
  }
  await Dexie.Promise.all([db.touchLogs.bulkPut(puts), db.touchLogs.bulkDelete(deletes)]);
}

/** Every stored touch once, deleted ones included. Reads every log: for backups and repairs. */
export async function readAllTouches(): Promise<Interaction[]> {
  return touchesOfLogs(await db.touchLogs.toArray());
}
