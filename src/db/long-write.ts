// Long writes (an import, the undo of one, a merge) can be followed and stopped. The caller
// hands in a WriteControl: onProgress hears how far the write got, in steps of its own, and
// the signal stops it. Each such write is one transaction, so stopping aborts that
// transaction and nothing the write did is kept. A stop that arrives while the transaction
// is already committing comes too late: IndexedDB refuses the abort, the write finishes and
// reports success, so the caller always learns what really happened to the data.
import type { Table } from 'dexie';
import { db } from './db';
import { WriteError } from './write-errors';

export type WriteControl = {
  signal?: AbortSignal | undefined;
  /** `done` of `total` steps; called after each step has been written (not yet committed). */
  onProgress?: ((done: number, total: number) => void) | undefined;
};

/** A write stopped through its signal: it wrote nothing. */
export class WriteCancelledError extends WriteError<'cancelled'> {
  constructor() {
    super('cancelled', 'The write was stopped before it finished; nothing was written.');
    this.name = 'WriteCancelledError';
  }
}

/**
 * Runs `write` in one read-write transaction over `tables` that `signal` aborts. Rejects
 * with WriteCancelledError when the signal stopped it, or was stopped before it began.
 */
export async function cancellableTransaction<T>(
  tables: readonly (Table | string)[],
  signal: AbortSignal | undefined,
  write: () => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new WriteCancelledError();
  let stop: (() => void) | undefined;
  try {
    return await db.transaction('rw', tables, async (transaction) => {
      stop = () => {
        try {
          transaction.abort();
        } catch {
          // Already committing: the write stands, and its caller is told so by its result.
        }
      };
      signal?.addEventListener('abort', stop, { once: true });
      return write();
    });
  } catch (error) {
    if (signal?.aborted) throw new WriteCancelledError();
    throw error;
  } finally {
    if (stop) signal?.removeEventListener('abort', stop);
  }
}
