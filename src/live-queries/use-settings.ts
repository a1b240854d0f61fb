import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Settings } from '../domain/types';

/** The settings row; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => db.settings.get('settings'), []);
}
