import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { db } from '../../db/db';

/**
 * A number that goes up whenever the stored imports change: an import written, undone, or
 * cleared by a restore, in this page, a worker or another tab. The screen re-reads its list
 * (in a worker) when it changes. The query itself is a count, which reads no rows; Dexie
 * runs it again on every write to the table and reports each run, also when the count is
 * the same (an undo), which is what a useLiveQuery of the count would hide.
 */
export function useImportBatchesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const subscription = liveQuery(() => db.importBatches.count()).subscribe({
      next: () => {
        setVersion((current) => current + 1);
      },
      error: (error: unknown) => {
        console.error('Ties could not watch the imports', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, []);
  return version;
}
