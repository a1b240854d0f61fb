// Writing people's touch logs: a helper every write that changes touches runs inside its own
// transaction over db.touchLogs. It reads the logs it changes and writes them back whole.
import { Dexie } from 'dexie';
import { db } from '../db';
import { logOf, type TouchLog } from '../codecs/touch-log';
import { readLogs } from '../reads/touches';
import type { Id, Touch } from '../../domain/types';

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
