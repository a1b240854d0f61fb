import { db } from './db';

export type StorageEstimate = {
  isPersistent: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
};

/**
 * Whether this database, since it was opened, is known to have asked: then a write needs no
 * read of the settings row. Opening it again (after a delete, say) forgets it.
 */
let hasAsked = false;
db.on(
  'ready',
  () => {
    hasAsked = false;
  },
  true, // on every open, not only the first
);

/**
 * Asks the browser once, after the first real write, to keep Ties' data even under storage
 * pressure. Safe to call on every write: it only asks the first time, and reads the
 * settings row only until it knows that it has asked.
 */
export async function requestPersistenceOnce(now = Date.now()): Promise<void> {
  if (hasAsked) return;
  const settings = await db.settings.get('settings');
  if (!settings) return;
  hasAsked = true;
  if (settings.persistRequestedAt !== undefined) return;
  await db.settings.update('settings', { persistRequestedAt: now });
  // navigator.storage is missing outside secure contexts (and in jsdom), despite its type.
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  try {
    await storage.persist();
  } catch {
    // A refusal is shown in Settings; nothing else to do here.
  }
}

/** Whether storage is persistent and how much is used, where the browser says. */
export async function estimateStorage(): Promise<StorageEstimate> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const isPersistent =
    typeof storage?.persisted === 'function' ? await storage.persisted().catch(() => null) : null;
  const estimate =
    typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  return {
    isPersistent,
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}
