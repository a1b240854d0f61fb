// The network graph's shapes, shared by graph building (build-graph.ts),
// the insights (insights.ts), the layout worker (src/workers/) and the canvas screen
// (src/features/network/). Nodes and edges are plain data, so they cross to the worker by
// structured clone; edges refer to nodes by index, which is what d3-force links use.
import type { ReciprocityFlag, TieStatus } from '../tie-health';
import type { Affiliation, Id, Tier } from '../types';

/** The user's own node: always node 0, at the centre. */
export const ME_NODE_ID = 'me';

export type GraphNode = {
  /** A person's id, or ME_NODE_ID. */
  id: Id;
  label: string;
  isMe: boolean;
  /** Undefined for the user's node. */
  tier: Tier | undefined;
  status: TieStatus | undefined;
  /** Tie strength now, 0…1 (0 for the user's node). */
  strength: number;
  flags: ReciprocityFlag[];
  affiliation: Affiliation | undefined;
  organisation: string;
  tags: string[];
  groupIds: Id[];
};

export type GraphEdgeKind = 'tie' | 'relation' | 'touch' | 'group' | 'organisation';

export type GraphEdge = {
  /** Index into Graph.nodes. */
  source: number;
  /** Index into Graph.nodes. */
  target: number;
  kind: GraphEdgeKind;
  /** 0…1; drawing fades an edge with a low weight and the layout pulls it less. */
  weight: number;
};

export type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

export type Cluster = {
  id: number;
  /** The most common organisation or group among its members; '' when none is shared. */
  name: string;
  /** Node indexes. */
  members: number[];
};

export type GraphInsights = {
  /**
   * Cluster id of each node, by node index; -1 for the user's node, and for a person in no
   * cluster (no links to other people, or in a group too small to count: see insights.ts).
   */
  clusterOf: number[];
  clusters: Cluster[];
  /** Node indexes of bridges, strongest first, with the measure documented in insights.ts. */
  bridges: { node: number; score: number; clusterIds: number[] }[];
};
