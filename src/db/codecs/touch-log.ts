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
// This module is the log's codec: pure functions over logs and touches, with no database,
// so upgrades, workers and tests can use them. Reading logs is in reads/touches.ts, writing
// them in writes/touch-logs.ts.
import type { EpochMs, Id, Touch, Participation } from '../../domain/types';

/** One person's touches, newest first (by time, then by id), deleted ones included. */
export type TouchLog = {
  contactId: Id;
  touches: Touch[];
  /** The latest updatedAt of its touches: what changed since a time, by index range. */
  updatedAt: EpochMs;
};

/** Newest first: later time first, and for the same time the larger id first. */
export function compareNewestFirst(a: Touch, b: Touch): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** A log holding these touches, in order; undefined when there are none to keep. */
export function logOf(contactId: Id, touches: readonly Touch[]): TouchLog | undefined {
  if (touches.length === 0) return undefined;
  const sorted = [...touches].sort(compareNewestFirst);
  let updatedAt = -Infinity;
  for (const touch of sorted) updatedAt = Math.max(updatedAt, touch.updatedAt);
  return { contactId, touches: sorted, updatedAt };
}

/** Every person's log for these touches: each touch goes to the log of each participant. */
export function logsOfTouches(touches: readonly Touch[]): TouchLog[] {
  const byContact = new Map<Id, Touch[]>();
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
export function touchesOfLogs(logs: readonly (TouchLog | undefined)[]): Touch[] {
  const seen = new Map<Id, Touch>();
  for (const log of logs) {
    for (const touch of log?.touches ?? []) if (!seen.has(touch.id)) seen.set(touch.id, touch);
  }
  return [...seen.values()];
}

/**
 * The participation rows of these touches: one per (touch, participant), the shape backups
 * have always carried (id `${interactionId}:${contactId}`).
 */
export function participationsOfTouches(touches: readonly Touch[]): Participation[] {
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

export function isLive(touch: Touch): boolean {
  return touch.deletedAt === undefined;
}
