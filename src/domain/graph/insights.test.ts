import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  computeInsights,
  detectCommunities,
  groupNamesOf,
  MIN_CLUSTER_SIZE,
  modularity,
  personEdges,
  type Graph,
  type GraphInsights,
  type WeightedEdge,
} from './';
import { generateGraphInput } from './generate';
import type { Contact } from '../types';
import { group, input, person, relation } from '../../../tests/support/graph-fixtures';
import type { GraphGroup, GraphRelation } from './';

/** Everyone in `ids` knows everyone else in it. */
function clique(ids: readonly string[]): GraphRelation[] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => relation(a, b)));
}

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

function graphOf(
  people: { id: string; organisation?: string }[],
  relations: GraphRelation[],
  groups: GraphGroup[] = [],
): { graph: Graph; insights: GraphInsights } {
  const graph = buildGraph(
    input({
      people: people.map(({ id, ...rest }) => person(id, rest as Partial<Contact>)),
      relations,
      groups,
    }),
  );
  return { graph, insights: computeInsights(graph, groupNamesOf(groups)) };
}

function clusterNamesById(graph: Graph, insights: GraphInsights): string[][] {
  return insights.clusters.map((cluster) =>
    cluster.members.map((member) => graph.nodes[member]?.id ?? '?'),
  );
}

describe('detectCommunities', () => {
  it('finds three cliques joined in a ring by single edges', () => {
    const edges: WeightedEdge[] = [];
    for (const start of [0, 5, 10]) {
      for (let a = start; a < start + 5; a++) {
        for (let b = a + 1; b < start + 5; b++) edges.push({ source: a, target: b, weight: 1 });
      }
    }
    edges.push({ source: 4, target: 5, weight: 1 }, { source: 9, target: 10, weight: 1 });
    edges.push({ source: 14, target: 0, weight: 1 });
    const communities = detectCommunities(15, edges);
    expect([...communities]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(modularity(15, edges, communities)).toBeGreaterThan(0.5);
  });

  it('leaves a node without edges on its own', () => {
    const communities = detectCommunities(4, [
      { source: 0, target: 1, weight: 1 },
      { source: 1, target: 2, weight: 1 },
    ]);
    expect(communities[3]).not.toBe(communities[0]);
    expect(communities[0]).toBe(communities[1]);
  });

  it('scores a good partition above a bad one', () => {
    const edges: WeightedEdge[] = [
      { source: 0, target: 1, weight: 1 },
      { source: 2, target: 3, weight: 1 },
      { source: 1, target: 2, weight: 0.1 },
    ];
    expect(modularity(4, edges, [0, 0, 1, 1])).toBeGreaterThan(modularity(4, edges, [0, 1, 0, 1]));
  });
});

describe('computeInsights clusters', () => {
  const left = ids('a', 5);
  const right = ids('b', 5);
  const { graph, insights } = graphOf(
    [
      ...left.map((id) => ({ id, organisation: 'Vasa Bank' })),
      ...right.map((id, i) => ({ id, organisation: i < 3 ? 'Göta Kraft AB' : 'Other' })),
      { id: 'x' },
      { id: 'y1' },
      { id: 'y2' },
    ],
    [
      ...clique(left),
      ...clique(right),
      relation('x', 'a0'),
      relation('x', 'a1'),
      relation('x', 'b0'),
      relation('y1', 'y2'),
    ],
  );

  it('finds the groups of people who know each other', () => {
    expect(clusterNamesById(graph, insights)).toEqual([[...left, 'x'], right]);
  });

  it('names each cluster by the organisation most of its people share', () => {
    expect(insights.clusters.map((cluster) => cluster.name)).toEqual([
      'Vasa Bank',
      'Göta Kraft AB',
    ]);
  });

  it('leaves the user and people in tiny groups out of every cluster', () => {
    expect(insights.clusterOf[0]).toBe(-1);
    const pair = ['y1', 'y2'].map((id) => graph.nodes.findIndex((node) => node.id === id));
    expect(pair.map((index) => insights.clusterOf[index])).toEqual([-1, -1]);
    for (const cluster of insights.clusters) {
      expect(cluster.members.length).toBeGreaterThanOrEqual(MIN_CLUSTER_SIZE);
      for (const member of cluster.members) expect(insights.clusterOf[member]).toBe(cluster.id);
    }
  });

  it('numbers clusters largest first', () => {
    const sizes = insights.clusters.map((cluster) => cluster.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(insights.clusters.map((cluster) => cluster.id)).toEqual([0, 1]);
  });
});

describe('computeInsights names', () => {
  it('uses a group name when it is shared more than any organisation', () => {
    const people = ids('p', 4);
    const { insights } = graphOf(
      people.map((id, i) => ({ id, organisation: i < 2 ? 'Acme' : '' })),
      clique(people),
      [group('g1', people, { name: 'Leadership circle' })],
    );
    expect(insights.clusters.map((cluster) => cluster.name)).toEqual(['Leadership circle']);
  });

  it('gives a second cluster of the same employer its next shared name', () => {
    const big = ids('a', 6);
    const small = ids('b', 4);
    const { insights } = graphOf(
      [...big, ...small].map((id) => ({ id, organisation: 'Fjällvind Energi AB' })),
      [...clique(big), ...clique(small), relation('a0', 'b0')],
      [group('g1', small, { name: 'Board' })],
    );
    expect(insights.clusters.map((cluster) => cluster.name)).toEqual([
      'Fjällvind Energi AB',
      'Board',
    ]);
  });

  it('leaves a cluster unnamed when no name is shared', () => {
    const people = ids('p', 3);
    const { insights } = graphOf(
      people.map((id, i) => ({ id, organisation: `Org ${i}` })),
      clique(people),
    );
    expect(insights.clusters.map((cluster) => cluster.name)).toEqual(['']);
  });
});

describe('computeInsights bridges', () => {
  // Clusters A and B are held together by x alone (x belongs to A: two links to each, and
  // A comes first); C and D by four links between four pairs of people.
  const a = ids('a', 5);
  const b = ids('b', 5);
  const c = ids('c', 6);
  const d = ids('d', 6);
  const { graph, insights } = graphOf(
    [...a, ...b, ...c, ...d, 'x'].map((id) => ({ id })),
    [
      ...clique(a),
      ...clique(b),
      ...clique(c),
      ...clique(d),
      relation('x', 'a0'),
      relation('x', 'a1'),
      relation('x', 'b0'),
      relation('x', 'b1'),
      ...[0, 1, 2, 3].map((i) => relation(`c${i}`, `d${i}`)),
    ],
  );
  const index = (id: string): number => graph.nodes.findIndex((node) => node.id === id);

  it('ranks the one person joining two clusters first, with their own cluster first', () => {
    expect(insights.bridges[0]).toEqual({
      node: index('x'),
      score: 1,
      clusterIds: [insights.clusterOf[index('a0')], insights.clusterOf[index('b0')]],
    });
  });

  it('does not list the people at the other end, who each hold half of that connection', () => {
    const listed = insights.bridges.map((bridge) => graph.nodes[bridge.node]?.id);
    expect(listed).not.toContain('b0');
    expect(listed).not.toContain('b1');
  });

  it('lists both ends of a single link between two clusters', () => {
    const e = ids('e', 4);
    const f = ids('f', 4);
    const joined = graphOf(
      [...e, ...f].map((id) => ({ id })),
      [...clique(e), ...clique(f), relation('e0', 'f0')],
    );
    const listed = joined.insights.bridges.map((bridge) => [
      joined.graph.nodes[bridge.node]?.id,
      bridge.score,
    ]);
    expect(listed).toEqual([
      ['e0', 1],
      ['f0', 1],
    ]);
  });

  it('does not list people who hold a small share of the links between two clusters', () => {
    const listed = insights.bridges.map((bridge) => graph.nodes[bridge.node]?.id ?? '');
    expect(listed.filter((id) => id.startsWith('c') || id.startsWith('d'))).toEqual([]);
  });

  it('does not list people whose links stay inside their cluster', () => {
    const inside = insights.bridges.filter((bridge) =>
      ['a2', 'a3', 'b2', 'c5', 'd5'].includes(graph.nodes[bridge.node]?.id ?? ''),
    );
    expect(inside).toEqual([]);
  });
});

describe('computeInsights on a generated network', () => {
  const generated = generateGraphInput(300, 1200, 11);
  const graph = buildGraph(generated);
  const insights = computeInsights(graph, groupNamesOf(generated.groups));

  it('puts each person in at most one cluster, and the clusters only hold people', () => {
    const seen = new Set<number>();
    for (const cluster of insights.clusters) {
      for (const member of cluster.members) {
        expect(seen.has(member)).toBe(false);
        expect(graph.nodes[member]?.isMe).toBe(false);
        seen.add(member);
      }
    }
    expect(insights.clusters.length).toBeGreaterThan(3);
    expect(insights.clusters.some((cluster) => cluster.name !== '')).toBe(true);
  });

  it('finds clusters that are denser inside than between', () => {
    expect(modularity(graph.nodes.length, personEdges(graph), insights.clusterOf)).toBeGreaterThan(
      0.3,
    );
  });

  it('gives the same insights every time', () => {
    const again = computeInsights(buildGraph(generated), groupNamesOf(generated.groups));
    expect(again).toEqual(insights);
  });
});
