// Pointer input on the graph canvas, for mouse, pen and touch alike (pointer events):
// - press and release moving less than TAP_SLOP_PX: a tap (select, or clear on background);
// - press on a person and move: drag them (the layout pins them where they are held);
// - press on the background (or on the user, who stays at the centre) and move: pan;
// - two pointers: pinch to zoom about their midpoint, and pan with it;
// - wheel: zoom about the pointer, but only when `isWheelZoomAllowed` says so.
//
// Not trapping the page: the canvas has `touch-action: none` (the browser would otherwise
// take one-finger drags and pinches for itself), so it is never taller than part of the
// screen (see network.css) and a finger outside it still scrolls the page. The wheel
// scrolls the page as usual and zooms the graph only with Ctrl (a trackpad pinch sends
// ctrl+wheel) or once the canvas has focus (the user clicked or tabbed into it); that
// listener is the one that must be non-passive, to stop the page scrolling while it zooms.
import type { Point } from './camera';

/** A press that moves less than this (CSS px) is still a tap. */
export const TAP_SLOP_PX = 8;

export type GestureHandlers = {
  nodeAt: (screen: Point) => number | undefined;
  /** Whether a person can be dragged (the user's own node stays at the centre). */
  isDraggable: (node: number) => boolean;
  onTap: (node: number | undefined) => void;
  onPan: (dx: number, dy: number) => void;
  onZoom: (screen: Point, factor: number) => void;
  onDragMove: (node: number, screen: Point) => void;
  onDragEnd: (node: number) => void;
  /** The node under a hovering mouse, for the cursor; undefined over the background. */
  onHover: (node: number | undefined) => void;
  isWheelZoomAllowed: (event: WheelEvent) => boolean;
};

type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; pointerId: number; start: Point; node: number | undefined }
  | { kind: 'pan'; pointerId: number; last: Point }
  | { kind: 'drag'; pointerId: number; node: number }
  | { kind: 'pinch'; distance: number; middle: Point };

/** Wheel zoom per pixel of scroll: 100 px of wheel is a zoom of about 16%. */
const WHEEL_ZOOM_PER_PX = 0.0015;
/** A wheel "line" (deltaMode 1), in pixels. */
const WHEEL_LINE_PX = 16;

function distanceBetween(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function middleOf(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Listens on the canvas; returns the function that stops listening. */
export function attachGestures(canvas: HTMLCanvasElement, handlers: GestureHandlers): () => void {
  const pointers = new Map<number, Point>();
  let gesture: Gesture = { kind: 'idle' };

  const pointOf = (event: MouseEvent): Point => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const twoPointers = (): [Point, Point] | undefined => {
    const [a, b] = [...pointers.values()];
    return a && b ? [a, b] : undefined;
  };

  const endDrag = () => {
    if (gesture.kind === 'drag') handlers.onDragEnd(gesture.node);
  };

  const startPinch = () => {
    const pair = twoPointers();
    if (!pair) return;
    endDrag();
    gesture = { kind: 'pinch', distance: distanceBetween(...pair), middle: middleOf(...pair) };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const point = pointOf(event);
    pointers.set(event.pointerId, point);
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // A pointer that is already gone cannot be captured; its moves simply stop coming.
    }
    if (pointers.size >= 2) {
      startPinch();
      return;
    }
    gesture = {
      kind: 'press',
      pointerId: event.pointerId,
      start: point,
      node: handlers.nodeAt(point),
    };
  };

  const onPointerMove = (event: PointerEvent) => {
    const point = pointOf(event);
    if (!pointers.has(event.pointerId)) {
      if (event.pointerType === 'mouse') handlers.onHover(handlers.nodeAt(point));
      return;
    }
    pointers.set(event.pointerId, point);
    if (gesture.kind === 'pinch') {
      const pair = twoPointers();
      if (!pair) return;
      const distance = distanceBetween(...pair);
      const middle = middleOf(...pair);
      if (gesture.distance > 0 && distance > 0)
        handlers.onZoom(middle, distance / gesture.distance);
      handlers.onPan(middle.x - gesture.middle.x, middle.y - gesture.middle.y);
      gesture = { kind: 'pinch', distance, middle };
      return;
    }
    if (gesture.kind === 'idle' || gesture.pointerId !== event.pointerId) return;
    if (gesture.kind === 'press') {
      if (distanceBetween(point, gesture.start) < TAP_SLOP_PX) return;
      if (gesture.node !== undefined && handlers.isDraggable(gesture.node)) {
        gesture = { kind: 'drag', pointerId: event.pointerId, node: gesture.node };
      } else {
        // Pan by the whole distance so far, so the picture does not lag the finger.
        handlers.onPan(point.x - gesture.start.x, point.y - gesture.start.y);
        gesture = { kind: 'pan', pointerId: event.pointerId, last: point };
        return;
      }
    }
    if (gesture.kind === 'drag') {
      handlers.onDragMove(gesture.node, point);
      return;
    }
    handlers.onPan(point.x - gesture.last.x, point.y - gesture.last.y);
    gesture = { ...gesture, last: point };
  };

  const onPointerEnd = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    if (gesture.kind === 'pinch') {
      // The finger left behind carries on panning, from where it is now.
      const [rest] = [...pointers.entries()];
      gesture = rest ? { kind: 'pan', pointerId: rest[0], last: rest[1] } : { kind: 'idle' };
      return;
    }
    if (gesture.kind === 'idle' || gesture.pointerId !== event.pointerId) return;
    if (gesture.kind === 'press' && event.type === 'pointerup') handlers.onTap(gesture.node);
    endDrag();
    gesture = { kind: 'idle' };
  };

  const onWheel = (event: WheelEvent) => {
    if (!handlers.isWheelZoomAllowed(event)) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * WHEEL_LINE_PX : event.deltaY;
    handlers.onZoom(pointOf(event), Math.exp(-pixels * WHEEL_ZOOM_PER_PX));
  };

  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && !pointers.has(event.pointerId))
      handlers.onHover(undefined);
  };

  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerup', onPointerEnd);
  canvas.addEventListener('pointercancel', onPointerEnd);
  canvas.addEventListener('pointerleave', onPointerLeave);
  canvas.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    canvas.removeEventListener('pointerdown', onPointerDown);
    canvas.removeEventListener('pointermove', onPointerMove);
    canvas.removeEventListener('pointerup', onPointerEnd);
    canvas.removeEventListener('pointercancel', onPointerEnd);
    canvas.removeEventListener('pointerleave', onPointerLeave);
    canvas.removeEventListener('wheel', onWheel);
  };
}
