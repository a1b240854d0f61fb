// Chunks for a long write of many people: whole shards per chunk.
//
// Every contacts write also rewrites the packed rows derived from it (the week plan's inputs
// in plan-inputs.ts, the People list's rows in people-rows.ts), one row per shard it touches,
// and a shard row holds everyone in that shard. A long write that cut its people into
// chunks in their own order touched every shard with every chunk, so a 10,000-person import
// in ten chunks packed and wrote the derived rows ten times over, growing each time. Cut by
// shard, each chunk touches only its own shards and each derived row is written once in all.
// Chunks are cut by the People list's shards, taken in the order of the week plan's shards
// they lie in (one count divides the other; today both are 16): a week-plan shard's people
// come in consecutive chunks, so its row is written by few chunks, never by all of them.
import { PLAN_INPUT_SHARDS } from './plan-inputs';
import { peopleShardOf } from './people-rows';
import type { Id } from '../../domain/types';

/**
 * The items in chunks of about `size` (a chunk ends at the first shard boundary at or past
 * it), each shard's items in one chunk and in their given order. Empty chunks are never
 * returned.
 */
export function chunksByShard<T>(items: readonly T[], idOf: (item: T) => Id, size: number): T[][] {
  const byShard = new Map<number, T[]>();
  for (const item of items) {
    const shard = peopleShardOf(idOf(item));
    const list = byShard.get(shard);
    if (list) list.push(item);
    else byShard.set(shard, [item]);
  }
  const chunks: T[][] = [];
  let current: T[] = [];
  const byPlanShard = (a: number, b: number) =>
    (a % PLAN_INPUT_SHARDS) - (b % PLAN_INPUT_SHARDS) || a - b;
  for (const shard of [...byShard.keys()].sort(byPlanShard)) {
    for (const item of byShard.get(shard) ?? []) current.push(item);
    if (current.length >= size) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
