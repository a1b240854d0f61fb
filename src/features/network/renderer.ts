// Draws the network on a 2D canvas (not SVG: thousands of people stay smooth). One call
// draws one frame from plain data; it keeps nothing between frames except the label-width
// cache it is given. Cost is kept per frame to a handful of paths: edges are batched into a
// few alpha buckets by weight, dots into one path per status colour, so a frame is a few
// dozen fill/stroke calls however many people there are, plus one fillText per label.
// Raster time is bounded too: off-screen shapes are skipped, edges are drawn strongest
// first under a budget, tiny dots are squares and rings are filled discs, not strokes.
//
// Encoding: colour = tie status (the --status-* tokens), size = strength, a ring (halo) =
// a reciprocity flag, a diamond = a bridge between clusters, a soft tint = a cluster,
// edges fade with weight. Labels are written with fillText, so a name is only ever text.
import { visibleWorld, type Bounds } from './camera';
import { drawHulls } from './draw-hulls';
import { drawLabels } from './draw-labels';
import { drawnRadius, isOutside, type Frame } from './frame';

const EDGE_ALPHAS = [0.1, 0.18, 0.3, 0.45] as const;
const DIMMED = 0.22;
/**
 * What one frame strokes of the edges, strongest first: at most this many lines, and at
 * most this much line on screen (CSS px), since raster time grows with both. Past that the
 * faintest are left out; they would only add to a grey haze.
 */
const EDGE_BUDGET = 2500;
const EDGE_LENGTH_BUDGET_PX = 150_000;
/**
 * Edge width in device pixels: just under one. The rasterizer (Skia) draws a line no wider
 * than one device pixel as a hairline, and anything wider as a stroked outline, which took
 * three times as long a frame here (2,000 people, software canvas). Exactly 1 / (k · ratio)
 * under a transform scaled by k · ratio comes out a hair over or under one, depending on
 * the zoom, so a pan ran at 55 fps at one zoom and 35 at another.
 */
const HAIRLINE_PX = 0.99;
/** Dots drawn smaller than this radius on screen (CSS px) are squares without marks. */
const LEGIBLE_RADIUS_PX = 2.5;
/** Dots at least this big on screen (CSS px) get an outline. */
const OUTLINED_RADIUS_PX = 5;

export function drawFrame(context: CanvasRenderingContext2D, frame: Frame): void {
  const { pixelRatio, viewport, camera } = frame;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  // World space: everything below is drawn in layout units.
  context.setTransform(
    pixelRatio * camera.k,
    0,
    0,
    pixelRatio * camera.k,
    pixelRatio * (viewport.width / 2 - camera.x * camera.k),
    pixelRatio * (viewport.height / 2 - camera.y * camera.k),
  );
  const view = visibleWorld(camera, viewport);
  drawHulls(context, frame);
  drawEdges(context, frame, view);
  drawNodes(context, frame, view);
  drawMarks(context, frame, view);
  // Screen space for text, so labels keep their size at every zoom.
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  drawLabels(context, frame);
}

function drawEdges(context: CanvasRenderingContext2D, frame: Frame, view: Bounds): void {
  const { scene, xy, camera, colours, selected, neighbourhood, pixelRatio } = frame;
  const { edges } = scene.graph;
  const buckets: number[][] = EDGE_ALPHAS.map(() => []);
  const incident: number[] = [];
  let drawn = 0;
  let length = 0;
  const lengthBudget = EDGE_LENGTH_BUDGET_PX / camera.k;
  // Strongest first (scene.ts), so when the budget runs out it is the faintest that go.
  for (const index of scene.shownEdges) {
    const edge = edges[index];
    if (!edge) continue;
    const isIncident = selected >= 0 && (edge.source === selected || edge.target === selected);
    if ((drawn >= EDGE_BUDGET || length >= lengthBudget) && !isIncident) continue;
    const x1 = xy[2 * edge.source] ?? NaN;
    const y1 = xy[2 * edge.source + 1] ?? NaN;
    const x2 = xy[2 * edge.target] ?? NaN;
    const y2 = xy[2 * edge.target + 1] ?? NaN;
    if (Number.isNaN(x1 + y1 + x2 + y2)) continue;
    // Both ends off the same side of the view: the segment cannot cross it.
    if (
      (x1 < view.minX && x2 < view.minX) ||
      (x1 > view.maxX && x2 > view.maxX) ||
      (y1 < view.minY && y2 < view.minY) ||
      (y1 > view.maxY && y2 > view.maxY)
    ) {
      continue;
    }
    if (isIncident) {
      incident.push(index);
      continue;
    }
    drawn++;
    length += Math.abs(x2 - x1) + Math.abs(y2 - y1);
    const bucket = Math.min(EDGE_ALPHAS.length - 1, Math.floor(edge.weight * EDGE_ALPHAS.length));
    buckets[Math.max(0, bucket)]?.push(index);
  }
  context.lineWidth = HAIRLINE_PX / (camera.k * pixelRatio);
  context.strokeStyle = colours.edge;
  const dim = neighbourhood ? DIMMED : 1;
  buckets.forEach((bucket, level) => {
    if (bucket.length === 0) return;
    context.globalAlpha = (EDGE_ALPHAS[level] ?? 0.2) * dim;
    strokeSegments(context, frame, bucket);
  });
  if (incident.length > 0) {
    context.globalAlpha = 0.85;
    context.lineWidth = 2 / camera.k;
    context.strokeStyle = colours.highlight;
    strokeSegments(context, frame, incident);
  }
  context.globalAlpha = 1;
}

function strokeSegments(context: CanvasRenderingContext2D, frame: Frame, indexes: number[]): void {
  const { edges } = frame.scene.graph;
  const { xy } = frame;
  context.beginPath();
  for (const index of indexes) {
    const edge = edges[index];
    if (!edge) continue;
    context.moveTo(xy[2 * edge.source] ?? 0, xy[2 * edge.source + 1] ?? 0);
    context.lineTo(xy[2 * edge.target] ?? 0, xy[2 * edge.target + 1] ?? 0);
  }
  context.stroke();
}

/**
 * Dots, one path per colour (dimmed or not) and each filled once. Rings are filled discs
 * under the dots rather than strokes, which cost the rasterizer several times more: a
 * halo (a reciprocity flag) is a disc in the halo colour 3 px wider than the dot, with the
 * outline (a disc in the background colour 1 px wider) on top of it.
 */
function drawNodes(context: CanvasRenderingContext2D, frame: Frame, view: Bounds): void {
  const { scene, xy, colours, neighbourhood, camera } = frame;
  const { nodes } = scene.graph;
  const onePx = 1 / camera.k;
  const fills = new Map<string, Path2D>();
  const fillFor = (colour: string, isDim: boolean) => {
    // Keys sort dimmed ('d') before normal ('n'), so the highlighted are drawn on top.
    const key = `${isDim ? 'd' : 'n'}${colour}`;
    let path = fills.get(key);
    if (!path) {
      path = new Path2D();
      fills.set(key, path);
    }
    return path;
  };
  const halos = new Path2D();
  const outlines = new Path2D();
  const dimOutlines = new Path2D();
  const addDisc = (path: Path2D, x: number, y: number, radius: number) => {
    path.moveTo(x + radius, y);
    path.arc(x, y, radius, 0, 2 * Math.PI);
  };
  for (const index of scene.shownByStrength) {
    const x = xy[2 * index] ?? NaN;
    const y = xy[2 * index + 1] ?? NaN;
    const radius = drawnRadius(frame, index);
    if (Number.isNaN(x + y) || isOutside(view, x, y, radius + 3 * onePx)) continue;
    const node = nodes[index];
    const colour = node?.isMe ? colours.me : colours.status[node?.status ?? 'ok'];
    const isDim = neighbourhood !== undefined && neighbourhood[index] !== 1;
    const path = fillFor(colour, isDim);
    const screenRadius = radius * camera.k;
    if (screenRadius < LEGIBLE_RADIUS_PX) {
      // A dot a few pixels across looks the same as a square, which is far cheaper.
      path.rect(x - radius, y - radius, 2 * radius, 2 * radius);
      continue;
    }
    addDisc(path, x, y, radius);
    if (!isDim && (node?.flags.length ?? 0) > 0) addDisc(halos, x, y, radius + 3 * onePx);
    if (screenRadius >= OUTLINED_RADIUS_PX) {
      addDisc(isDim ? dimOutlines : outlines, x, y, radius + onePx);
    }
  }
  const keys = [...fills.keys()].sort((a, b) => (a < b ? -1 : 1));
  const fillAll = (prefix: string) => {
    for (const key of keys) {
      const path = fills.get(key);
      if (!path || !key.startsWith(prefix)) continue;
      context.fillStyle = key.slice(1);
      context.fill(path);
    }
  };
  context.globalAlpha = DIMMED;
  context.fillStyle = colours.nodeOutline;
  context.fill(dimOutlines);
  fillAll('d');
  context.globalAlpha = 1;
  context.fillStyle = colours.halo;
  context.fill(halos);
  context.fillStyle = colours.nodeOutline;
  context.fill(outlines);
  fillAll('n');
}

/**
 * Bridge diamonds, around dots big enough to read them (zoomed far out they would only
 * smear the picture), and the selection ring, always.
 */
function drawMarks(context: CanvasRenderingContext2D, frame: Frame, view: Bounds): void {
  const { scene, xy, camera, colours, selected, neighbourhood } = frame;
  const diamonds = new Path2D();
  const onePx = 1 / camera.k;
  for (const index of scene.shownByStrength) {
    if (scene.isBridge[index] !== 1) continue;
    if (neighbourhood && neighbourhood[index] !== 1) continue;
    const radius = drawnRadius(frame, index);
    if (radius * camera.k < LEGIBLE_RADIUS_PX) continue;
    const x = xy[2 * index] ?? NaN;
    const y = xy[2 * index + 1] ?? NaN;
    if (Number.isNaN(x + y) || isOutside(view, x, y, radius + 8 * onePx)) continue;
    const reach = radius + 6 * onePx;
    diamonds.moveTo(x, y - reach);
    diamonds.lineTo(x + reach, y);
    diamonds.lineTo(x, y + reach);
    diamonds.lineTo(x - reach, y);
    diamonds.closePath();
  }
  context.lineWidth = 1.5 * onePx;
  context.strokeStyle = colours.bridge;
  context.stroke(diamonds);
  const x = xy[2 * selected];
  const y = xy[2 * selected + 1];
  if (selected >= 0 && x !== undefined && y !== undefined && !Number.isNaN(x + y)) {
    context.beginPath();
    context.arc(x, y, drawnRadius(frame, selected) + 4 * onePx, 0, 2 * Math.PI);
    context.lineWidth = 3 * onePx;
    context.strokeStyle = colours.selection;
    context.stroke();
  }
}
