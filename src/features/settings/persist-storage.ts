export type PersistOutcome = 'granted' | 'denied' | 'unsupported';

/** Asks the browser to keep Ties' data even when space runs low (the Storage API). */
export async function requestPersistentStorage(): Promise<PersistOutcome> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
