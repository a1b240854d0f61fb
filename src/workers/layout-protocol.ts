// Messages between the network screen and the force-layout worker (force-layout.worker.ts).
//
// The screen asks for its graph with 'load'. The worker reads the rows from IndexedDB
// (db/reads/graph.ts), builds the graph (domain/graph), answers with 'graph', lays it out
// ('tick' … 'settled', saving the positions in db.graphLayouts when it settles) and, once the
// first batch of positions has been posted, sends the clusters and bridges ('insights'). So
// nothing heavier than receiving the built graph happens on the main thread.
// A later 'load' (a table was written, the day or the settings changed) gets a new 'graph'.
// When it has the same people and links, the running layout carries on under the new run id
// (isNewLayout false: no new picture, only new colours and sizes); otherwise a new layout
// starts from where people were.
// 'start' lays out a given graph with no database (the layout benchmark's probe uses it).
//
// Every request has a run id; answers carry it, and the screen ignores answers to a request it
// has replaced. Positions travel as one Float32Array (x, y of node i at 2i and 2i + 1) and
// edges as typed arrays, transferred, not copied.
import type { WriteErrorReason } from '../db/write-errors';
import type { GraphDataVersions } from '../db/reads/graph';
import type {
  GraphEdge,
  GraphEdgeKind,
  GraphGroup,
  GraphInsights,
  GraphNode,
} from '../domain/graph';
import type { CadenceSettings } from '../domain/tie-health';
import type { EpochMs } from '../domain/types';

export type LayoutNode = Pick<GraphNode, 'id' | 'isMe' | 'tier' | 'strength'>;
export type LayoutLink = Pick<GraphEdge, 'source' | 'target' | 'weight' | 'kind'>;

/** What the graph is built for, as the screen asks for it. */
export type GraphLoad = {
  /** The time statuses are worked out at (the screen sends the start of the user's day). */
  now: EpochMs;
  timeZone: string;
  settings: CadenceSettings;
  /** The user's node label, in the screen's language. */
  meLabel: string;
  /** When true, the worker posts only the settled picture, no frames in between. */
  isReducedMotion: boolean;
  /** The tables' versions: the worker reads a table again only when its version changed. */
  versions: GraphDataVersions;
};

export type LayoutRequest =
  /**
   * Read and build the graph: answered by 'graph'. A new layout then waits for 'ready' and
   * is answered by 'tick' … 'settled', 'insights'.
   */
  | ({ type: 'load'; runId: number } & GraphLoad)
  /**
   * The screen has taken in the graph of this load: the layout may move now. Taking in a
   * new graph is the main thread's biggest task; frames of motion must not queue behind it.
   */
  | { type: 'ready'; runId: number }
  | {
      type: 'start';
      runId: number;
      nodes: LayoutNode[];
      links: LayoutLink[];
      /** Positions of the last visit by node index (NaN where a node is new), or none. */
      initial: Float32Array | undefined;
      /** When true, the worker posts only the settled picture, no frames in between. */
      isReducedMotion: boolean;
    }
  /** Pin a node where the pointer holds it (drag), and warm the layout up a little. */
  | { type: 'pin'; runId: number; node: number; x: number; y: number }
  /** Let a dragged node go. */
  | { type: 'unpin'; runId: number; node: number }
  | { type: 'stop'; runId: number };

/** The graph's edges as columns: edge i is (source[i], target[i], EDGE_KINDS[kind[i]], weight[i]). */
export type PackedEdges = {
  source: Uint32Array<ArrayBuffer>;
  target: Uint32Array<ArrayBuffer>;
  kind: Uint8Array<ArrayBuffer>;
  weight: Float64Array<ArrayBuffer>;
};

/** A group as the screen's group filter lists it. */
export type GroupName = Pick<GraphGroup, 'id' | 'name'>;

export type LayoutResponse =
  /**
   * The graph of a 'load'. isNewLayout false: the same people and links as the graph before,
   * whose layout carries on (its positions still fit). initial: where a new layout starts, by
   * node index: the last positions, and everyone else seeded where the run will start them.
   * With reduced motion (the first picture is the settled one) only the known positions, NaN
   * for someone new, or undefined when no one has a position yet.
   */
  | {
      type: 'graph';
      runId: number;
      nodes: GraphNode[];
      edges: PackedEdges;
      /** The live groups, in id order. */
      groups: GroupName[];
      isNewLayout: boolean;
      initial: Float32Array | undefined;
    }
  /** Positions while the layout runs, at most one per animation frame's worth of ticks. */
  | { type: 'tick'; runId: number; xy: Float32Array; alpha: number }
  /**
   * The layout came to rest: the last positions; nothing more is posted until a pin.
   * elapsedMs counts from the start (or from the pin that woke the run), ticks from the start,
   * the wake-up or the last let-go.
   */
  | { type: 'settled'; runId: number; xy: Float32Array; ticks: number; elapsedMs: number }
  /** A 'load' could not be read or built, or the layout failed (the cause is logged here). */
  | { type: 'error'; runId: number; reason: WriteErrorReason }
  /** The clusters and bridges of the graph of a 'load', after the first positions. */
  | { type: 'insights'; runId: number; insights: GraphInsights };

/** Edge kinds by their code in PackedEdges.kind. */
export const EDGE_KINDS = [
  'tie',
  'relation',
  'touch',
  'group',
  'organisation',
] as const satisfies readonly GraphEdgeKind[];

const KIND_CODES: ReadonlyMap<GraphEdgeKind, number> = new Map(
  EDGE_KINDS.map((kind, code) => [kind, code]),
);

export function packEdges(edges: readonly GraphEdge[]): PackedEdges {
  const packed: PackedEdges = {
    source: new Uint32Array(edges.length),
    target: new Uint32Array(edges.length),
    kind: new Uint8Array(edges.length),
    weight: new Float64Array(edges.length),
  };
  edges.forEach((edge, index) => {
    packed.source[index] = edge.source;
    packed.target[index] = edge.target;
    packed.kind[index] = KIND_CODES.get(edge.kind) ?? 0;
    packed.weight[index] = edge.weight;
  });
  return packed;
}

export function unpackEdges(packed: PackedEdges): GraphEdge[] {
  const edges: GraphEdge[] = new Array<GraphEdge>(packed.source.length);
  for (let index = 0; index < edges.length; index++) {
    edges[index] = {
      source: packed.source[index] as number,
      target: packed.target[index] as number,
      kind: EDGE_KINDS[packed.kind[index] as number] ?? 'tie',
      weight: packed.weight[index] as number,
    };
  }
  return edges;
}

/** The buffers of packed edges, to transfer. */
export function edgeBuffers(packed: PackedEdges): ArrayBuffer[] {
  return [packed.source.buffer, packed.target.buffer, packed.kind.buffer, packed.weight.buffer];
}
