import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readLiveParticipationsNewestFirst } from '../interactions';
import { nameOf } from '../../domain/contact';
import type { Id, Interaction } from '../../domain/types';

export type TimelinePerson = { id: Id; name: string };

export type TimelineEntry = {
  interaction: Interaction;
  /** Everyone else on the touch, by name, for touches with several people. */
  others: TimelinePerson[];
};

export type TimelinePage = { entries: TimelineEntry[]; hasOlder: boolean };

/**
 * One person's touches, newest first: an index range on participations [contactId+at]
 * (never a scan of all interactions), then the interactions and the other people by key.
 * With a limit, only that many of the newest are read (one more tells whether older exist).
 */
export function readTimeline(contactId: Id, limit = Infinity): Promise<TimelineEntry[]> {
  // One read transaction for the three steps, not one each: after a save, the page's other
  // live queries compete for the database, and each transaction waits its turn.
  return db.transaction('r', [db.participations, db.interactions, db.contacts], () =>
    readTimelineIn(contactId, limit),
  );
}

async function readTimelineIn(contactId: Id, limit: number): Promise<TimelineEntry[]> {
  const participations = await readLiveParticipationsNewestFirst(contactId, limit);
  const interactions = await db.interactions.bulkGet(
    participations.map((participation) => participation.interactionId),
  );
  const live = interactions.filter(
    (interaction): interaction is Interaction =>
      interaction !== undefined && interaction.deletedAt === undefined,
  );
  const otherIds = [...new Set(live.flatMap((interaction) => interaction.participantIds))].filter(
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
  return live.map((interaction) => ({
    interaction,
    others: interaction.participantIds.flatMap((id) => {
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

/** A touch saved in this tab, with everyone on it by name (see saved-touches-store). */
export type SavedTouchEntry = {
  interaction: Interaction;
  people: readonly TimelinePerson[];
  savedAt: number;
};

/**
 * The page with touches saved in this tab that it does not hold yet (its live query has not
 * read them back) put in their place, newest first, within the page's size. Touches of
 * someone else, and those saved `maxAgeMs` or longer before `now`, are left out.
 */
export function withSavedTouches(
  page: TimelinePage,
  saved: readonly SavedTouchEntry[],
  {
    contactId,
    limit,
    now,
    maxAgeMs,
  }: { contactId: Id; limit: number; now: number; maxAgeMs: number },
): TimelinePage {
  const shown = new Set(page.entries.map((entry) => entry.interaction.id));
  const missing = saved.filter(
    (touch) =>
      now - touch.savedAt < maxAgeMs &&
      !shown.has(touch.interaction.id) &&
      touch.interaction.deletedAt === undefined &&
      touch.interaction.participantIds.includes(contactId),
  );
  if (missing.length === 0) return page;
  const entries = [
    ...missing.map((touch) => ({
      interaction: touch.interaction,
      others: touch.people.filter((person) => person.id !== contactId),
    })),
    ...page.entries,
  ].sort((a, b) => b.interaction.at - a.interaction.at);
  return {
    entries: entries.slice(0, limit),
    hasOlder: page.hasOlder || entries.length > limit,
  };
}
