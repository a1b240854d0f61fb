import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Id, Introduction } from '../domain/types';

/** Whose introductions: those a person is part of (first or second), or one goal's. */
export type IntroductionsOf = { contactId: Id } | { goalId: Id };

/** Newest first: the one asked last on top. */
function byNewest(a: Introduction, b: Introduction): number {
  return (b.stateAt.asked ?? b.createdAt) - (a.stateAt.asked ?? a.createdAt);
}

/** The introductions of a person or a goal, without deleted ones; undefined while loading. */
export function useIntroductions(of: IntroductionsOf): Introduction[] | undefined {
  const contactId = 'contactId' in of ? of.contactId : undefined;
  const goalId = 'goalId' in of ? of.goalId : undefined;
  return useLiveQuery(async () => {
    const found =
      contactId === undefined
        ? await db.introductions
            .where('goalId')
            .equals(goalId ?? '')
            .toArray()
        : await db.introductions
            .where('firstId')
            .equals(contactId)
            .or('secondId')
            .equals(contactId)
            .toArray();
    return found.filter((introduction) => introduction.deletedAt === undefined).sort(byNewest);
  }, [contactId, goalId]);
}
