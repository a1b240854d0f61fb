// Cluster tints: each cluster's convex hull (hull.ts), grown by a margin so it wraps its
// outer members, filled faintly in the cluster's colour.
import { CLUSTER_TINTS } from './graph-colours';
import type { Frame } from './frame';

/** Margin of a cluster's tint around its outer members, in CSS px (at zoom 0.5 and up). */
const HULL_PAD_PX = 14;

/**
 * Adds a convex hull grown by `pad` on every side to the current path: each side pushed out
 * along its normal, joined by arcs around the corners (a Minkowski sum with a disc), so a
 * cluster's tint wraps its members with a soft margin in one fill.
 */
function addPaddedHull(context: CanvasRenderingContext2D, points: number[], pad: number): void {
  const count = points.length / 2;
  if (count < 3) {
    for (let index = 0; index < count; index++) {
      const x = points[2 * index] ?? 0;
      const y = points[2 * index + 1] ?? 0;
      context.moveTo(x + pad, y);
      context.arc(x, y, pad, 0, 2 * Math.PI);
    }
    return;
  }
  // The shoelace sign says which way the corners turn, so normals point outwards.
  let area = 0;
  for (let index = 0; index < count; index++) {
    const next = (index + 1) % count;
    area +=
      (points[2 * index] ?? 0) * (points[2 * next + 1] ?? 0) -
      (points[2 * next] ?? 0) * (points[2 * index + 1] ?? 0);
  }
  const turn = area > 0 ? 1 : -1;
  const normalAngle = (from: number, to: number) =>
    Math.atan2(
      -turn * ((points[2 * to] ?? 0) - (points[2 * from] ?? 0)),
      turn * ((points[2 * to + 1] ?? 0) - (points[2 * from + 1] ?? 0)),
    );
  for (let index = 0; index < count; index++) {
    const previous = (index + count - 1) % count;
    const next = (index + 1) % count;
    context.arc(
      points[2 * index] ?? 0,
      points[2 * index + 1] ?? 0,
      pad,
      normalAngle(previous, index),
      normalAngle(index, next),
      turn < 0,
    );
  }
  context.closePath();
}

export function drawHulls(context: CanvasRenderingContext2D, frame: Frame): void {
  if (frame.hulls.length === 0) return;
  const { camera, colours } = frame;
  const pad = HULL_PAD_PX / Math.max(camera.k, 0.5);
  context.globalAlpha = colours.isDark ? 0.13 : 0.09;
  for (const hull of frame.hulls) {
    if (hull.points.length < 2) continue;
    context.beginPath();
    addPaddedHull(context, hull.points, pad);
    context.fillStyle = CLUSTER_TINTS[hull.clusterId % CLUSTER_TINTS.length] ?? CLUSTER_TINTS[0];
    context.fill();
  }
  context.globalAlpha = 1;
}
