import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Ask, Id } from '../domain/types';

/** Whose asks: one person's, or one goal's. */
export type AsksOf = { contactId: Id } | { goalId: Id };

/** The asks of a person or a goal, newest first, without deleted ones; undefined while loading. */
export function useAsks(of: AsksOf): Ask[] | undefined {
  const [index, key] = 'contactId' in of ? ['contactId', of.contactId] : ['goalId', of.goalId];
  return useLiveQuery(async () => {
    const asks = await db.asks.where(index).equals(key).toArray();
    return asks.filter((ask) => ask.deletedAt === undefined).sort((a, b) => b.at - a.at);
  }, [index, key]);
}
