import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Settings } from '../domain/types';

/** The settings row; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => db.settings.get('settings'), []);
}

/**
 * The settings row, told apart from a row not read yet: undefined while it is being read,
 * `{ settings: undefined }` when there is none (useSettings cannot tell the two apart). The
 * shell waits for it, so that it loads only the language it will show (i18n/catalogue.ts).
 */
export function useStoredSettings(): { settings: Settings | undefined } | undefined {
  return useLiveQuery(async () => ({ settings: await db.settings.get('settings') }), []);
}
