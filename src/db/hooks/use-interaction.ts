import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { Id, Interaction } from '../../domain/types';

/** One touch, or null when it does not exist or is deleted; undefined while loading. */
export function useInteraction(id: Id): Interaction | null | undefined {
  return useLiveQuery(async () => {
    const interaction = await db.interactions.get(id);
    return interaction && interaction.deletedAt === undefined ? interaction : null;
  }, [id]);
}
