// Reading people's touch logs (codecs/touch-log.ts says how a log is kept).
import { db } from '../db';
import { isLive, touchesOfLogs } from '../codecs/touch-log';
import type { Id, Touch } from '../../domain/types';

/** These people's logs by id (an empty list for a person with none). */
export async function readLogs(contactIds: readonly Id[]): Promise<Map<Id, Touch[]>> {
  const ids = [...new Set(contactIds)];
  const logs = await db.touchLogs.bulkGet(ids);
  const byContact = new Map<Id, Touch[]>();
  ids.forEach((id, index) => byContact.set(id, logs[index]?.touches ?? []));
  return byContact;
}

/** A person's live touches, newest first, at most `limit`: one read of their log. */
export async function readLiveTouchesOf(contactId: Id, limit = Infinity): Promise<Touch[]> {
  const log = await db.touchLogs.get(contactId);
  const live: Touch[] = [];
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
export async function readTouch(contactId: Id, touchId: Id): Promise<Touch | undefined> {
  const log = await db.touchLogs.get(contactId);
  return log?.touches.find((touch) => touch.id === touchId);
}

/** Every stored touch once, deleted ones included. Reads every log: for backups and repairs. */
export async function readAllTouches(): Promise<Touch[]> {
  return touchesOfLogs(await db.touchLogs.toArray());
}
