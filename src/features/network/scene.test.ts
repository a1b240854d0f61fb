import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge } from '../../domain/graph';
import { buildScene } from './scene';
import { graphNode } from '../../../tests/support/graph-nodes';

const node = graphNode;

function edge(source: number, target: number, weight = 0.5): GraphEdge {
  return { source, target, kind: source === 0 ? 'tie' : 'relation', weight };
}

describe('the scene', () => {
  const strongFirst: Graph = {
    nodes: [
      node('me'),
      node('weak', { strength: 0.1 }),
      node('strong', { strength: 0.9 }),
      node('mid'),
    ],
    edges: [edge(0, 1), edge(0, 2), edge(0, 3), edge(1, 2)],
  };

  it('puts the user first, then the strongest ties, for labels', () => {
    const scene = buildScene(strongFirst, { nodes: [0, 1, 2, 3], edges: [0, 1, 2, 3] }, undefined);
    expect(scene.shownByStrength).toEqual([0, 2, 3, 1]);
  });

  it('sizes dots by strength, the user largest', () => {
    const scene = buildScene(strongFirst, { nodes: [0, 1, 2, 3], edges: [] }, undefined);
    const [me, weak, strong] = scene.radii;
    expect(strong).toBeGreaterThan(weak ?? Infinity);
    expect(me).toBeGreaterThan(strong ?? Infinity);
  });

  it('shows only what the filters let through, and tints clusters by their shown members', () => {
    const scene = buildScene(
      strongFirst,
      { nodes: [0, 2, 3], edges: [1, 2] },
      {
        clusterOf: [-1, 0, 0, 0],
        clusters: [{ id: 0, name: 'Acme', members: [1, 2, 3] }],
        bridges: [{ node: 3, score: 0.5, clusterIds: [0] }],
      },
    );
    expect([...scene.isShown]).toEqual([1, 0, 1, 1]);
    expect(scene.shownEdges).toEqual([1, 2]);
    expect(scene.clusters[0]?.members).toEqual([2, 3]);
    expect([...scene.isBridge]).toEqual([0, 0, 0, 1]);
  });
});
