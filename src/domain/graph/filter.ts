// The filters the network screen and its list equivalent share, a person's neighbourhood
// (for highlighting who a tapped person knows) and search over the graph's people.
// Every filter left out (or empty) lets everyone through; the filters that are set must all
// match. The user's node is always visible.

import type { TieStatus } from '../tie-health';
import { nameCollator } from '../name-order';
import { matchesQuery, normalizeText } from '../text';
import type { Language } from '../types';
import type { Affiliation, Id, Tier } from '../types';
import type { Graph, GraphNode } from './types';

export type GraphFilter = {
  /** Only people with one of these statuses; empty or left out: any status. */
  statuses?: readonly TieStatus[] | undefined;
  /** Only people in one of these tiers; empty or left out: any tier. */
  tiers?: readonly Tier[] | undefined;
  /** Only people with this tag (case- and accent-insensitive); '' or left out: any. */
  tag?: string | undefined;
  /** Only members of this group. */
  groupId?: Id | undefined;
  affiliation?: Affiliation | undefined;
  /** Only people past their cadence: OVERDUE_STATUSES. */
  isOnlyOverdue?: boolean | undefined;
};

/** "Only overdue" means the cadence has run out: overdue, and dormant (two cadences or more). */
export const OVERDUE_STATUSES: readonly TieStatus[] = ['overdue', 'dormant'];

export type Subgraph = {
  /** Node indexes, ascending; always includes the user's node. */
  nodes: number[];
  /** Indexes into graph.edges of the edges whose both ends are in `nodes`, ascending. */
  edges: number[];
  /** 1 where the node at that index is in `nodes`, else 0. */
  isVisible: Uint8Array;
};

/** True when at least one filter would hide someone. */
export function isFilterActive(filter: GraphFilter): boolean {
  return (
    (filter.statuses?.length ?? 0) > 0 ||
    (filter.tiers?.length ?? 0) > 0 ||
    normalizeText(filter.tag ?? '') !== '' ||
    filter.groupId !== undefined ||
    filter.affiliation !== undefined ||
    filter.isOnlyOverdue === true
  );
}

/** A filter prepared once for a pass over all nodes. */
function nodePredicate(filter: GraphFilter): (node: GraphNode) => boolean {
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const tiers = filter.tiers?.length ? new Set(filter.tiers) : undefined;
  const tag = normalizeText(filter.tag ?? '');
  const { groupId, affiliation } = filter;
  const isOnlyOverdue = filter.isOnlyOverdue === true;
  return (node) => {
    if (node.isMe) return true;
    if (statuses && (node.status === undefined || !statuses.has(node.status))) return false;
    if (tiers && (node.tier === undefined || !tiers.has(node.tier))) return false;
    if (affiliation !== undefined && node.affiliation !== affiliation) return false;
    if (groupId !== undefined && !node.groupIds.includes(groupId)) return false;
    if (isOnlyOverdue && (node.status === undefined || !OVERDUE_STATUSES.includes(node.status))) {
      return false;
    }
    if (tag !== '' && !node.tags.some((nodeTag) => normalizeText(nodeTag) === tag)) return false;
    return true;
  };
}

/** Whether one node passes the filter (the user's node always does). */
export function matchesFilter(node: GraphNode, filter: GraphFilter): boolean {
  return nodePredicate(filter)(node);
}

/** The nodes that pass the filter and the edges among them. */
export function visibleSubgraph(graph: Graph, filter: GraphFilter): Subgraph {
  const passes = nodePredicate(filter);
  const isVisible = new Uint8Array(graph.nodes.length);
  const nodes: number[] = [];
  graph.nodes.forEach((node, index) => {
    if (!passes(node)) return;
    isVisible[index] = 1;
    nodes.push(index);
  });
  const edges: number[] = [];
  graph.edges.forEach((edge, index) => {
    if (isVisible[edge.source] === 1 && isVisible[edge.target] === 1) edges.push(index);
  });
  return { nodes, edges, isVisible };
}

export type Neighbourhood = {
  /** The node and everyone it has an edge with (the user included), ascending. */
  nodes: number[];
  /** Indexes into graph.edges of the node's own edges, ascending. */
  edges: number[];
};

/** A node and its direct neighbours, for highlighting; empty for an index out of range. */
export function neighbourhoodOf(graph: Graph, nodeIndex: number): Neighbourhood {
  if (graph.nodes[nodeIndex] === undefined) return { nodes: [], edges: [] };
  const nodes = new Set<number>([nodeIndex]);
  const edges: number[] = [];
  graph.edges.forEach((edge, index) => {
    if (edge.source === nodeIndex) nodes.add(edge.target);
    else if (edge.target === nodeIndex) nodes.add(edge.source);
    else return;
    edges.push(index);
  });
  return { nodes: [...nodes].sort((a, b) => a - b), edges };
}

/** Normalised label and search text per node, made once per graph (search runs per key). */
type SearchTexts = { labels: string[]; texts: string[] };
const searchTextsCache = new WeakMap<readonly GraphNode[], SearchTexts>();

function searchTextsOf(nodes: readonly GraphNode[]): SearchTexts {
  let cached = searchTextsCache.get(nodes);
  if (!cached) {
    const labels = nodes.map((node) => normalizeText(node.label));
    const texts = nodes.map((node, index) =>
      [labels[index], normalizeText(node.organisation), ...node.tags.map(normalizeText)].join(' '),
    );
    cached = { labels, texts };
    searchTextsCache.set(nodes, cached);
  }
  return cached;
}

/**
 * Each node's place in the language's name order, made once per graph and language: the
 * collator is slow next to comparing two numbers, and search sorts its matches per key.
 */
const nameRanksCache = new WeakMap<readonly GraphNode[], Map<Language, Int32Array>>();

function nameRanksOf(nodes: readonly GraphNode[], language: Language): Int32Array {
  let byLanguage = nameRanksCache.get(nodes);
  if (!byLanguage) {
    byLanguage = new Map();
    nameRanksCache.set(nodes, byLanguage);
  }
  let ranks = byLanguage.get(language);
  if (!ranks) {
    const { compare } = nameCollator(language);
    const order = nodes.map((_, index) => index);
    order.sort((a, b) => compare(nodes[a]?.label ?? '', nodes[b]?.label ?? '') || a - b);
    ranks = new Int32Array(nodes.length);
    order.forEach((node, rank) => {
      (ranks as Int32Array)[node] = rank;
    });
    byLanguage.set(language, ranks);
  }
  return ranks;
}

/**
 * People whose name, organisation or tags match the query, case- and accent-insensitive
 * (every typed word must start a word; see text.ts). People whose name starts with the
 * query come first, then the others, each in the language's name order. The user's node
 * is never a match; an empty query matches no one.
 */
export function searchNodes(
  graph: Graph,
  query: string,
  language: Language,
  limit = Infinity,
): number[] {
  const normalizedQuery = normalizeText(query);
  if (normalizedQuery === '') return [];
  const { labels, texts } = searchTextsOf(graph.nodes);
  const nameStarts: number[] = [];
  const others: number[] = [];
  graph.nodes.forEach((node, index) => {
    if (node.isMe) return;
    const label = labels[index] as string;
    if (label.startsWith(normalizedQuery)) nameStarts.push(index);
    else if (matchesQuery(texts[index] as string, normalizedQuery)) others.push(index);
  });
  const ranks = nameRanksOf(graph.nodes, language);
  const byLabel = (a: number, b: number): number => (ranks[a] as number) - (ranks[b] as number);
  return [...nameStarts.sort(byLabel), ...others.sort(byLabel)].slice(0, limit);
}
