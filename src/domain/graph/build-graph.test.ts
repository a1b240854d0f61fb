import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  countSharedTouches,
  FULL_MESH_MAX_MEMBERS,
  groupNamesOf,
  LINK_OFFSETS_PER_MEMBER,
  ME_NODE_ID,
  MAX_SHARED_TOUCH_PEOPLE,
  RELATION_WEIGHT,
  SHARED_GROUP_WEIGHT,
  SHARED_ORGANISATION_WEIGHT,
  sharedTouchWeight,
  type Graph,
  type GraphEdge,
} from './';
import { DAY_MS } from '../tie-health';
import { group, input, NOW, person, relation, touch } from '../../../tests/support/graph-fixtures';

function nodeIndex(graph: Graph, id: string): number {
  const index = graph.nodes.findIndex((node) => node.id === id);
  if (index < 0) throw new Error(`No node ${id}`);
  return index;
}

function edgeBetween(graph: Graph, a: string, b: string): GraphEdge | undefined {
  const [x, y] = [nodeIndex(graph, a), nodeIndex(graph, b)];
  return graph.edges.find(
    (edge) => (edge.source === x && edge.target === y) || (edge.source === y && edge.target === x),
  );
}

function personEdges(graph: Graph): GraphEdge[] {
  return graph.edges.filter((edge) => edge.kind !== 'tie');
}

describe('buildGraph nodes', () => {
  it('puts the user first and then the people sorted by id', () => {
    const graph = buildGraph(
      input({ people: [person('c'), person('a'), person('b')], meLabel: 'You' }),
    );
    expect(graph.nodes.map((node) => node.id)).toEqual([ME_NODE_ID, 'a', 'b', 'c']);
    expect(graph.nodes[0]).toMatchObject({ isMe: true, label: 'You', tier: undefined });
  });

  it('leaves out archived and deleted people', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b', { isArchived: true }), person('c', { deletedAt: NOW })],
      }),
    );
    expect(graph.nodes.map((node) => node.id)).toEqual([ME_NODE_ID, 'a']);
  });

  it('gives each person their tie status, strength, flags and groups', () => {
    const graph = buildGraph(
      input({
        people: [
          person('late', { tier: 'close', lastTouchAt: NOW - 40 * DAY_MS, touchCount: 3 }),
          person('warm', {
            tier: 'close',
            lastTouchAt: NOW - 2 * DAY_MS,
            touchCount: 3,
            strength: { value: 6, at: NOW },
            received: { value: 3, at: NOW },
            organisation: '  Vasa Bank ',
            tags: ['board'],
          }),
        ],
        groups: [group('g1', ['warm'])],
      }),
    );
    const late = graph.nodes[nodeIndex(graph, 'late')];
    const warm = graph.nodes[nodeIndex(graph, 'warm')];
    expect(late?.status).toBe('overdue');
    expect(warm).toMatchObject({
      status: 'ok',
      flags: ['you-owe'],
      organisation: 'Vasa Bank',
      tags: ['board'],
      groupIds: ['g1'],
    });
    expect(warm?.strength).toBeCloseTo(1 - Math.exp(-1), 10);
  });
});

describe('buildGraph edges', () => {
  it('links the user to every person, weighted by tie strength', () => {
    const graph = buildGraph(
      input({ people: [person('a', { strength: { value: 6, at: NOW } }), person('b')] }),
    );
    const ties = graph.edges.filter((edge) => edge.kind === 'tie');
    expect(ties).toEqual([
      { source: 0, target: 1, kind: 'tie', weight: graph.nodes[1]?.strength },
      { source: 0, target: 2, kind: 'tie', weight: 0 },
    ]);
    expect(ties[0]?.weight).toBeGreaterThan(0.6);
  });

  it('links two people with a relation strongly, and with "met via" the same way', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b'), person('c', { metViaId: 'a' })],
        relations: [relation('a', 'b')],
      }),
    );
    expect(edgeBetween(graph, 'a', 'b')).toMatchObject({
      kind: 'relation',
      weight: RELATION_WEIGHT,
    });
    expect(edgeBetween(graph, 'a', 'c')).toMatchObject({
      kind: 'relation',
      weight: RELATION_WEIGHT,
    });
    expect(edgeBetween(graph, 'b', 'c')).toBeUndefined();
  });

  it('ignores deleted relations and relations to people not in the graph', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b'), person('gone', { isArchived: true })],
        relations: [relation('a', 'b', { deletedAt: NOW }), relation('a', 'gone')],
      }),
    );
    expect(personEdges(graph)).toEqual([]);
  });

  it('counts two relation rows between the same people as one relation', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b')],
        relations: [relation('a', 'b'), relation('b', 'a')],
      }),
    );
    expect(personEdges(graph)).toEqual([
      { source: 1, target: 2, kind: 'relation', weight: RELATION_WEIGHT },
    ]);
  });

  it('links people who shared touches, more strongly the more they shared', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b'), person('c')],
        touches: [touch(['a', 'b']), touch(['a', 'b', 'c']), touch(['a', 'c'], { deletedAt: NOW })],
      }),
    );
    const shared = (a: string, b: string): [string | undefined, number | undefined] => {
      const edge = edgeBetween(graph, a, b);
      return [edge?.kind, edge?.weight];
    };
    expect(shared('a', 'b')[0]).toBe('touch');
    expect(shared('a', 'b')[1]).toBeCloseTo(0.45, 12);
    expect(shared('a', 'c')[1]).toBeCloseTo(0.3, 12);
    expect(shared('b', 'c')[1]).toBeCloseTo(0.3, 12);
  });

  it('does not link the people of a touch with more than a table of people', () => {
    const crowd = Array.from({ length: MAX_SHARED_TOUCH_PEOPLE + 1 }, (_, i) => `p${i + 10}`);
    const graph = buildGraph(
      input({ people: crowd.map((id) => person(id)), touches: [touch(crowd)] }),
    );
    expect(personEdges(graph)).toEqual([]);
  });

  it('links members of a group weakly and names their groups on the nodes', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b'), person('c')],
        groups: [group('g1', ['a', 'b', 'b', 'unknown']), group('g0', ['a'], { deletedAt: NOW })],
      }),
    );
    expect(personEdges(graph)).toEqual([
      { source: 1, target: 2, kind: 'group', weight: SHARED_GROUP_WEIGHT },
    ]);
    expect(graph.nodes.map((node) => node.groupIds)).toEqual([[], ['g1'], ['g1'], []]);
  });

  it('links colleagues at the same organisation, whatever the case and accents', () => {
    const graph = buildGraph(
      input({
        people: [
          person('a', { organisation: 'Ängsö Capital' }),
          person('b', { organisation: 'angso capital' }),
          person('c', { organisation: '' }),
          person('d', { organisation: '' }),
        ],
      }),
    );
    expect(personEdges(graph)).toEqual([
      { source: 1, target: 2, kind: 'organisation', weight: SHARED_ORGANISATION_WEIGHT },
    ]);
  });

  it('combines evidence for one pair into one edge named by its strongest kind', () => {
    const graph = buildGraph(
      input({
        people: [person('a', { organisation: 'X' }), person('b', { organisation: 'X' })],
        relations: [relation('a', 'b')],
        groups: [group('g1', ['a', 'b']), group('g2', ['a', 'b'])],
        touches: [touch(['a', 'b'])],
      }),
    );
    const expected =
      1 -
      (1 - RELATION_WEIGHT) *
        (1 - sharedTouchWeight(1)) *
        (1 - SHARED_GROUP_WEIGHT) ** 2 *
        (1 - SHARED_ORGANISATION_WEIGHT);
    const edges = personEdges(graph);
    expect(edges).toHaveLength(1);
    expect(edges[0]?.kind).toBe('relation');
    expect(edges[0]?.weight).toBeCloseTo(expected, 12);
    expect(edges[0]?.weight).toBeLessThan(1);
  });

  it('lists tie edges first, then person edges by source and target', () => {
    const graph = buildGraph(
      input({
        people: [person('a'), person('b'), person('c')],
        relations: [relation('c', 'b'), relation('b', 'a'), relation('c', 'a')],
      }),
    );
    expect(graph.edges.map((edge) => [edge.source, edge.target])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });
});

describe('buildGraph at scale', () => {
  const staff = Array.from({ length: 300 }, (_, i) => `s${String(i).padStart(3, '0')}`);
  const graph = buildGraph(
    input({ people: staff.map((id) => person(id, { organisation: 'Fjällvind Energi AB' })) }),
  );

  it('links a 300-person organisation with a bounded number of edges', () => {
    const edges = personEdges(graph);
    expect(edges.length).toBeLessThanOrEqual(LINK_OFFSETS_PER_MEMBER * staff.length);
    expect(edges.length).toBeGreaterThan(staff.length);
    const degree = new Map<number, number>();
    for (const { source, target } of edges) {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
    expect(Math.max(...degree.values())).toBeLessThanOrEqual(2 * LINK_OFFSETS_PER_MEMBER);
  });

  it('keeps every two members of a large organisation a few links apart', () => {
    const neighbours = new Map<number, number[]>();
    for (const { source, target } of personEdges(graph)) {
      neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
      neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
    }
    const distance = new Map<number, number>([[1, 0]]);
    const queue = [1];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const next of neighbours.get(node) ?? []) {
        if (distance.has(next)) continue;
        distance.set(next, (distance.get(node) ?? 0) + 1);
        queue.push(next);
      }
    }
    expect(distance.size).toBe(staff.length);
    expect(Math.max(...distance.values())).toBeLessThanOrEqual(6);
  });

  it('links a small group in full', () => {
    const members = staff.slice(0, FULL_MESH_MAX_MEMBERS);
    const small = buildGraph(
      input({ people: members.map((id) => person(id)), groups: [group('g', members)] }),
    );
    const count = members.length;
    expect(personEdges(small)).toHaveLength((count * (count - 1)) / 2);
  });
});

describe('buildGraph determinism', () => {
  it('gives the same graph whatever order the rows come in', () => {
    const people = [
      person('d', { organisation: 'X' }),
      person('a', { organisation: 'X', metViaId: 'c' }),
      person('c'),
      person('b', { organisation: 'x' }),
    ];
    const relations = [relation('a', 'b'), relation('c', 'd')];
    const groups = [group('g2', ['a', 'c', 'd']), group('g1', ['d', 'b'])];
    const touches = [touch(['a', 'b']), touch(['c', 'b', 'd'])];
    const forwards = buildGraph(input({ people, relations, groups, touches }));
    const backwards = buildGraph(
      input({
        people: [...people].reverse(),
        relations: [...relations].reverse(),
        groups: [...groups].reverse(),
        touches: [...touches].reverse(),
      }),
    );
    expect(backwards).toEqual(forwards);
    expect(personEdges(forwards).length).toBeGreaterThan(3);
  });
});

describe('shared touches and group names', () => {
  it('counts each pair once per touch even when a person is listed twice', () => {
    const indexOf = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const counts = countSharedTouches([touch(['a', 'b', 'a']), touch(['b', 'a'])], indexOf, 3);
    expect([...counts.entries()]).toEqual([[1 * 3 + 2, 2]]);
  });

  it('names the live groups by id', () => {
    expect(
      groupNamesOf([
        group('g2', [], { name: 'Board' }),
        group('g1', [], { name: 'Gone', deletedAt: NOW }),
      ]),
    ).toEqual({ g2: 'Board' });
  });
});
