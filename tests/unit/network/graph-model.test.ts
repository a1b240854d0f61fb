import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../../src/domain/graph';
import { isSameShape, startingPositions } from '../../../src/features/network/graph-model';
import { buildScene } from '../../../src/features/network/scene';

function node(id: string, changes: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label: id,
    isMe: id === 'me',
    tier: id === 'me' ? undefined : 'active',
    status: id === 'me' ? undefined : 'ok',
    strength: 0.5,
    flags: [],
    affiliation: undefined,
    organisation: '',
    tags: [],
    groupIds: [],
    ...changes,
  };
}

function edge(source: number, target: number, weight = 0.5): GraphEdge {
  return { source, target, kind: source === 0 ? 'tie' : 'relation', weight };
}

const graph: Graph = {
  nodes: [node('me'), node('a'), node('b')],
  edges: [edge(0, 1), edge(0, 2), edge(1, 2)],
};

describe('when a rebuilt graph needs a new layout', () => {
  it('keeps the layout when only statuses, strengths or weights change', () => {
    const rebuilt: Graph = {
      nodes: [node('me'), node('a', { status: 'overdue', strength: 0.1 }), node('b')],
      edges: [edge(0, 1, 0.1), edge(0, 2), edge(1, 2, 0.9)],
    };
    expect(isSameShape(graph, rebuilt)).toBe(true);
  });

  it('lays out again when someone or a link comes or goes', () => {
    expect(isSameShape(graph, { ...graph, nodes: [...graph.nodes, node('c')] })).toBe(false);
    expect(isSameShape(graph, { ...graph, edges: graph.edges.slice(0, 2) })).toBe(false);
    expect(isSameShape(graph, { ...graph, edges: [edge(0, 1), edge(0, 2), edge(0, 2)] })).toBe(
      false,
    );
    expect(isSameShape(graph, { ...graph, nodes: [node('me'), node('b'), node('a')] })).toBe(false);
  });
});

describe('where people start', () => {
  const saved = {
    id: 'last',
    savedAt: 1,
    ids: ['me', 'a', 'b'],
    xy: new Float32Array([0, 0, 1, 1, 2, 2]),
  };

  it('starts from the saved layout on a first visit', () => {
    expect([...(startingPositions(graph, undefined, saved) ?? [])]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('starts from where people are on screen when the graph is rebuilt', () => {
    const next: Graph = { nodes: [node('me'), node('b'), node('c')], edges: [] };
    const current = { graph, xy: new Float32Array([0, 0, 5, 5, 7, 7]) };
    expect([...(startingPositions(next, current, saved) ?? [])]).toEqual([0, 0, 7, 7, NaN, NaN]);
  });

  it('starts fresh when no one has a position', () => {
    expect(startingPositions(graph, undefined, undefined)).toBeUndefined();
  });
});

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
