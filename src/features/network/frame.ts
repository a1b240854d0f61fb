// One frame of the graph as plain data (what renderer.ts draws), and the small helpers
// every drawing step shares.
import type { Bounds, Camera, Viewport } from './camera';
import type { GraphColours } from './graph-colours';
import type { Scene } from './scene';

export type Hull = { clusterId: number; points: number[] };

export type Frame = {
  scene: Scene;
  xy: Float32Array;
  camera: Camera;
  viewport: Viewport;
  /** Device pixels per CSS pixel: the canvas's backing store is this much larger. */
  pixelRatio: number;
  colours: GraphColours;
  /** The selected node, or -1. */
  selected: number;
  /** 1 for the selected node's neighbourhood; undefined when nothing is selected. */
  neighbourhood: Uint8Array | undefined;
  hulls: readonly Hull[];
  /** The zoom at which everyone fits: labels multiply as the zoom grows past it. */
  fitZoom: number;
  /** Label widths in CSS px by node index (NaN until measured); filled in as needed. */
  labelWidths: Float32Array;
  /** The user's own label ("You"), in the current language. */
  meLabel: string;
};

/** Dots never shrink below this radius in CSS px, so a zoomed-out crowd stays visible. */
export const MIN_SCREEN_RADIUS = 1.5;
/** The radius a node is drawn with at this zoom: its world radius, but never a speck. */
export function drawnRadius(frame: Frame, node: number): number {
  return Math.max(frame.scene.radii[node] ?? 0, MIN_SCREEN_RADIUS / frame.camera.k);
}

/** True when a disc of `reach` around (x, y) is wholly outside the view (world units). */
export function isOutside(view: Bounds, x: number, y: number, reach: number): boolean {
  return (
    x + reach < view.minX || x - reach > view.maxX || y + reach < view.minY || y - reach > view.maxY
  );
}
