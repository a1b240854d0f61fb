import { useSyncExternalStore } from 'react';
import { db, type ConnectionLoss } from '../db/db';

const subscribe = (listener: () => void) => db.subscribeToConnectionLoss(listener);
const read = () => db.connectionLoss;

/** Null while this tab can write; why not, once another tab closed its database for good. */
export function useConnectionLoss(): ConnectionLoss | null {
  return useSyncExternalStore(subscribe, read);
}
