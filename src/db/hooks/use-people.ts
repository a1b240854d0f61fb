import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { Contact } from '../../domain/types';

/**
 * Every person not deleted, by name. Archived people are included (callers filter), so
 * one live query serves the list, the picker and the person page's met-via lookup.
 */
export function usePeople(): Contact[] | undefined {
  // toArray() without a Dexie filter reads the index in one getAll(); a Dexie filter would
  // walk a cursor row by row, several times slower at 10,000 people.
  return useLiveQuery(async () => {
    const all = await db.contacts.orderBy('sortName').toArray();
    return all.filter((contact) => contact.deletedAt === undefined);
  }, []);
}

/** One person, or null when not found or deleted; undefined while loading. */
export function usePerson(id: string | undefined): Contact | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return null;
    const contact = await db.contacts.get(id);
    return contact && contact.deletedAt === undefined ? contact : null;
  }, [id]);
}
