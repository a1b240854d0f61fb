// Writing people's touch logs: helpers every write that changes touches runs inside its own
// transaction over db.touchLogs. They read the logs they change and write them back whole.
import { Dexie } from 'dexie';
import { db } from '../db';
import { logOf, type TouchLog } from '../codecs/touch-log';
import { readLogs, readTouch } from '../reads/touches';
import { applyTouchTo, rebuildDerivedFor } from '../derived/contact-fields';
import type { EpochMs, Id, Touch } from '../../domain/types';

/**
 * Writes these versions of touches into the logs of everyone they concern. `formerIds` are
 * people a touch listed before this write: their copy is removed when they are no longer on
 * it. Call inside a transaction over db.touchLogs.
 */
export async function writeTouches(
  touches: readonly Touch[],
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

/**
 * Adds a new touch to its people's logs and to their derived fields. For writes that log a
 * touch beside their own record (an ask, help received, an introduction made); call inside
 * a transaction over DERIVED_TABLES.
 */
export async function insertTouch(touch: Touch): Promise<void> {
  await writeTouches([touch]);
  await applyTouchTo(touch.participantIds, touch);
}

/**
 * Tombstones a touch another record wrote (help received, an introduction made) when that
 * record is taken back, and rebuilds its people's derived fields; a tombstone, so that an
 * undo can bring the same touch back. Returns the touch as it was, or undefined when it is
 * gone or already deleted (the user deleted it from the timeline). Inside a transaction
 * over DERIVED_TABLES.
 */
export async function retireTouch(
  ownerId: Id,
  touchId: Id,
  now: EpochMs,
): Promise<Touch | undefined> {
  const touch = await readTouch(ownerId, touchId);
  if (!touch || touch.deletedAt !== undefined) return undefined;
  await writeTouches([{ ...touch, deletedAt: now, updatedAt: now }]);
  await rebuildDerivedFor(touch.participantIds);
  return touch;
}

/**
 * Brings back a touch retireTouch took back (an undo). Does nothing when it is not stored or
 * not deleted. Inside a transaction over DERIVED_TABLES.
 */
export async function reviveTouch(ownerId: Id, touchId: Id, now: EpochMs): Promise<void> {
  const touch = await readTouch(ownerId, touchId);
  if (!touch || touch.deletedAt === undefined) return;
  const revived: Touch = { ...touch, updatedAt: now };
  delete revived.deletedAt;
  await writeTouches([revived]);
  await applyTouchTo(revived.participantIds, revived);
}
