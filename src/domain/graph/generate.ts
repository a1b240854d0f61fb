// A reproducible buildGraph input of a given size, for tests and the network benchmark
// (2,000 people, 10,000 edges). People, organisations, groups, shared touches and relations
// come from the demo generator (domain/demo), so clusters look like a real network's. The
// edge count is then matched: the demo's relations are kept in a shuffled order while they
// fit, and if edges are still missing, "knows" relations are added, mostly between friends
// of friends (triadic closure keeps clusters clustered), one in ten between random people.
// The count is exact unless organisations, groups and touches alone already exceed it.
// Same arguments, same input.

import { generateNetwork } from '../demo/generate-network';
import { createRandom, type Random } from '../demo/random';
import { shuffle } from '../demo/sampling';
import { DEFAULT_SETTINGS, type EpochMs, type Id } from '../types';
import { buildGraph, type GraphInput, type GraphRelation } from './build-graph';
import { pairKey } from './shared-touches';
import type { Graph } from './types';

/** Touches (interactions) generated per person: about what the demo has (1,300 for 150). */
const TOUCHES_PER_PERSON = 8;
/** Share of the added relations that join two random people instead of friends of friends. */
const RANDOM_LINK_SHARE = 0.1;
/** Mixed into the seed for the relations' stream, apart from the demo's own. */
const RELATION_STREAM = 0x2f6b_1d3c;
/** The fixed "now" of generated inputs: 2025-03-12 12:00 UTC (a Wednesday). */
export const GENERATED_NOW: EpochMs = Date.UTC(2025, 2, 12, 12);
export const GENERATED_TIME_ZONE = 'Europe/Stockholm';

export function generateGraphInput(
  peopleCount: number,
  edgeCount: number,
  seed: number,
  now: EpochMs = GENERATED_NOW,
): GraphInput {
  const network = generateNetwork({
    seed,
    peopleCount,
    touchCount: peopleCount * TOUCHES_PER_PERSON,
    years: 2,
    now,
  });
  const withoutRelations: GraphInput = {
    people: network.contacts,
    relations: [],
    groups: network.groups,
    touches: network.interactions.filter((touch) => touch.participantIds.length > 1),
    now,
    timeZone: GENERATED_TIME_ZONE,
    settings: { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays },
  };
  const links = linksOf(buildGraph(withoutRelations));
  const random = createRandom(seed ^ RELATION_STREAM);
  const relations = [
    ...keptRelations(random, network.relations, links, edgeCount),
    ...addedRelations(random, links, edgeCount),
  ];
  return { ...withoutRelations, relations };
}

/** The person–person links of a graph, as a set of pairs and neighbour lists. */
type Links = { ids: Id[]; indexOf: Map<Id, number>; pairs: Set<number>; neighbours: number[][] };

function linksOf(graph: Graph): Links {
  const nodeCount = graph.nodes.length;
  const links: Links = {
    ids: graph.nodes.map((node) => node.id),
    indexOf: new Map(graph.nodes.map((node, index) => [node.id, index])),
    pairs: new Set(),
    neighbours: graph.nodes.map(() => []),
  };
  for (const edge of graph.edges) {
    if (edge.kind !== 'tie') link(links, edge.source, edge.target, nodeCount);
  }
  return links;
}

function link(links: Links, a: number, b: number, nodeCount: number): void {
  links.pairs.add(pairKey(a, b, nodeCount));
  links.neighbours[a]?.push(b);
  links.neighbours[b]?.push(a);
}

/**
 * The demo's relations, in a shuffled order, as long as each new pair keeps the edge
 * count within `edgeCount` (a relation between people already linked is always kept).
 */
function keptRelations(
  random: Random,
  relations: readonly GraphRelation[],
  links: Links,
  edgeCount: number,
): GraphRelation[] {
  const nodeCount = links.ids.length;
  return shuffle(random, relations).filter((relation) => {
    const a = links.indexOf.get(relation.fromId);
    const b = links.indexOf.get(relation.toId);
    if (a === undefined || b === undefined || a === 0 || b === 0 || a === b) return false;
    if (links.pairs.has(pairKey(a, b, nodeCount))) return true;
    if (links.pairs.size >= edgeCount) return false;
    link(links, a, b, nodeCount);
    return true;
  });
}

/** "knows" relations that bring the person–person edges up to `edgeCount`. */
function addedRelations(random: Random, links: Links, edgeCount: number): GraphRelation[] {
  const nodeCount = links.ids.length;
  const people = nodeCount - 1;
  // At most every pair of people can be linked.
  const target = Math.min(edgeCount, (people * (people - 1)) / 2);
  const relations: GraphRelation[] = [];
  const attempts = Math.max(0, target - links.pairs.size) * 50;
  for (let attempt = 0; links.pairs.size < target && attempt < attempts; attempt++) {
    const a = random.int(1, people);
    const b = random.chance(RANDOM_LINK_SHARE)
      ? random.int(1, people)
      : friendOfFriend(random, links.neighbours, a);
    if (b === undefined || b === 0 || a === b || links.pairs.has(pairKey(a, b, nodeCount))) {
      continue;
    }
    link(links, a, b, nodeCount);
    relations.push({ fromId: links.ids[a] ?? '', toId: links.ids[b] ?? '' });
  }
  return relations;
}

function friendOfFriend(
  random: Random,
  neighbours: readonly number[][],
  from: number,
): number | undefined {
  const friends = neighbours[from] ?? [];
  if (friends.length === 0) return undefined;
  const friend = random.pick(friends);
  const theirs = neighbours[friend] ?? [];
  return theirs.length === 0 ? undefined : random.pick(theirs);
}
