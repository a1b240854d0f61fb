import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { readIntroductionsOfPerson } from '../db/reads/asks';
import type { Id, Introduction } from '../domain/types';

/** Introductions one person is in, newest first; undefined while loading. */
export function useIntroductions(of: { contactId: Id }): Introduction[] | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', [db.introductions, db.contacts], () =>
        readIntroductionsOfPerson(of.contactId),
      ),
    [of.contactId],
  );
}
