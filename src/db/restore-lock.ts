// One restore, revert or clean-up of restore copies at a time, across every tab and worker
// of the app. A restore writes its copy before its main transaction names it, so for a
// while a valid restore in progress has a copy that nothing names yet; a clean-up in
// another tab must not take that copy for a stray one. The Web Locks API gives exactly
// this: a lock held by the restoring worker, which the browser releases when its holder
// ends, so a tab closed mid-restore frees it and the next clean-up finds its copy.
//
// Where there is no navigator.locks (Node and jsdom in tests), an in-process queue stands
// in: there everything runs in one context, which is what it serialises.

const LOCK_NAME = 'ties-restore';

type LockRequest = (
  name: string,
  options: { ifAvailable?: boolean },
  callback: (lock: unknown) => Promise<unknown>,
) => Promise<unknown>;

function webLocks(): LockRequest | undefined {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? (name, options, callback) => locks.request(name, options, callback) : undefined;
}

/** The in-process stand-in: the tail of the queue, and how many hold it or wait for it. */
let localTail: Promise<unknown> = Promise.resolve();
let localClaims = 0;

function localRequest<T>(work: () => Promise<T>): Promise<T> {
  localClaims += 1;
  const run = localTail.then(work).finally(() => {
    localClaims -= 1;
  });
  localTail = run.catch(() => undefined);
  return run;
}

/** Runs `work` holding the restore lock, waiting for it as long as it takes. */
export async function withRestoreLock<T>(work: () => Promise<T>): Promise<T> {
  const request = webLocks();
  if (!request) return localRequest(work);
  return (await request(LOCK_NAME, {}, work)) as T;
}

/**
 * Runs `work` holding the restore lock if nobody holds it or waits for it; otherwise does
 * nothing and resolves to false (a restore or revert in progress cleans up after itself).
 */
export async function ifRestoreLockFree(work: () => Promise<void>): Promise<boolean> {
  const request = webLocks();
  if (!request) {
    if (localClaims > 0) return false;
    await localRequest(work);
    return true;
  }
  return (await request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (lock === null) return false;
    await work();
    return true;
  })) as boolean;
}
