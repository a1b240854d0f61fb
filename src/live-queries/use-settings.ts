import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import type { Language, Settings } from '../domain/types';

/** The settings row; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => db.settings.get('settings'), []);
}

/**
 * The language the user chose (null: the browser's), or undefined while it is being read,
 * which useSettings cannot tell from a missing row. The shell waits for it so that it loads
 * only the language it will show (i18n/catalogue.ts).
 */
export function useLanguageSetting(): Language | null | undefined {
  return useLiveQuery(async () => (await db.settings.get('settings'))?.language ?? null, []);
}
