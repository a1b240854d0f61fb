// What the packed tables derived from the people share (the week plan's inputs, the People
// list's rows; docs/storage.md): a person lives in one shard row, picked by a hash of their
// id, so a write of one person rewrites one row and never the whole set. A layout says how
// a shard is read from its row, changed in memory and written back; derived/kept-shards.ts
// keeps any layout's rows true as the contacts change.
import type { Contact, Id } from '../../domain/types';

/** FNV-1a of the id's UTF-16 code units: what every packed table's shards come from. */
export function idHash(id: Id): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a of a text, for a layout's format number: a changed layout gets another number. */
export function formatOf(signature: string): number {
  return idHash(signature);
}

/**
 * A packed table derived from the contacts, as the middleware that keeps it true sees it.
 * `Shard` is one shard in memory, editable while a transaction's writes land.
 */
export type ShardedLayout<Shard> = {
  /** The name of the middleware that keeps it (Dexie's middleware name). */
  name: string;
  /** The tables a shard is written to, one row each, keyed by the shard number. */
  tables: readonly string[];
  shardCount: number;
  shardOf(id: Id): number;
  /** Every shard (empty ones included) packed from these contacts. */
  packAll(contacts: readonly Contact[]): Shard[];
  /** The shard held in a row of the first table, or undefined when it cannot be used. */
  fromRow(row: unknown, shard: number): Shard | undefined;
  /** Packs the person (or, for a layout that leaves them out, drops them when deleted). */
  set(shard: Shard, contact: Contact): void;
  /** Removes the person after a hard delete. */
  remove(shard: Shard, id: Id): void;
  /** The shard's rows, one per table in `tables`, in that order. */
  rowsOf(shard: Shard, index: number): unknown[];
};
