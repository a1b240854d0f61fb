import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  isFilterActive,
  matchesFilter,
  neighbourhoodOf,
  searchNodes,
  visibleSubgraph,
  type Graph,
} from './';
import { DAY_MS } from '../tie-health';
import { group, input, NOW, person, relation } from '../../../tests/support/graph-fixtures';

const EVERY_DAY = NOW - 400 * DAY_MS;

/**
 * Node 1 anna: inner, internal, ok, tag "Styrelse", group g1
 * Node 2 bo:   close, external, overdue (40 days, cadence 30), group g1
 * Node 3 cia:  wide, external, dormant (400 days, cadence 180), tag "styrelse"
 * Node 4 dan:  acquaintance, internal, paused
 */
function sampleGraph(): Graph {
  return buildGraph(
    input({
      people: [
        person('anna', {
          displayName: 'Åsa Lind',
          tier: 'inner',
          affiliation: 'internal',
          lastTouchAt: NOW - DAY_MS,
          touchCount: 5,
          tags: ['Styrelse'],
          organisation: 'Vasa Bank',
        }),
        person('bo', {
          displayName: 'Bo Ek',
          tier: 'close',
          lastTouchAt: NOW - 40 * DAY_MS,
          touchCount: 5,
        }),
        person('cia', {
          displayName: 'Cia Åsberg',
          tier: 'wide',
          lastTouchAt: EVERY_DAY,
          touchCount: 5,
          tags: ['styrelse'],
        }),
        person('dan', {
          displayName: 'Dan Berg',
          tier: 'acquaintance',
          affiliation: 'internal',
          isPaused: true,
          organisation: 'Lindqvist Logistik',
        }),
      ],
      relations: [relation('anna', 'bo'), relation('bo', 'cia'), relation('cia', 'dan')],
      groups: [group('g1', ['anna', 'bo'])],
    }),
  );
}

describe('visibleSubgraph', () => {
  const graph = sampleGraph();

  it('shows everyone and every edge without filters', () => {
    const visible = visibleSubgraph(graph, {});
    expect(visible.nodes).toEqual([0, 1, 2, 3, 4]);
    expect(visible.edges).toEqual(graph.edges.map((_, index) => index));
    expect([...visible.isVisible]).toEqual([1, 1, 1, 1, 1]);
  });

  it('filters by status, tier, tag, group and affiliation, all at once', () => {
    expect(visibleSubgraph(graph, { statuses: ['overdue', 'paused'] }).nodes).toEqual([0, 2, 4]);
    expect(visibleSubgraph(graph, { tiers: ['inner', 'wide'] }).nodes).toEqual([0, 1, 3]);
    expect(visibleSubgraph(graph, { tag: 'STYRELSE' }).nodes).toEqual([0, 1, 3]);
    expect(visibleSubgraph(graph, { groupId: 'g1' }).nodes).toEqual([0, 1, 2]);
    expect(visibleSubgraph(graph, { affiliation: 'internal' }).nodes).toEqual([0, 1, 4]);
    expect(visibleSubgraph(graph, { tag: 'styrelse', affiliation: 'external' }).nodes).toEqual([
      0, 3,
    ]);
  });

  it('counts dormant ties as overdue for "only overdue"', () => {
    expect(visibleSubgraph(graph, { isOnlyOverdue: true }).nodes).toEqual([0, 2, 3]);
  });

  it('always shows the user, even when nobody passes', () => {
    const visible = visibleSubgraph(graph, { tag: 'nobody has this' });
    expect(visible.nodes).toEqual([0]);
    expect(visible.edges).toEqual([]);
  });

  it('keeps only the edges whose both ends are shown', () => {
    const visible = visibleSubgraph(graph, { tiers: ['inner', 'close'] });
    const pairs = visible.edges.map((index) => {
      const edge = graph.edges[index];
      return [edge?.source, edge?.target];
    });
    expect(pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect([...visible.isVisible]).toEqual([1, 1, 1, 0, 0]);
  });

  it('tells whether any filter is set', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ statuses: [], tiers: [], tag: '  ', isOnlyOverdue: false })).toBe(
      false,
    );
    expect(isFilterActive({ isOnlyOverdue: true })).toBe(true);
    expect(isFilterActive({ groupId: 'g1' })).toBe(true);
  });

  it('checks a single node the same way', () => {
    const [me, bo] = [graph.nodes[0], graph.nodes[2]];
    if (!me || !bo) throw new Error('The sample graph has five nodes');
    expect(matchesFilter(me, { tiers: ['inner'] })).toBe(true);
    expect(matchesFilter(bo, { tiers: ['inner'] })).toBe(false);
  });
});

describe('neighbourhoodOf', () => {
  const graph = sampleGraph();

  it('gives a person, the people they are linked to and the user, with their edges', () => {
    const around = neighbourhoodOf(graph, 2);
    expect(around.nodes).toEqual([0, 1, 2, 3]);
    expect(around.edges.map((index) => graph.edges[index]?.kind)).toEqual([
      'tie',
      'relation',
      'relation',
    ]);
  });

  it('is empty for a node that does not exist', () => {
    expect(neighbourhoodOf(graph, 99)).toEqual({ nodes: [], edges: [] });
  });
});

describe('searchNodes', () => {
  const graph = sampleGraph();

  it('finds names without caring about case or accents, name starts first', () => {
    // "asa" starts Åsa Lind's name and a word of Cia Åsberg's.
    expect(searchNodes(graph, 'asa', 'en')).toEqual([1]);
    expect(searchNodes(graph, 'as', 'en')).toEqual([1, 3]);
  });

  it('finds people by organisation and tag', () => {
    expect(searchNodes(graph, 'lindqvist', 'en')).toEqual([4]);
    expect(searchNodes(graph, 'lind', 'en')).toEqual([1, 4]);
    expect(searchNodes(graph, 'styr', 'en')).toEqual([1, 3]);
  });

  it('matches nobody for an empty query and never the user', () => {
    const named = buildGraph(
      input({ people: [person('x', { displayName: 'Me Too' })], meLabel: 'Me' }),
    );
    expect(searchNodes(named, '   ', 'en')).toEqual([]);
    expect(searchNodes(named, 'me', 'en')).toEqual([1]);
  });

  it("lists matches in the language's name order: Å after Z in Swedish, with A in English", () => {
    const named = buildGraph(
      input({
        people: [
          person('p1', { displayName: 'Åke Holm' }),
          person('p2', { displayName: 'Zora Ahl' }),
          person('p3', { displayName: 'Axel Ahl' }),
          person('p4', { displayName: 'Zelda Ahl' }),
        ],
        meLabel: 'Me',
      }),
    );
    const labelsOf = (nodes: number[]) => nodes.map((node) => named.nodes[node]?.label);
    // Name starts first ("a…"), then the other matches ("Ahl"), each group in name order.
    expect(labelsOf(searchNodes(named, 'a', 'sv'))).toEqual([
      'Axel Ahl',
      'Åke Holm',
      'Zelda Ahl',
      'Zora Ahl',
    ]);
    expect(labelsOf(searchNodes(named, 'a', 'en'))).toEqual([
      'Åke Holm',
      'Axel Ahl',
      'Zelda Ahl',
      'Zora Ahl',
    ]);
  });

  it('stops at the limit', () => {
    expect(searchNodes(graph, 'a', 'en', 1)).toHaveLength(1);
  });
});
