// The 'load' side of the layout worker (force-layout.ts): reading the graph's rows, keeping
// the last read of each table so that a write to one table reads only that table again
// (renaming a person does not read every touch again), deciding whether a rebuilt graph
// needs a new layout, and where its people start when it does.
import {
  readGraphGroups,
  readGraphPeople,
  readGraphRelations,
  readGraphTouches,
  type GraphDataVersions,
  type GraphRows,
} from '../db/reads/graph';
import { positionsFor, readGraphLayout } from '../db/derived/graph-layouts';
import type { Graph } from '../domain/graph';
import type { Id } from '../domain/types';

/** Reads the graph's rows for these table versions. */
export type GraphSource = (versions: GraphDataVersions) => Promise<GraphRows>;

/** A read that is done again only for a new version; a failed read is not kept. */
function cachedRead<T>(read: () => Promise<T>): (version: number) => Promise<T> {
  let last: { version: number; rows: Promise<T> } | undefined;
  return (version) => {
    if (last?.version === version) return last.rows;
    const entry = { version, rows: read() };
    last = entry;
    entry.rows.catch(() => {
      if (last === entry) last = undefined;
    });
    return entry.rows;
  };
}

/** The graph's rows from IndexedDB, each table read again only when its version changes. */
export function createGraphSource(): GraphSource {
  const people = cachedRead(readGraphPeople);
  const touches = cachedRead(readGraphTouches);
  const relations = cachedRead(readGraphRelations);
  const groups = cachedRead(readGraphGroups);
  return async (versions) => {
    const rows = await Promise.all([
      people(versions.contacts),
      touches(versions.touchLogs),
      relations(versions.relations),
      groups(versions.groups),
    ]);
    return { people: rows[0], touches: rows[1], relations: rows[2], groups: rows[3] };
  };
}

/**
 * True when two graphs have the same people in the same order and the same links, so the
 * layout still fits: a new status, strength or weight changes how it is drawn, not where
 * people are.
 */
export function isSameShape(a: Graph, b: Graph): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let index = 0; index < a.nodes.length; index++) {
    if (a.nodes[index]?.id !== b.nodes[index]?.id) return false;
  }
  for (let index = 0; index < a.edges.length; index++) {
    const x = a.edges[index];
    const y = b.edges[index];
    if (x?.source !== y?.source || x?.target !== y?.target) return false;
  }
  return true;
}

/**
 * Where each of `ids` starts its layout: where they are in the layout now, when a graph is
 * being rebuilt (newcomers NaN: the simulation places them); else where they were at the end
 * of the last visit. undefined when no one has a position: a fresh layout.
 */
export async function startingPositions(
  ids: readonly Id[],
  current: { ids: readonly Id[]; xy: Float32Array } | undefined,
): Promise<Float32Array | undefined> {
  if (current) {
    const layout = { id: 'current', savedAt: 0, ids: [...current.ids], xy: current.xy };
    const fromCurrent = positionsFor(layout, ids);
    if (fromCurrent) return fromCurrent;
  }
  // The saved layout is a cache: if it cannot be read, the layout starts fresh.
  const saved = await readGraphLayout().catch(() => undefined);
  return positionsFor(saved, ids);
}
