import { expertiseMatcher, neededExpertiseOf } from '../../domain/tie-health';
import type { Contact, Goal } from '../../domain/types';

/**
 * Active goals whose needed expertise this person has (matched without case or diacritics)
 * or that link them by hand.
 */
export function goalsTheyCanHelpWith(person: Contact, goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => {
    if (goal.status !== 'active' || goal.deletedAt !== undefined) return false;
    if (goal.contactIds.includes(person.id)) return true;
    return expertiseMatcher(neededExpertiseOf([goal]))(person.expertise).length > 0;
  });
}
