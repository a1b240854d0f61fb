// How every write in this folder runs: ONE read-write transaction over the tables it names
// (the derived middlewares widen it to their own tables, derived/registry.ts), then, once
// that has committed, ONE persistence step. Sync will hook in here: each write's inputs are
// plain data, and each commits whole or not at all.
//
// A long write (an import, its undo, a merge, a restore) hands in a WriteControl: its
// signal aborts the transaction, and nothing it did is kept (long-write.ts).
import type { Table } from 'dexie';
import { currentTime } from '../clock';
import { cancellableTransaction, type WriteControl } from '../long-write';
import { requestPersistenceOnce } from '../storage';
import type { EpochMs } from '../../domain/types';

export type WriteOptions<T> = {
  /** The write's time, recorded as when the browser was first asked to keep the data. */
  now?: EpochMs | undefined;
  signal?: WriteControl['signal'];
  /** False for a result that wrote nothing: then the browser is not asked. */
  hasWritten?: (result: T) => boolean;
  /**
   * False for a write that is not the user's own data (a cache, a plan made on opening
   * the app, a preference): it does not ask the browser to keep the data.
   */
  asksToKeepData?: boolean;
};

/**
 * Runs `body` as one write. Rejects with what the transaction threw (nothing written), or
 * with WriteCancelledError when the signal stopped it.
 */
export async function runWrite<T>(
  tables: readonly (Table | string)[],
  options: WriteOptions<T>,
  body: () => Promise<T>,
): Promise<T> {
  const result = await cancellableTransaction(tables, options.signal, body);
  if (options.asksToKeepData === false) return result;
  if (options.hasWritten?.(result) ?? true) await askToKeepData(options.now ?? currentTime());
  return result;
}

/**
 * The persistence step: asks the browser, after the first real write, to keep Ties' data
 * under storage pressure. The write has committed by now, so a browser that cannot answer
 * must not make a saved change look unsaved.
 */
async function askToKeepData(now: EpochMs): Promise<void> {
  try {
    await requestPersistenceOnce(now);
  } catch (error) {
    console.warn('Ties could not ask for persistent storage', error);
  }
}
