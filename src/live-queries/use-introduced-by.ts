import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Contact, Id } from '../domain/types';

/**
 * The people who introduced this person to the user ("introduced-by" relations from them),
 * not deleted, oldest relation first; undefined while loading.
 */
export function useIntroducedBy(contactId: Id): Contact[] | undefined {
  return useLiveQuery(async () => {
    const relations = await db.relations.where('fromId').equals(contactId).toArray();
    const introducerIds = relations
      .filter((relation) => relation.kind === 'introduced-by' && relation.deletedAt === undefined)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((relation) => relation.toId);
    const people = await db.contacts.bulkGet([...new Set(introducerIds)]);
    return people.filter(
      (person): person is Contact => person !== undefined && person.deletedAt === undefined,
    );
  }, [contactId]);
}
