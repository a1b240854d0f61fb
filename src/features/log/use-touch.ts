import { useLiveQuery } from 'dexie-react-hooks';
import { readTouch } from '../../db/reads/touches';
import type { Id, Touch } from '../../domain/types';

/**
 * One touch, read from the log of a person on it; null when it does not exist or is
 * deleted, undefined while loading.
 */
export function useTouch(id: Id, ownerId: Id): Touch | null | undefined {
  return useLiveQuery(async () => {
    const touch = await readTouch(ownerId, id);
    return touch && touch.deletedAt === undefined ? touch : null;
  }, [id, ownerId]);
}
