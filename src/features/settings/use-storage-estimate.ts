import { useCallback, useEffect, useState } from 'react';
import { estimateStorage, type StorageEstimate } from '../../db/storage';

/** What the browser says about Ties' storage; undefined while it is being asked. */
export function useStorageEstimate(): {
  estimate: StorageEstimate | undefined;
  refresh: () => Promise<void>;
} {
  const [estimate, setEstimate] = useState<StorageEstimate>();
  const refresh = useCallback(async () => {
    setEstimate(await estimateStorage());
  }, []);
  useEffect(() => {
    let isCurrent = true;
    void estimateStorage().then((result) => {
      if (isCurrent) setEstimate(result);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return { estimate, refresh };
}
