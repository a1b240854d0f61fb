import { useEffect, useState } from 'react';
import { readPeopleInChunks } from '../../live-queries/use-people';
import { readActiveGoals } from '../../db/reads/goals';
import { shareIndex, type ShareIndex } from '../../domain/share/share-match';
import type { Contact, Id } from '../../domain/types';

export type ShareSources = {
  index: ShareIndex;
  /** Everyone indexed, by id, for their names. */
  peopleById: ReadonlyMap<Id, Contact>;
};

/**
 * Everyone's labels and the active goals, indexed once when the screen opens, not kept live:
 * each keystroke then only looks words up, and a live query over 10,000 people would read
 * them all again after every write. People added meanwhile are found by the search.
 */
export function useShareIndex(): ShareSources | undefined {
  const [sources, setSources] = useState<ShareSources>();
  useEffect(() => {
    let isCurrent = true;
    Promise.all([readPeopleInChunks(), readActiveGoals()]).then(
      ([people, goals]) => {
        if (!isCurrent) return;
        setSources({
          index: shareIndex(people, goals),
          peopleById: new Map(people.map((person) => [person.id, person])),
        });
      },
      (error: unknown) => {
        // The search still finds everyone; only the suggestions are missing.
        console.error('Ties could not read the people to suggest', error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return sources;
}
