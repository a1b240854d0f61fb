// The revert point: which kept copy, if any, "revert the restore" puts back. The main
// database names it (db.ts revertPoint); a copy in 'ties-before-restore' that it does not
// name is a stray — from a restore that never committed, or one a later restore or a revert
// made obsolete — and is never offered, only discarded. How restores and reverts keep the
// name true is in writes/restore.ts. This module is small on purpose: the app's start runs its
// clean-up, and it must not bring the backup format into the first screen.
import { db } from './db';
import { copyMetaOf, deleteCopy, REVERT_POINT_ID, storedCopyIds } from './restore-copies';
import { ifRestoreLockFree } from './restore-lock';
import type { EpochMs } from '../domain/types';

/** The id of the copy the main database names, or undefined. */
export async function namedCopyId(): Promise<string | undefined> {
  return (await db.revertPoint.get(REVERT_POINT_ID))?.copyId;
}

/**
 * When the copy a revert would put back was kept, or undefined when there is none: nothing
 * is named, or what is named was never completed.
 */
export async function revertableRestoreAt(): Promise<EpochMs | undefined> {
  const copyId = await namedCopyId();
  return copyId === undefined ? undefined : (await copyMetaOf(copyId))?.savedAt;
}

/** True when a copy from before a restore is named and complete, so it can be put back. */
export async function hasRevertableRestore(): Promise<boolean> {
  return (await revertableRestoreAt()) !== undefined;
}

/**
 * Deletes every copy the main database does not name, and clears a name that points at no
 * complete copy. Only for a caller that holds the restore lock (restore-lock.ts).
 */
export async function discardStrayCopiesHoldingLock(): Promise<void> {
  const named = await namedCopyId();
  for (const copyId of await storedCopyIds()) {
    if (copyId !== named) await deleteCopy(copyId);
  }
  if (named === undefined || (await copyMetaOf(named)) !== undefined) return;
  await db.transaction('rw', db.revertPoint, async () => {
    if ((await namedCopyId()) === named) await db.revertPoint.delete(REVERT_POINT_ID);
  });
}

/**
 * The clean-up the app runs when it opens: stray copies go. While a restore or revert holds
 * the lock (in this tab's worker or another tab) it does nothing: that one cleans up itself.
 */
export async function discardStrayRestoreCopies(): Promise<void> {
  await ifRestoreLockFree(discardStrayCopiesHoldingLock);
}
