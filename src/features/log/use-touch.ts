import { useLiveQuery } from 'dexie-react-hooks';
import { readTouch } from '../../db/reads/touches';
import type { Id, Interaction } from '../../domain/types';

/**
 * One touch, read from the log of a person on it; null when it does not exist or is
 * deleted, undefined while loading.
 */
export function useInteraction(id: Id, ownerId: Id): Interaction | null | undefined {
  return useLiveQuery(async () => {
    const interaction = await readTouch(ownerId, id);
    return interaction && interaction.deletedAt === undefined ? interaction : null;
  }, [id, ownerId]);
}
