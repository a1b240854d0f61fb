import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { readLiveTouchesOf } from '../db/reads/touches';
import { nameOf } from '../domain/contact';
import type { Id, Touch } from '../domain/types';

export type TimelinePerson = { id: Id; name: string };

export type TimelineEntry = {
  touch: Touch;
  /** Everyone else on the touch, by name, for touches with several people. */
  others: TimelinePerson[];
};

export type TimelinePage = { entries: TimelineEntry[]; hasOlder: boolean };

/**
 * One person's touches, newest first: their touch log (one record by key, never a scan of
 * all touches), then the other people on those touches by key.
 * With a limit, only that many of the newest are returned (one more tells whether older exist).
 */
export function readTimeline(contactId: Id, limit = Infinity): Promise<TimelineEntry[]> {
  // One read transaction for the two steps. Being explicit also keeps the query out of
  // Dexie's live-query cache, which would signal it while a save is still being written:
  // it would then wait for that write and, once it commits, read everything again.
  return db.transaction('r', [db.touchLogs, db.contacts], () => readTimelineIn(contactId, limit));
}

async function readTimelineIn(contactId: Id, limit: number): Promise<TimelineEntry[]> {
  const live = await readLiveTouchesOf(contactId, limit);
  const otherIds = [...new Set(live.flatMap((touch) => touch.participantIds))].filter(
    (id) => id !== contactId,
  );
  // Most touches are with one person: then there is nobody else to read.
  const others = otherIds.length === 0 ? [] : await db.contacts.bulkGet(otherIds);
  const names = new Map<Id, string>();
  others.forEach((contact, index) => {
    const id = otherIds[index];
    if (contact && id !== undefined && contact.deletedAt === undefined) {
      names.set(id, nameOf(contact));
    }
  });
  return live.map((touch) => ({
    touch,
    others: touch.participantIds.flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
  }));
}

/**
 * The newest `limit` touches of a person, kept live; undefined while loading. A long history
 * is shown a page at a time, so a save re-reads and re-renders a page, not years of touches.
 */
export function useTimeline(contactId: Id, limit: number): TimelinePage | undefined {
  return useLiveQuery(async () => {
    const entries = await readTimeline(contactId, limit + 1);
    return { entries: entries.slice(0, limit), hasOlder: entries.length > limit };
  }, [contactId, limit]);
}
