// What the network picture says beyond its dots: clusters of people who know each other,
// and the bridges between them.
//
// Clusters: Louvain communities (communities.ts) over the person–person edges only. The
// user's node and its tie edges are left out, since the user touches everyone and would
// glue every cluster into one. A community of fewer than MIN_CLUSTER_SIZE people is no
// cluster: its people are "unclustered" (clusterOf −1) and left out of `clusters`.
// Clusters are numbered by size, largest first (ties: the one whose first member comes
// first), and list their members in node order.
//
// Cluster names: the organisation or group name that most members share (each member
// counts each name once; names compare case- and accent-insensitively; ties go to the
// alphabetically first). Clusters are named largest first, each taking its most common
// name not already taken by a larger cluster, so a big employer split into two clusters
// gives the second one its next most telling name (a team, a board); if all its shared
// names are taken it repeats its most common one. '' when no name is shared by two members.
//
// Bridges: people who hold clusters together. For a person i in cluster s and each other
// cluster t that i has links into,
//   share_i(t) = k_it / W_st
// where k_it is the weight of i's links into t and W_st the weight of all links between s
// and t (edge weights, closeness units). So share_i(t) is the part of the s–t connection
// that runs through i: 1 when i (with the person at the other end) is the only link
// between the two clusters, 0.1 when i holds one of ten equal links. The bridge score is
//   score_i = Σ_t share_i(t)
// so a person who alone ties their cluster to three others scores 3. Without them, those
// clusters would be apart (or joined only through others further away). People in no
// cluster are never bridges (their links do not run between clusters). Bridges are people
// scoring ≥ BRIDGE_MIN_SCORE, highest first (ties: node order), at most MAX_BRIDGES; each
// lists its own cluster first, then the clusters it reaches, largest share first.
// Cost: one pass over the edges and one over the people with links across: O(V + E).

import { normalizeText } from '../text';
import type { Id } from '../types';
import { detectCommunities, type WeightedEdge } from './communities';
import type { Cluster, Graph, GraphInsights, GraphNode } from './types';

/** Fewest people a community needs to count as a cluster. */
export const MIN_CLUSTER_SIZE = 3;
/**
 * Least bridge score to be listed: as much as one whole connection between two clusters
 * (all of one, or half of each of two…). Holding half of a single connection is not enough:
 * the other half would still join the clusters.
 */
export const BRIDGE_MIN_SCORE = 1;
/** Most bridges listed: a short list the user can act on. */
export const MAX_BRIDGES = 10;
/** Rounding slack when a share sums to exactly BRIDGE_MIN_SCORE (0.1 + 0.2 ≠ 0.3). */
const SCORE_SLACK = 1e-9;

/** The person–person edges (the user's node and tie edges left out). */
export function personEdges(graph: Graph): WeightedEdge[] {
  const { nodes } = graph;
  return graph.edges.filter(
    (edge) =>
      edge.kind !== 'tie' &&
      nodes[edge.source]?.isMe === false &&
      nodes[edge.target]?.isMe === false,
  );
}

/** Clusters from community labels: sized, numbered and filtered (names left ''). */
function clustersOf(nodes: readonly GraphNode[], labels: Int32Array): Cluster[] {
  const byLabel = new Map<number, number[]>();
  nodes.forEach((node, index) => {
    if (node.isMe) return;
    const label = labels[index] as number;
    const members = byLabel.get(label);
    if (members) members.push(index);
    else byLabel.set(label, [index]);
  });
  return [...byLabel.values()]
    .filter((members) => members.length >= MIN_CLUSTER_SIZE)
    .sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number))
    .map((members, id) => ({ id, name: '', members }));
}

type NameCount = { key: string; name: string; count: number };

/** The names shared by two or more members, most common first. */
function sharedNames(
  members: readonly number[],
  nodes: readonly GraphNode[],
  groupNames: Readonly<Record<Id, string>>,
): NameCount[] {
  const counts = new Map<string, NameCount>();
  for (const member of members) {
    const node = nodes[member];
    if (!node) continue;
    const names = [node.organisation, ...node.groupIds.map((id) => groupNames[id] ?? '')];
    const seen = new Set<string>();
    for (const name of names) {
      const key = normalizeText(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { key, name: name.trim(), count: 1 });
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= 2)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function nameClusters(
  clusters: readonly Cluster[],
  nodes: readonly GraphNode[],
  groupNames: Readonly<Record<Id, string>>,
): Cluster[] {
  const taken = new Set<string>();
  return clusters.map((cluster) => {
    const names = sharedNames(cluster.members, nodes, groupNames);
    const chosen = names.find((entry) => !taken.has(entry.key)) ?? names[0];
    if (chosen) taken.add(chosen.key);
    return { ...cluster, name: chosen?.name ?? '' };
  });
}

function findBridges(
  edges: readonly WeightedEdge[],
  clusterOf: readonly number[],
  clusterCount: number,
): GraphInsights['bridges'] {
  // W_st by pair key s·count + t (s < t), and each person's k_it for clusters t ≠ their own.
  const between = new Map<number, number>();
  const across = new Map<number, Map<number, number>>();
  const hold = (node: number, cluster: number, weight: number): void => {
    let into = across.get(node);
    if (!into) {
      into = new Map();
      across.set(node, into);
    }
    into.set(cluster, (into.get(cluster) ?? 0) + weight);
  };
  for (const { source, target, weight } of edges) {
    const s = clusterOf[source] ?? -1;
    const t = clusterOf[target] ?? -1;
    if (s < 0 || t < 0 || s === t) continue;
    const key = s < t ? s * clusterCount + t : t * clusterCount + s;
    between.set(key, (between.get(key) ?? 0) + weight);
    hold(source, t, weight);
    hold(target, s, weight);
  }
  const bridges: GraphInsights['bridges'] = [];
  for (const [node, into] of across) {
    const own = clusterOf[node] as number;
    const shares = [...into.entries()].map(([cluster, weight]) => {
      const key = own < cluster ? own * clusterCount + cluster : cluster * clusterCount + own;
      return { cluster, share: weight / (between.get(key) ?? weight) };
    });
    const score = shares.reduce((sum, { share }) => sum + share, 0);
    if (score < BRIDGE_MIN_SCORE - SCORE_SLACK) continue;
    shares.sort((a, b) => b.share - a.share || a.cluster - b.cluster);
    bridges.push({ node, score, clusterIds: [own, ...shares.map(({ cluster }) => cluster)] });
  }
  return bridges.sort((a, b) => b.score - a.score || a.node - b.node).slice(0, MAX_BRIDGES);
}

/** Clusters and bridges of the graph; `groupNames` by group id (see groupNamesOf). */
export function computeInsights(
  graph: Graph,
  groupNames: Readonly<Record<Id, string>>,
): GraphInsights {
  const nodeCount = graph.nodes.length;
  const edges = personEdges(graph);
  const labels = detectCommunities(nodeCount, edges);
  const clusters = nameClusters(clustersOf(graph.nodes, labels), graph.nodes, groupNames);
  const clusterOf = new Array<number>(nodeCount).fill(-1);
  for (const cluster of clusters) {
    for (const member of cluster.members) clusterOf[member] = cluster.id;
  }
  const bridges = findBridges(edges, clusterOf, clusters.length);
  return { clusterOf, clusters, bridges };
}
