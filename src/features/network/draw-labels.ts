// Names on the graph, with level of detail: which to write is decided by
// label-placement.ts (strongest ties first, more as you zoom, no overlaps). Written with
// fillText, so a name is only ever text, whatever characters it holds.
import { createLabelPlacer, labelBudget } from './label-placement';
import { drawnRadius, type Frame } from './frame';

const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_HEIGHT = 16;
/** Space between a dot and its name (CSS px). */
const LABEL_GAP = 4;

function labelOf(frame: Frame, index: number): string {
  const node = frame.scene.graph.nodes[index];
  return node?.isMe ? frame.meLabel : (node?.label ?? '');
}

/**
 * Level of detail: the selected person and their neighbourhood first, then everyone by
 * tie strength; a label is written when it is on screen, its box is free and the budget for
 * this zoom allows one more.
 */
export function drawLabels(context: CanvasRenderingContext2D, frame: Frame): void {
  const { scene, xy, camera, viewport, colours, selected, neighbourhood, labelWidths } = frame;
  const placer = createLabelPlacer(labelBudget(camera.k / Math.max(frame.fitZoom, 1e-6)));
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  const placed: { index: number; x: number; y: number; width: number }[] = [];
  const consider = (index: number) => {
    if (placer.isFull || scene.isShown[index] !== 1) return;
    const wx = xy[2 * index] ?? NaN;
    const wy = xy[2 * index + 1] ?? NaN;
    if (Number.isNaN(wx + wy)) return;
    const sx = (wx - camera.x) * camera.k + viewport.width / 2;
    const sy = (wy - camera.y) * camera.k + viewport.height / 2;
    if (sx < -200 || sx > viewport.width || sy < -LABEL_HEIGHT || sy > viewport.height + 16) return;
    let width = labelWidths[index] ?? NaN;
    if (Number.isNaN(width)) {
      width = Math.ceil(context.measureText(labelOf(frame, index)).width);
      labelWidths[index] = width;
    }
    if (width === 0) return;
    const x = sx + drawnRadius(frame, index) * camera.k + LABEL_GAP;
    const box = { x: x - 3, y: sy - LABEL_HEIGHT / 2, width: width + 6, height: LABEL_HEIGHT };
    if (placer.tryPlace(box)) placed.push({ index, x, y: sy, width });
  };
  if (selected >= 0) consider(selected);
  if (neighbourhood) {
    for (const index of scene.shownByStrength) if (neighbourhood[index] === 1) consider(index);
  }
  for (const index of scene.shownByStrength) {
    if (placer.isFull) break;
    consider(index);
  }
  if (placed.length === 0) return;
  // Backgrounds in one path, so labels read over edges and tints.
  context.beginPath();
  for (const label of placed) {
    context.rect(label.x - 3, label.y - LABEL_HEIGHT / 2 + 1, label.width + 6, LABEL_HEIGHT - 2);
  }
  context.globalAlpha = 0.8;
  context.fillStyle = colours.labelBackground;
  context.fill();
  context.globalAlpha = 1;
  context.fillStyle = colours.label;
  for (const label of placed) {
    const isFaded = neighbourhood !== undefined && neighbourhood[label.index] !== 1;
    context.globalAlpha = isFaded ? 0.5 : 1;
    context.fillText(labelOf(frame, label.index), label.x, label.y);
  }
  context.globalAlpha = 1;
}
