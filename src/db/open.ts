import { db } from './db';
import { discardStrayRestoreCopies } from './revert-point';
import { DEFAULT_SETTINGS } from '../domain/types';

export type StorageState = 'ok' | 'unavailable';

/**
 * Opens the database and makes sure a settings row exists. Resolves to 'unavailable'
 * instead of throwing when the browser refuses IndexedDB (private mode, blocked storage),
 * so the shell can say so instead of showing a white screen.
 *
 * When this version of Ties needs a newer schema and a tab still on an older version keeps
 * the database open, IndexedDB holds the upgrade (and so this call) until that tab lets go:
 * `onBlocked` is then called, so the shell can ask to close or reload the other tabs
 * instead of showing nothing.
 *
 * Then, without holding up the first screen, drops copies kept by restores that never
 * committed (revert-point.ts).
 */
export async function openDatabase(onBlocked?: () => void): Promise<StorageState> {
  const blocked = () => {
    onBlocked?.();
  };
  db.on('blocked', blocked);
  try {
    if (typeof indexedDB === 'undefined') return 'unavailable';
    await db.open();
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get('settings');
      if (!existing) await db.settings.add({ ...DEFAULT_SETTINGS });
    });
    discardStrayRestoreCopies().catch((error: unknown) => {
      console.error('Ties could not drop the copies of unfinished restores', error);
    });
    return 'ok';
  } catch (error) {
    console.error('Ties could not open its database', error);
    return 'unavailable';
  } finally {
    db.on.blocked.unsubscribe(blocked);
  }
}
