import { db } from './db';
import { DEFAULT_SETTINGS, type Settings } from '../domain/types';

export async function getSettings(): Promise<Settings> {
  return (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
}

/**
 * Changes some settings in one transaction, creating the row if needed. Tier cadences are
 * not among them: they change every person's next due time, so they go through
 * updateTieSettings (db/derived.ts), which recomputes it in the same transaction.
 */
export async function updateSettings(
  changes: Partial<Omit<Settings, 'id' | 'tierCadenceDays'>>,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
    await db.settings.put({ ...current, ...changes, id: 'settings' });
  });
}
