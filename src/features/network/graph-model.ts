// The screen's bridge to the pure graph core (domain/graph): when a rebuilt graph needs a
// new layout, and where each person starts when it does.
import { positionsFor } from '../../db/graph-layouts';
import type { Graph } from '../../domain/graph';
import type { GraphLayout } from '../../domain/types';

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
 * Where each node of `next` starts its layout: where it is on screen now when the graph is
 * being rebuilt (newcomers NaN: the worker places them), or else where it was at the end of
 * the last visit. undefined when no one has a position: a fresh layout.
 */
export function startingPositions(
  next: Graph,
  current: { graph: Graph; xy: Float32Array } | undefined,
  saved: GraphLayout | undefined,
): Float32Array | undefined {
  const ids = next.nodes.map((node) => node.id);
  if (current) {
    const layout = {
      id: 'current',
      savedAt: 0,
      ids: current.graph.nodes.map((node) => node.id),
      xy: current.xy,
    };
    const fromCurrent = positionsFor(layout, ids);
    if (fromCurrent) return fromCurrent;
  }
  return positionsFor(saved, ids);
}
