import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { Contact } from '../../domain/types';

/**
 * Every person not deleted, by name. Archived people are included (callers filter), so
 * one live query serves the list, the picker and the person page's met-via lookup.
 */
export function usePeople(): Contact[] | undefined {
  return useLiveQuery(
    () =>
      db.contacts
        .orderBy('sortName')
        .filter((contact) => contact.deletedAt === undefined)
        .toArray(),
    [],
  );
}

/** One person, or null when not found or deleted; undefined while loading. */
export function usePerson(id: string | undefined): Contact | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return null;
    const contact = await db.contacts.get(id);
    return contact && contact.deletedAt === undefined ? contact : null;
  }, [id]);
}
