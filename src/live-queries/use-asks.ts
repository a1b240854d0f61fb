import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { readAsksOfGoal, readAsksOfPerson } from '../db/reads/asks';
import type { Ask, Id } from '../domain/types';

/** Asks of one person or one goal, newest first; undefined while loading. */
export function useAsks(of: { contactId: Id } | { goalId: Id }): Ask[] | undefined {
  const key = 'contactId' in of ? `person:${of.contactId}` : `goal:${of.goalId}`;
  return useLiveQuery(
    () =>
      db.transaction('r', [db.asks, db.contacts], () =>
        'contactId' in of ? readAsksOfPerson(of.contactId) : readAsksOfGoal(of.goalId),
      ),
    [key],
  );
}
