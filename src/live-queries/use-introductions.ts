import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { readIntroductionsOfGoal, readIntroductionsOfPerson } from '../db/reads/asks';
import type { Id, Introduction } from '../domain/types';

/** Introductions one person is in, or of one goal, newest first; undefined while loading. */
export function useIntroductions(
  of: { contactId: Id } | { goalId: Id },
): Introduction[] | undefined {
  const key = 'contactId' in of ? `person:${of.contactId}` : `goal:${of.goalId}`;
  return useLiveQuery(
    () =>
      db.transaction('r', [db.introductions, db.contacts], () =>
        'contactId' in of
          ? readIntroductionsOfPerson(of.contactId)
          : readIntroductionsOfGoal(of.goalId),
      ),
    [key],
  );
}
