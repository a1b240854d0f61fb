// The graph's camera: pure math between world coordinates (where the layout puts people)
// and screen coordinates (CSS pixels from the canvas's top-left corner). A camera is the
// world point at the middle of the viewport and a scale k in CSS px per world unit, so a
// resize keeps the picture centred. Every function returns a new camera.

export type Point = { x: number; y: number };
/** The canvas's size in CSS pixels. */
export type Viewport = { width: number; height: number };
/** x, y: the world point shown at the viewport's centre; k: CSS px per world unit. */
export type Camera = { x: number; y: number; k: number };
export type Bounds = { minX: number; minY: number; maxX: number; maxY: number };

/** Zoomed out far enough for thousands of people; zoomed in far enough to read a crowd. */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;
/** Zoom a search result or a keyboard selection is shown at, at least. */
export const FOCUS_ZOOM = 1.2;

export const IDENTITY_CAMERA: Camera = { x: 0, y: 0, k: 1 };

export function clampZoom(k: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

export function worldToScreen(camera: Camera, viewport: Viewport, world: Point): Point {
  return {
    x: (world.x - camera.x) * camera.k + viewport.width / 2,
    y: (world.y - camera.y) * camera.k + viewport.height / 2,
  };
}

export function screenToWorld(camera: Camera, viewport: Viewport, screen: Point): Point {
  return {
    x: (screen.x - viewport.width / 2) / camera.k + camera.x,
    y: (screen.y - viewport.height / 2) / camera.k + camera.y,
  };
}

/** Moves the picture by (dx, dy) screen pixels, as when dragging the background. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x - dx / camera.k, y: camera.y - dy / camera.k, k: camera.k };
}

/**
 * Zooms by `factor` keeping the world point under `screen` where it is (wheel and pinch
 * zoom about the pointer). The zoom is clamped, and the point stays put at the limits too.
 */
export function zoomAbout(
  camera: Camera,
  viewport: Viewport,
  screen: Point,
  factor: number,
): Camera {
  const k = clampZoom(camera.k * factor);
  const anchor = screenToWorld(camera, viewport, screen);
  return {
    x: anchor.x - (screen.x - viewport.width / 2) / k,
    y: anchor.y - (screen.y - viewport.height / 2) / k,
    k,
  };
}

/**
 * The camera that shows `bounds` whole with `paddingPx` to spare on every side, zoomed in
 * no further than `maxZoom` (a lone person is not blown up to fill the screen).
 */
export function fitBounds(
  bounds: Bounds,
  viewport: Viewport,
  paddingPx: number,
  maxZoom = FOCUS_ZOOM,
): Camera {
  const width = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const height = Math.max(bounds.maxY - bounds.minY, 1e-6);
  const room = {
    width: Math.max(viewport.width - 2 * paddingPx, 1),
    height: Math.max(viewport.height - 2 * paddingPx, 1),
  };
  const k = clampZoom(Math.min(room.width / width, room.height / height, maxZoom));
  return { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2, k };
}

/** Puts `world` at the centre, zooming in to at least `minZoom` (never out). */
export function centreOn(camera: Camera, world: Point, minZoom = FOCUS_ZOOM): Camera {
  return { x: world.x, y: world.y, k: clampZoom(Math.max(camera.k, minZoom)) };
}

/**
 * The bounds of the given nodes' positions (x, y of node i at 2i, 2i + 1), skipping
 * positions that are not numbers yet; undefined when none has one.
 */
export function boundsOf(xy: Float32Array, nodes: Iterable<number>): Bounds | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const x = xy[2 * node];
    const y = xy[2 * node + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : undefined;
}

/**
 * The camera a fraction t (0…1) of the way from `from` to `to`: the centre moves in a
 * straight line and the zoom geometrically, so zooming feels even at every scale.
 */
export function interpolateCamera(from: Camera, to: Camera, t: number): Camera {
  const s = Math.min(1, Math.max(0, t));
  return {
    x: from.x + (to.x - from.x) * s,
    y: from.y + (to.y - from.y) * s,
    k: from.k * Math.pow(to.k / from.k, s),
  };
}

/** An ease-in-out curve for camera moves (t and the result in 0…1). */
export function easeInOut(t: number): number {
  const s = Math.min(1, Math.max(0, t));
  return s < 0.5 ? 2 * s * s : 1 - Math.pow(-2 * s + 2, 2) / 2;
}

/** The world rectangle the viewport shows, for culling what is off screen. */
export function visibleWorld(camera: Camera, viewport: Viewport): Bounds {
  const halfWidth = viewport.width / 2 / camera.k;
  const halfHeight = viewport.height / 2 / camera.k;
  return {
    minX: camera.x - halfWidth,
    minY: camera.y - halfHeight,
    maxX: camera.x + halfWidth,
    maxY: camera.y + halfHeight,
  };
}
