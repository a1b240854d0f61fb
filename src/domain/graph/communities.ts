// Community detection by the Louvain method (Blondel et al. 2008), made deterministic:
// nodes are visited in index order, a node moves only for a modularity gain above
// GAIN_EPSILON, equal gains go to the lowest community id, and communities are renumbered
// by first appearance in node order. So the same edges always give the same communities.
//
// Each level moves nodes one at a time to the neighbouring community that raises
// modularity most,
//   gain(i → C) ∝ k_i,C − Σtot_C · k_i / 2m
// (k_i,C: weight from i into C; Σtot_C: total degree of C; 2m: total degree of the graph),
// then folds each community into one node and repeats until nothing moves. Each pass is
// O(E), passes and levels are capped, so 10,000 edges take a few milliseconds.

/** An undirected, weighted edge between node indexes (weight > 0). */
export type WeightedEdge = { source: number; target: number; weight: number };

/** Smallest modularity gain (in weight units) worth a move; below it a node stays. */
const GAIN_EPSILON = 1e-10;
/** Passes over the nodes per level, at most (a safety cap; real graphs need a handful). */
const MAX_PASSES = 32;
/** Levels of folding, at most. */
const MAX_LEVELS = 16;

type Level = {
  nodeCount: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight of a node's self-loop (both directions: the diagonal of the adjacency matrix). */
  loops: Float64Array;
};

type Adjacency = {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Weighted degree, self-loop included. */
  degrees: Float64Array;
  totalDegree: number;
};

/** array[index] += value, for typed arrays under noUncheckedIndexedAccess. */
function addAt(array: Float64Array | Int32Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value;
}

function adjacencyOf(level: Level): Adjacency {
  const { nodeCount, sources, targets, weights, loops } = level;
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < sources.length; e++) {
    addAt(offsets, (sources[e] as number) + 1, 1);
    addAt(offsets, (targets[e] as number) + 1, 1);
  }
  for (let i = 0; i < nodeCount; i++) addAt(offsets, i + 1, offsets[i] as number);
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(sources.length * 2);
  const edgeWeights = new Float64Array(sources.length * 2);
  const degrees = Float64Array.from(loops);
  for (let e = 0; e < sources.length; e++) {
    const a = sources[e] as number;
    const b = targets[e] as number;
    const w = weights[e] as number;
    const slotA = fill[a] as number;
    const slotB = fill[b] as number;
    neighbours[slotA] = b;
    edgeWeights[slotA] = w;
    neighbours[slotB] = a;
    edgeWeights[slotB] = w;
    fill[a] = slotA + 1;
    fill[b] = slotB + 1;
    addAt(degrees, a, w);
    addAt(degrees, b, w);
  }
  let totalDegree = 0;
  for (let i = 0; i < nodeCount; i++) totalDegree += degrees[i] as number;
  return { offsets, neighbours, weights: edgeWeights, degrees, totalDegree };
}

/** One level's local moving phase: each node's community, renumbered 0…k − 1. */
function moveNodes(nodeCount: number, adjacency: Adjacency): Int32Array {
  const { offsets, neighbours, weights, degrees, totalDegree } = adjacency;
  const community = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) community[i] = i;
  if (totalDegree === 0) return community;
  const totals = Float64Array.from(degrees);
  const weightInto = new Float64Array(nodeCount);
  const seenBy = new Int32Array(nodeCount).fill(-1);
  const touched: number[] = [];

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moves = 0;
    for (let i = 0; i < nodeCount; i++) {
      const degree = degrees[i] as number;
      if (degree === 0) continue;
      touched.length = 0;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
        const j = neighbours[e] as number;
        if (j === i) continue;
        const c = community[j] as number;
        if (seenBy[c] !== i) {
          seenBy[c] = i;
          weightInto[c] = 0;
          touched.push(c);
        }
        addAt(weightInto, c, weights[e] as number);
      }
      const home = community[i] as number;
      addAt(totals, home, -degree);
      const share = degree / totalDegree;
      let best = home;
      let bestGain =
        (seenBy[home] === i ? (weightInto[home] as number) : 0) - (totals[home] as number) * share;
      const stayGain = bestGain;
      for (const c of touched) {
        if (c === home) continue;
        const gain = (weightInto[c] as number) - (totals[c] as number) * share;
        const isBetter = best === home ? gain > stayGain + GAIN_EPSILON : gain > bestGain;
        const isTieWithLower = best !== home && gain === bestGain && c < best;
        if (isBetter || isTieWithLower) {
          best = c;
          bestGain = gain;
        }
      }
      addAt(totals, best, degree);
      if (best !== home) {
        community[i] = best;
        moves++;
      }
    }
    if (moves === 0) break;
  }
  return renumber(community);
}

/** Community ids 0…k − 1 in order of first appearance by node index. */
function renumber(community: Int32Array): Int32Array {
  const ids = new Map<number, number>();
  return community.map((c) => {
    let id = ids.get(c);
    if (id === undefined) {
      id = ids.size;
      ids.set(c, id);
    }
    return id;
  });
}

/** Folds each community of `level` into one node. */
function fold(level: Level, community: Int32Array, communityCount: number): Level {
  const loops = new Float64Array(communityCount);
  for (let i = 0; i < level.nodeCount; i++) {
    addAt(loops, community[i] as number, level.loops[i] as number);
  }
  const between = new Map<number, number>();
  for (let e = 0; e < level.sources.length; e++) {
    const a = community[level.sources[e] as number] as number;
    const b = community[level.targets[e] as number] as number;
    const w = level.weights[e] as number;
    if (a === b) {
      addAt(loops, a, 2 * w);
      continue;
    }
    const key = a < b ? a * communityCount + b : b * communityCount + a;
    between.set(key, (between.get(key) ?? 0) + w);
  }
  const keys = [...between.keys()].sort((x, y) => x - y);
  return {
    nodeCount: communityCount,
    sources: Int32Array.from(keys, (key) => Math.floor(key / communityCount)),
    targets: Int32Array.from(keys, (key) => key % communityCount),
    weights: Float64Array.from(keys, (key) => between.get(key) ?? 0),
    loops,
  };
}

/**
 * The community of each node, numbered 0…k − 1 by first appearance in node order. A node
 * without edges is a community of its own. Edges with a weight ≤ 0, a self-loop or an
 * index out of range are ignored.
 */
export function detectCommunities(nodeCount: number, edges: readonly WeightedEdge[]): Int32Array {
  const kept = edges.filter(
    (edge) =>
      edge.weight > 0 &&
      edge.source !== edge.target &&
      edge.source >= 0 &&
      edge.target >= 0 &&
      edge.source < nodeCount &&
      edge.target < nodeCount,
  );
  let level: Level = {
    nodeCount,
    sources: Int32Array.from(kept, (edge) => edge.source),
    targets: Int32Array.from(kept, (edge) => edge.target),
    weights: Float64Array.from(kept, (edge) => edge.weight),
    loops: new Float64Array(nodeCount),
  };
  let membership = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) membership[i] = i;
  for (let depth = 0; depth < MAX_LEVELS; depth++) {
    const community = moveNodes(level.nodeCount, adjacencyOf(level));
    let communityCount = 0;
    for (const c of community) communityCount = Math.max(communityCount, c + 1);
    membership = membership.map((node) => community[node] as number);
    if (communityCount === level.nodeCount) break;
    level = fold(level, community, communityCount);
  }
  return renumber(membership);
}

/** Modularity Q of a partition (for tests and tuning): in [−1/2, 1), higher is better. */
export function modularity(
  nodeCount: number,
  edges: readonly WeightedEdge[],
  community: ArrayLike<number>,
): number {
  const degrees = new Float64Array(nodeCount);
  let inside = 0;
  let total = 0;
  for (const { source, target, weight } of edges) {
    addAt(degrees, source, weight);
    addAt(degrees, target, weight);
    total += weight;
    if (community[source] === community[target]) inside += weight;
  }
  if (total === 0) return 0;
  const totals = new Map<number, number>();
  for (let i = 0; i < nodeCount; i++) {
    const c = community[i] as number;
    totals.set(c, (totals.get(c) ?? 0) + (degrees[i] as number));
  }
  let expected = 0;
  for (const sum of totals.values()) expected += (sum / (2 * total)) ** 2;
  return inside / total - expected;
}
