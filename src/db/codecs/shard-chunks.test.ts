import { describe, expect, it } from 'vitest';
import { peopleShardOf, PEOPLE_ROW_SHARDS } from './people-rows';
import { shardOf } from './plan-inputs';
import { chunksByShard } from './shard-chunks';

const ids = Array.from({ length: 2_000 }, (_, index) => `person-${index}`);

describe('chunksByShard', () => {
  it("keeps every item once, each People shard in one chunk, each week-plan shard's in a run", () => {
    const chunks = chunksByShard(ids, (id) => id, 300);
    expect(chunks.flat().sort()).toEqual([...ids].sort());
    const chunksOf = (shardOfId: (id: string) => number) => {
      const byShard = new Map<number, Set<number>>();
      chunks.forEach((chunk, index) => {
        for (const id of chunk)
          byShard.set(shardOfId(id), (byShard.get(shardOfId(id)) ?? new Set()).add(index));
      });
      return [...byShard.values()].map((set) => [...set].sort((a, b) => a - b));
    };
    for (const inChunks of chunksOf(peopleShardOf)) expect(inChunks).toHaveLength(1);
    for (const inChunks of chunksOf(shardOf)) {
      // Consecutive chunks, and fewer than all of them.
      expect((inChunks.at(-1) ?? -1) - (inChunks[0] ?? 0)).toBe(inChunks.length - 1);
      expect(inChunks.length).toBeLessThan(chunks.length);
    }
  });

  it('cuts at the first shard boundary at or past the size, so no chunk is empty', () => {
    const chunks = chunksByShard(ids, (id) => id, 300);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(PEOPLE_ROW_SHARDS);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(300);
    for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(0);
  });

  it("keeps a People shard's items in their given order", () => {
    const chunks = chunksByShard(ids, (id) => id, 500);
    const order = new Map(ids.map((id, index) => [id, index]));
    for (const chunk of chunks) {
      const byShard = new Map<number, number[]>();
      for (const id of chunk)
        byShard.set(peopleShardOf(id), [
          ...(byShard.get(peopleShardOf(id)) ?? []),
          order.get(id) ?? -1,
        ]);
      for (const positions of byShard.values()) {
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    }
  });

  it('gives nothing for nothing, and one chunk when all fit', () => {
    expect(chunksByShard([], (id: string) => id, 10)).toEqual([]);
    expect(chunksByShard(ids.slice(0, 5), (id) => id, 10)).toHaveLength(1);
  });
});
