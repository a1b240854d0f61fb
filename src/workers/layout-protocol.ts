// Messages between the network screen and the force-layout worker (force-layout.worker.ts).
// Positions travel as one Float32Array (x, y of node i at 2i and 2i + 1), transferred, not
// copied. Every run has an id; the screen ignores messages from a run it has replaced.
import type { Graph, GraphEdge, GraphInsights, GraphNode } from '../domain/graph/types';
import type { Id } from '../domain/types';

export type LayoutNode = Pick<GraphNode, 'id' | 'isMe' | 'tier' | 'strength'>;
export type LayoutLink = Pick<GraphEdge, 'source' | 'target' | 'weight' | 'kind'>;

export type LayoutRequest =
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
  | { type: 'stop'; runId: number }
  /**
   * Clusters and bridges of a graph (domain/graph/insights.ts), computed off the main thread;
   * answered by an 'insights' response with the same runId. Independent of any layout run.
   * groupNames: group names by id (domain/graph groupNamesOf), for naming clusters.
   */
  | { type: 'insights'; runId: number; graph: Graph; groupNames: Record<Id, string> };

export type LayoutResponse =
  /** Positions while the layout runs, at most one per animation frame's worth of ticks. */
  | { type: 'tick'; runId: number; xy: Float32Array; alpha: number }
  /**
   * The layout came to rest: the last positions; nothing more is posted until a pin.
   * elapsedMs counts from the start (or from the pin that woke the run), ticks from the start,
   * the wake-up or the last let-go.
   */
  | { type: 'settled'; runId: number; xy: Float32Array; ticks: number; elapsedMs: number }
  | { type: 'error'; runId: number; message: string }
  /** The answer to an 'insights' request. */
  | { type: 'insights'; runId: number; insights: GraphInsights };
