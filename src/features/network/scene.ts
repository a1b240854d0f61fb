// What the canvas shows of a graph, prepared once per change of the graph, the filters or
// the selection (never per frame): each node's radius, who is shown, which edges join two
// shown people, the order in which names get a label, and the neighbourhood to highlight.
import {
  ME_RADIUS,
  nodeRadius,
  type Cluster,
  type Graph,
  type GraphInsights,
} from '../../domain/graph';

export type Scene = {
  graph: Graph;
  /** World radius by node index. */
  radii: Float32Array;
  /** 1 where the filters show the node. */
  isShown: Uint8Array;
  /** Shown nodes, the user first, then strongest tie first: the order labels are placed in. */
  shownByStrength: number[];
  /** Indexes of edges whose two ends are shown, the heaviest first (drawn under a budget). */
  shownEdges: readonly number[];
  /** 1 where a node is a bridge between clusters (insights). */
  isBridge: Uint8Array;
  /** Clusters (insights), each with its shown members only; tinted on the graph. */
  clusters: Cluster[];
};

/** Prepares what to draw: `shown` is what the filters let through (nodes, and edges among them). */
export function buildScene(
  graph: Graph,
  shown: { nodes: readonly number[]; edges: readonly number[] },
  insights: GraphInsights | undefined,
): Scene {
  const count = graph.nodes.length;
  const radii = new Float32Array(count);
  graph.nodes.forEach((node, index) => {
    // The same sizes the layout keeps apart (domain/graph/rings.ts): size = strength.
    radii[index] = node.isMe ? ME_RADIUS : nodeRadius(node.strength);
  });
  const isShown = new Uint8Array(count);
  for (const index of shown.nodes) if (index >= 0 && index < count) isShown[index] = 1;
  const shownByStrength: number[] = [];
  for (let index = 0; index < count; index++) if (isShown[index]) shownByStrength.push(index);
  const strengthOf = (index: number) => {
    const node = graph.nodes[index];
    return node?.isMe ? Infinity : (node?.strength ?? 0);
  };
  shownByStrength.sort((a, b) => strengthOf(b) - strengthOf(a) || a - b);
  const isBridge = new Uint8Array(count);
  for (const bridge of insights?.bridges ?? []) {
    if (bridge.node >= 0 && bridge.node < count) isBridge[bridge.node] = 1;
  }
  return {
    graph,
    radii,
    isShown,
    shownByStrength,
    shownEdges: [...shown.edges].sort(
      (a, b) => (graph.edges[b]?.weight ?? 0) - (graph.edges[a]?.weight ?? 0) || a - b,
    ),
    isBridge,
    clusters: (insights?.clusters ?? []).map((cluster) => ({
      ...cluster,
      members: cluster.members.filter((member) => isShown[member] === 1),
    })),
  };
}

/** A mask of the given node indexes (the selected person's neighbourhood). */
export function maskOf(count: number, nodes: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(count);
  for (const node of nodes) if (node >= 0 && node < count) mask[node] = 1;
  return mask;
}
